package nl.gesprekscyclus.vlootschouw;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.cycle.CycleSettings;
import nl.gesprekscyclus.cycle.VlootschouwGrid;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.review.ReviewConversations;
import nl.gesprekscyclus.review.ReviewConversations.Participant;
import nl.gesprekscyclus.security.AccessRefusals;
import nl.gesprekscyclus.security.AppUser;
import nl.gesprekscyclus.security.CurrentUser;
import nl.gesprekscyclus.security.Roles;
import nl.gesprekscyclus.substitution.Substitutes;
import nl.gesprekscyclus.vlootschouw.PlacementQueries.ReviewFacts;
import nl.gesprekscyclus.vlootschouw.PlacementQueries.Scope;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vlootschouw (issue 20): in the assessment phase the manager (or their substitute, "namens") places each of
 * their employees on the grid of {@code config/cycle.yaml} with a short reason; every placement and move is kept
 * with who, when and why. A placement is advice for strategic staff planning: it is not part of the assessment, and
 * nothing of the assessment reads it.
 *
 * <p>Who sees a placement: the review's manager (and their substitute in the period), the managers of the
 * employee's unit and of every unit above it, and HR. The employee as {@code vlootschouw.employeeSees} says (their
 * inzage holds it always). Nobody else: not colleagues, coordinators or the functioneel beheerder (who reads no
 * personnel content). Every refusal is logged and audited.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class VlootschouwService {

    private final ReviewConversations gate;
    private final PlacementRepository placements;
    private final PlacementChangeRepository changes;
    private final PlacementQueries queries;
    private final OrganisationDirectory directory;
    private final Substitutes substitutes;
    private final CurrentUser currentUser;
    private final AccessRefusals refusals;
    private final AuditTrail audit;
    private final CycleSettings settings;
    private final PlacementWrites writes;
    private final ClosedSessions closedSessions;
    private final VlootschouwMoments moments;

    VlootschouwService(ReviewConversations gate, PlacementRepository placements, PlacementChangeRepository changes,
            PlacementQueries queries, OrganisationDirectory directory, Substitutes substitutes,
            CurrentUser currentUser, AccessRefusals refusals, AuditTrail audit, CycleSettings settings,
            PlacementWrites writes, ClosedSessions closedSessions, VlootschouwMoments moments) {
        this.closedSessions = closedSessions;
        this.moments = moments;
        this.gate = gate;
        this.placements = placements;
        this.changes = changes;
        this.queries = queries;
        this.directory = directory;
        this.substitutes = substitutes;
        this.currentUser = currentUser;
        this.refusals = refusals;
        this.audit = audit;
        this.settings = settings;
        this.writes = writes;
    }

    /** The municipality's grid; empty when cycle.yaml has no vlootschouw. Configuration, no personal data. */
    @Transactional(readOnly = true)
    public Optional<VlootschouwGrid> grid() {
        return Optional.ofNullable(settings.vlootschouw());
    }

    /**
     * Places the review's employee in a cell, or moves them, with a reason: the review's manager or their
     * substitute, in the assessment phase or while HR's vlootschouw moment of the year runs. A broken rule (no reason, a cell not on the grid, another phase) stores
     * nothing and says why in Dutch.
     */
    public PlacementView place(long reviewId, String performance, String potential, String reason) {
        Participant p = gate.asManager(reviewId, "place on vlootschouw");
        PlacementWrites.Written written = writes.write(reviewId, p.review().getEmployeeId(), p.review().getYear(),
                p.review().getPhase(), performance, potential, reason, p.personId(), p.onBehalfOf(), p.actorName(),
                null);
        Placement placement = written.placement();
        boolean first = written.first();
        // the cell and the reason are personnel content: the trail says that and when, not where
        audit.record(first ? "vlootschouw.place" : "vlootschouw.move", "review " + reviewId,
                p.review().getEmployeeId(), AuditTrail.SUCCESS, "placement " + placement.getId());
        return view(placement);
    }

    /**
     * The placement of a review with its history, for whoever may see it (see the class); empty when there is none
     * yet, or for the employee while the setting does not show it to them. Anyone else is refused and audited.
     */
    @Transactional(readOnly = true)
    public Optional<PlacementView> placementOf(long reviewId) {
        String action = "read vlootschouw placement";
        ReviewFacts review = queries.review(reviewId).orElseThrow(() -> refusals.refuse(action, "review " + reviewId));
        AppUser user = currentUser.require();
        if (review.employeeId() == orNone(user.employeeId())) {
            // their own: as the setting says, also for an HR adviser or a manager
            if (!shownToTheEmployee(review)) {
                return Optional.empty();
            }
        } else if (!maySee(user, review)) {
            throw refusals.refuse(action, "review " + reviewId, review.employeeId());
        }
        return placements.findByReviewId(reviewId).map(this::view);
    }

    /**
     * The logged-in employee's own placement of a review for "Mijn vlootschouw": whether the setting shows it to them
     * yet, and the placement when it does and there is one (shown without a placement: nobody placed them). Another
     * person's review is refused and audited.
     */
    @Transactional(readOnly = true)
    public OwnPlacement ownPlacement(long reviewId) {
        String action = "read own vlootschouw placement";
        ReviewFacts review = queries.review(reviewId).orElseThrow(() -> refusals.refuse(action, "review " + reviewId));
        if (review.employeeId() != orNone(currentUser.require().employeeId())) {
            throw refusals.refuse(action, "review " + reviewId, review.employeeId());
        }
        if (!shownToTheEmployee(review)) {
            return new OwnPlacement(false, null);
        }
        return new OwnPlacement(true, placements.findByReviewId(reviewId).map(this::view).orElse(null));
    }

    /** See {@link #ownPlacement}: placement is null when not shown yet, or shown and nobody placed them. */
    public record OwnPlacement(boolean shown, PlacementView placement) {
    }

    /** The setting: after-session (once a calibration session of the year that held the unit closed), always, never. */
    private boolean shownToTheEmployee(ReviewFacts review) {
        return settings.vlootschouw() != null && PlacementVisibility.employeeSees(
                settings.vlootschouw().employeeSeesRule(), closedSessions.closedFor(review.year(), review.unitId()));
    }

    /**
     * The reviews the logged-in manager (and those they substitute today) place in a year, with their placement: those
     * in the assessment phase, or, while HR's vlootschouw moment of the year runs, every review but one ended early.
     */
    @Transactional(readOnly = true)
    public List<ToPlace> toPlace(int year) {
        AppUser user = currentUser.require();
        Set<Long> managers = new HashSet<>(substitutes.managersActedForToday(user.employeeId()).keySet());
        if (user.employeeId() != null) {
            managers.add(user.employeeId());
        }
        return queries.toPlace(year, managers, moments.runsToday(year)).stream()
                .filter(r -> user.employeeId() == null || !r.personnelNumber().equals(ownNumber(user)))
                .map(r -> new ToPlace(r.reviewId(), r.name(), r.personnelNumber(), r.unit(), r.performance(),
                        r.potential(), r.reason())).toList();
    }

    /** A review to place on the manager's list; the cell and reason are null until placed. */
    public record ToPlace(long reviewId, String name, String personnelNumber, String unit, String performance,
            String potential, String reason) {
    }

    /**
     * The grid of a year with the people placed in each cell, in the viewer's scope: HR everyone (or a unit with its
     * sub-units), a manager their line (narrowed to a unit of it when asked). Anyone else is refused and audited.
     */
    @Transactional(readOnly = true)
    public List<PlacedPerson> placed(int year, Long unitId) {
        AppUser user = currentUser.require();
        Scope scope = scope(user).orElseThrow(() -> refusals.refuse("read vlootschouw grid", "year " + year));
        return queries.placed(year, scope, unitId == null ? null : directory.unitWithSubUnits(unitId), user.employeeId())
                .stream()
                .map(r -> new PlacedPerson(r.reviewId(), r.name(), r.personnelNumber(), r.unit(), r.performance(),
                        r.potential(), r.reason(), r.placedBy(), r.placedAt()))
                .toList();
    }

    /** The units a viewer can narrow the grid to: every unit for HR, the units of a manager's line for them. */
    @Transactional(readOnly = true)
    public List<UnitOption> units() {
        AppUser user = currentUser.require();
        Scope scope = scope(user).orElseThrow(() -> refusals.refuse("read vlootschouw units", "units"));
        return directory.units().stream().filter(u -> scope.everything() || scope.units().contains(u.id()))
                .map(u -> new UnitOption(u.id(), u.name())).toList();
    }

    public record UnitOption(long id, String name) {
    }

    /** One placed person in a cell list. */
    public record PlacedPerson(long reviewId, String name, String personnelNumber, String unit, String performance,
            String potential, String reason, String placedBy, java.time.Instant placedAt) {
    }

    /**
     * The placements of the logged-in person's own review with every change, for their inzage (AVG art. 15): always,
     * whatever the screen shows them. Another person's review is refused and audited.
     */
    @Transactional(readOnly = true)
    public Map<String, Object> ofMyReview(long reviewId) {
        String action = "read vlootschouw placement for inzage";
        ReviewFacts review = queries.review(reviewId).orElseThrow(() -> refusals.refuse(action, "review " + reviewId));
        if (review.employeeId() != orNone(currentUser.require().employeeId())) {
            throw refusals.refuse(action, "review " + reviewId, review.employeeId());
        }
        Map<String, Object> tables = new LinkedHashMap<>();
        List<Map<String, Object>> placement = new ArrayList<>();
        placements.findByReviewId(reviewId).map(this::view).ifPresent(v -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("placement_year", v.year());
            row.put("performance", v.performance());
            row.put("potential", v.potential());
            row.put("cell_name", v.cellName());
            row.put("direction", v.direction());
            row.put("reason", v.reason());
            row.put("placed_by_name", v.placedBy());
            row.put("placed_at", v.placedAt().toString());
            placement.add(row);
        });
        List<Map<String, Object>> history = changes.findByReviewIdOrderById(reviewId).stream().map(c -> {
            PlacementView.Change v = c.view();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("source", v.source());
            row.put("old_performance", v.oldPerformance());
            row.put("old_potential", v.oldPotential());
            row.put("performance", v.performance());
            row.put("potential", v.potential());
            row.put("reason", v.reason());
            row.put("changed_by_name", v.changedBy());
            row.put("changed_at", v.changedAt().toString());
            return row;
        }).toList();
        tables.put("vlootschouw_placement", placement);
        tables.put("vlootschouw_placement_change", history);
        return tables;
    }

    /** HR, the review's manager or their substitute today, a manager of the employee's unit or a unit above it. */
    private boolean maySee(AppUser user, ReviewFacts review) {
        if (user.hasRole(Roles.HR)) {
            return true;
        }
        Long me = user.employeeId();
        if (me == null) {
            return false;
        }
        if (me.equals(review.reviewManagerId()) || me.equals(review.employeeManagerId())) {
            return true;
        }
        if (review.reviewManagerId() != null
                && substitutes.managersActedForToday(me).containsKey(review.reviewManagerId())) {
            return true;
        }
        return review.unitId() != null && directory.unitsManagedWithSubUnits(me).contains(review.unitId());
    }

    private Optional<Scope> scope(AppUser user) {
        if (user.hasRole(Roles.HR)) {
            return Optional.of(Scope.all());
        }
        Long me = user.employeeId();
        if (me == null || !user.hasRole(Roles.MANAGER)) {
            return Optional.empty();
        }
        Set<Long> managers = new HashSet<>(substitutes.managersActedForToday(me).keySet());
        managers.add(me);
        return Optional.of(new Scope(false, me, directory.unitsManagedWithSubUnits(me), managers));
    }

    private PlacementView view(Placement p) {
        VlootschouwGrid grid = settings.vlootschouw();
        Optional<VlootschouwGrid.Cell> cell = grid == null ? Optional.empty()
                : grid.cell(p.getPerformance(), p.getPotential());
        return new PlacementView(p.getReviewId(), p.getYear(), p.getPerformance(), p.getPotential(),
                cell.map(VlootschouwGrid.Cell::name).orElse(null), cell.map(VlootschouwGrid.Cell::direction).orElse(null),
                p.getReason(), p.getPlacedByName(), p.getPlacedAt(),
                changes.findByReviewIdOrderById(p.getReviewId()).stream().map(PlacementChange::view).toList());
    }

    private String ownNumber(AppUser user) {
        return directory.employee(user.employeeId()).map(e -> e.personnelNumber()).orElse("");
    }

    private static long orNone(Long id) {
        return id == null ? -1L : id;
    }
}
