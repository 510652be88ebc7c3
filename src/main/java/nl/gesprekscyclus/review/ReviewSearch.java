package nl.gesprekscyclus.review;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.gesprekscyclus.organisation.NameSearch;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.review.ReviewSearchQuery.Filter;
import nl.gesprekscyclus.review.ReviewSearchQuery.Found;
import nl.gesprekscyclus.review.ReviewSearchQuery.Scope;
import nl.gesprekscyclus.security.AppUser;
import nl.gesprekscyclus.security.CurrentUser;
import nl.gesprekscyclus.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Gesprekken zoeken" (docs/access-rules.md, "Who may search reviews"): finds reviews of any year by name, unit,
 * year and phase, a page at a time. What may be found follows from who asks, never from a parameter: HR finds
 * every review (status only: its content opens through "dossier openen"); a manager finds the reviews of the
 * employees in the units they manage and all units below, and every review they hold as manager, second assessor
 * or signer. Anyone else is refused before that.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.MANAGER + "', '" + Roles.HR + "')")
@Transactional(readOnly = true)
public class ReviewSearch {

    private final ReviewSearchQuery query;
    private final OrganisationDirectory directory;
    private final CurrentUser currentUser;
    private final ReviewRepository reviews;
    private final LineContentAccess lineContent;

    ReviewSearch(ReviewSearchQuery query, OrganisationDirectory directory, CurrentUser currentUser,
            ReviewRepository reviews, LineContentAccess lineContent) {
        this.query = query;
        this.directory = directory;
        this.currentUser = currentUser;
        this.reviews = reviews;
        this.lineContent = lineContent;
    }

    /**
     * What is searched for; null means "any". {@code name}: words in any order, matched in first name, prefix,
     * last name or personnel number, without regard to case or accents. {@code unitId}: that unit and all units
     * below it. {@code personnelNumber}: exactly this person (the link from a profile).
     */
    public record Query(String name, Long unitId, Integer year, ReviewPhase phase, String personnelNumber) {

        public static Query everything() {
            return new Query(null, null, null, null, null);
        }
    }

    /** What a click on a review found may do for the person who found it. */
    public enum Opening {
        /** the review screen: their own review or one they manage */
        READ,
        /** the review screen once their step as second assessor or signer is open (or done); status before */
        LINE,
        /** HR: only through "dossier openen" with a reason */
        DOSSIER,
        /** status only: a review in their units they hold no role in */
        STATUS
    }

    /** One review found: status, never content. */
    public record Row(long reviewId, String employeeName, String personnelNumber, String unitName, int year,
            ReviewPhase phase, String managerName, Opening opening) {
    }

    /** A unit to narrow the search to (with its sub-units). */
    public record UnitOption(long id, String name) {
    }

    public long count(Query q) {
        AppUser user = currentUser.require();
        return query.count(scope(user), filter(q));
    }

    public List<Row> page(Query q, int offset, int limit) {
        AppUser user = currentUser.require();
        return query.page(scope(user), filter(q), offset, limit).stream().map(f -> row(f, user)).toList();
    }

    /** The units the person may narrow to: all of them for HR, else the units they manage and those below. */
    public List<UnitOption> units() {
        AppUser user = currentUser.require();
        Scope scope = scope(user);
        return directory.units().stream().filter(u -> scope.everything() || scope.unitIds().contains(u.id()))
                .map(u -> new UnitOption(u.id(), u.name())).toList();
    }

    /** Whether the person may find any review of this employee (a profile shows the link only then). */
    public boolean findsReviewsOf(String personnelNumber) {
        return personnelNumber != null && count(new Query(null, null, null, null, personnelNumber)) > 0;
    }

    /**
     * Whether a second assessor or signer may open this review's content now (their step is open or done), the
     * same rule the review screen applies; false for a review they hold no such role in.
     */
    public boolean lineMayReadNow(long reviewId) {
        AppUser user = currentUser.require();
        return user.employeeId() != null && reviews.findById(reviewId)
                .map(r -> lineContent.mayRead(r, user.employeeId())).orElse(false);
    }

    private Scope scope(AppUser user) {
        if (user.hasRole(Roles.HR)) {
            return new Scope(true, user.employeeId(), Set.of());
        }
        if (user.employeeId() == null) {
            // a MANAGER role without a personnel record manages nobody: a scope no review matches
            return new Scope(false, -1L, Set.of());
        }
        return new Scope(false, user.employeeId(), directory.unitsManagedWithSubUnits(user.employeeId()));
    }

    private Filter filter(Query q) {
        Set<Long> units = q.unitId() == null ? null : directory.unitWithSubUnits(q.unitId());
        String number = q.personnelNumber() == null || q.personnelNumber().isBlank() ? null
                : q.personnelNumber().strip();
        return new Filter(NameSearch.words(q.name()), units, q.year(), q.phase(), number);
    }

    private static Row row(Found f, AppUser user) {
        Long me = user.employeeId();
        Opening opening;
        if (me != null && (me == f.employeeId() || me.equals(f.managerId()))) {
            opening = Opening.READ;
        } else if (me != null && (me.equals(f.secondAssessorId()) || me.equals(f.signerId()))) {
            opening = Opening.LINE;
        } else if (user.hasRole(Roles.HR)) {
            opening = Opening.DOSSIER;
        } else {
            opening = Opening.STATUS;
        }
        return new Row(f.reviewId(), f.employeeName(), f.personnelNumber(), f.unitName(), f.year(), f.phase(),
                Objects.requireNonNullElse(f.managerName(), ""), opening);
    }
}
