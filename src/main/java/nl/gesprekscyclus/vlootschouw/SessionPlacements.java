package nl.gesprekscyclus.vlootschouw;

import java.util.List;
import nl.gesprekscyclus.vlootschouw.PlacementQueries.ReviewFacts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vlootschouw's side of a calibration session (issue 20, item 2): a move made in the session, recorded in the
 * placement's one history with source CALIBRATION and the session's id ({@link PlacementWrites}, which checks the
 * placement's own rules), and the session's moves read back. Who may move whom in which session is the calibration
 * service's rule, which is the only caller.
 */
@Component
@Transactional
public class SessionPlacements {

    private final PlacementWrites writes;
    private final PlacementChangeRepository changes;
    private final PlacementQueries queries;

    SessionPlacements(PlacementWrites writes, PlacementChangeRepository changes, PlacementQueries queries) {
        this.writes = writes;
        this.changes = changes;
        this.queries = queries;
    }

    /** A move of one review's employee (or their first placement) in a session; a broken rule stores nothing. */
    public long move(long sessionId, long reviewId, String performance, String potential, String reason, long by,
            String byName) {
        ReviewFacts review = queries.review(reviewId).orElseThrow();
        return writes.write(reviewId, review.employeeId(), review.year(), review.phase(), performance, potential,
                reason, by, null, byName, sessionId).placement().getId();
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
