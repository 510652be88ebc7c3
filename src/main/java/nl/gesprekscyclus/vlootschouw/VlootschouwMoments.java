package nl.gesprekscyclus.vlootschouw;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.round.RoundService;
import nl.gesprekscyclus.security.CurrentUser;
import nl.gesprekscyclus.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vlootschouw moment (issue 20, item 1): besides the assessment phase, HR can open a period for a year in which
 * every manager places their employees of that year, whatever phase the review is in (a municipality that holds its
 * vlootschouw in spring, or has years without an assessment). One moment per year; HR opens it, changes its dates by
 * opening it again, and ends it early. A moment holds no personal data: anyone logged in may read whether one runs.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class VlootschouwMoments {

    private final VlootschouwMomentRepository moments;
    private final RoundService rounds;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    VlootschouwMoments(VlootschouwMomentRepository moments, RoundService rounds, CurrentUser currentUser,
            AuditTrail audit, Clock clock) {
        this.moments = moments;
        this.rounds = rounds;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The moment of a year, if HR ever opened one. */
    @Transactional(readOnly = true)
    public Optional<Moment> moment(int year) {
        return moments.findByYear(year).map(this::view);
    }

    /**
     * HR opens the moment of a year from one day to another, or changes the days of the one it opened (also after
     * ending it). A broken rule stores nothing and says why in Dutch.
     */
    @PreAuthorize("hasRole('" + Roles.HR + "')")
    public Moment open(int year, LocalDate opensOn, LocalDate closesOn) {
        List<Violation> violations = MomentRules.open(year, opensOn, closesOn, LocalDate.now(clock),
                rounds.round(year).isPresent());
        if (!violations.isEmpty()) {
            throw new PlacementValidationException(violations);
        }
        Optional<VlootschouwMoment> existing = moments.findByYear(year);
        VlootschouwMoment moment = existing.orElseGet(() -> new VlootschouwMoment(year));
        moment.open(opensOn, closesOn, currentUser.require().getUsername(), clock.instant());
        moment = moments.save(moment);
        audit.record(existing.isPresent() ? "vlootschouw.moment.change" : "vlootschouw.moment.open",
                "vlootschouw moment " + year, null, AuditTrail.SUCCESS, opensOn + " - " + closesOn);
        return view(moment);
    }

    /** HR ends the running moment of a year before its last day; from then on placing is back to the assessment phase. */
    @PreAuthorize("hasRole('" + Roles.HR + "')")
    public Moment end(int year) {
        VlootschouwMoment moment = moments.findByYear(year).filter(m -> m.isOpenOn(LocalDate.now(clock)))
                .orElseThrow(() -> new PlacementValidationException(List.of(
                        Violation.of("moment", "vlootschouw.moment.rule.notRunning", String.valueOf(year)))));
        moment.end(currentUser.require().getUsername(), clock.instant());
        audit.record("vlootschouw.moment.end", "vlootschouw moment " + year, null, AuditTrail.SUCCESS, null);
        return view(moment);
    }

    /** Whether managers can place the reviews of this year today in any phase. */
    boolean runsToday(int year) {
        return moments.findByYear(year).filter(m -> m.isOpenOn(LocalDate.now(clock))).isPresent();
    }

    private Moment view(VlootschouwMoment m) {
        LocalDate today = LocalDate.now(clock);
        return new Moment(m.getYear(), m.getOpensOn(), m.getClosesOn(), m.isOpenOn(today), m.getEndedAt() != null,
                today.isBefore(m.getOpensOn()) && m.getEndedAt() == null);
    }

    /**
     * A year's moment: its days; running today; ended early by HR; still to come.
     */
    public record Moment(int year, LocalDate opensOn, LocalDate closesOn, boolean running, boolean ended,
            boolean coming) {
    }
}
