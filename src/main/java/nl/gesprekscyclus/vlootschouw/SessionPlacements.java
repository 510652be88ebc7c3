package nl.gesprekscyclus.vlootschouw;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.cycle.CycleSettings;
import nl.gesprekscyclus.vlootschouw.PlacementQueries.ReviewFacts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vlootschouw's side of a calibration session (issue 20, item 2): a move made in the session, recorded in the
 * placement's one history with source CALIBRATION and the session's id, and the session's moves read back. It checks
 * the placement's own rules (a grid, a cell of it, a reason, the assessment phase); who may move whom in which
 * session is the calibration service's rule, which is the only caller.
 */
@Component
@Transactional
public class SessionPlacements {

    private final PlacementRepository placements;
    private final PlacementChangeRepository changes;
    private final PlacementQueries queries;
    private final CycleSettings settings;
    private final Clock clock;

    SessionPlacements(PlacementRepository placements, PlacementChangeRepository changes, PlacementQueries queries,
            CycleSettings settings, Clock clock) {
        this.placements = placements;
        this.changes = changes;
        this.queries = queries;
        this.settings = settings;
        this.clock = clock;
    }

    /** A move of one review's employee (or their first placement) in a session; a broken rule stores nothing. */
    public long move(long sessionId, long reviewId, String performance, String potential, String reason, long by,
            String byName) {
        ReviewFacts review = queries.review(reviewId).orElseThrow();
        List<Violation> violations = PlacementRules.check(settings.vlootschouw(), review.phase(), performance, potential,
                reason);
        if (!violations.isEmpty()) {
            throw new PlacementValidationException(violations);
        }
        Optional<Placement> existing = placements.findByReviewId(reviewId);
        String oldPerformance = existing.map(Placement::getPerformance).orElse(null);
        String oldPotential = existing.map(Placement::getPotential).orElse(null);
        Placement placement = existing.orElseGet(() -> new Placement(reviewId, review.employeeId(), review.year()));
        placement.place(performance, potential, reason.strip(), by, null, byName, clock.instant());
        placement = placements.save(placement);
        changes.save(PlacementChange.inSession(placement, sessionId, oldPerformance, oldPotential, by, byName));
        return placement.getId();
    }

    /** The moves made in a session, oldest first, each with its review. */
    @Transactional(readOnly = true)
    public List<SessionMove> moves(long sessionId) {
        return changes.findByCalibrationSessionIdOrderById(sessionId).stream()
                .map(c -> new SessionMove(c.getReviewId(), c.view())).toList();
    }

    public record SessionMove(long reviewId, PlacementView.Change change) {
    }
}
