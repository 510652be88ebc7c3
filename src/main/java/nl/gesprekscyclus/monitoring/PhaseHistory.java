package nl.gesprekscyclus.monitoring;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import nl.gesprekscyclus.review.ReviewPhase;
import nl.gesprekscyclus.review.ReviewPhaseEntered;
import nl.gesprekscyclus.review.ReviewPhaseFinished;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records when each review entered and finished each phase (table review_phase_change), in the transaction
 * of the process step that did it, so the dashboard and "completion over time" need neither the engine's
 * history nor its history level. Once per review, phase and kind: a repeated step (a retried job, a migrated
 * instance) keeps the first moment.
 */
@Component
class PhaseHistory {

    static final String ENTERED = "ENTERED";
    static final String FINISHED = "FINISHED";

    private final JdbcTemplate jdbc;
    private final ZoneId zone;

    PhaseHistory(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.zone = clock.getZone();
    }

    @EventListener
    void on(ReviewPhaseEntered event) {
        record(event.reviewId(), event.roundId(), event.phase(), ENTERED, event.at());
        if (event.phase() == ReviewPhase.CLOSED) {
            // closing is the end of the last phase's work too (an older instance may not have told it): the
            // assessment, or in a year without one the development conversation
            Boolean formalAssessment = jdbc.queryForObject("select formal_assessment from review where id = ?",
                    Boolean.class, event.reviewId());
            record(event.reviewId(), event.roundId(), Boolean.FALSE.equals(formalAssessment)
                    ? ReviewPhase.DEVELOPMENT : ReviewPhase.ASSESSMENT, FINISHED, event.at());
        }
    }

    @EventListener
    void on(ReviewPhaseFinished event) {
        record(event.reviewId(), event.roundId(), event.phase(), FINISHED, event.at());
    }

    private void record(long reviewId, long roundId, ReviewPhase phase, String kind, Instant at) {
        Integer known = jdbc.queryForObject("select count(*) from review_phase_change where review_id = ?"
                + " and phase = ? and kind = ?", Integer.class, reviewId, phase.name(), kind);
        if (known != null && known > 0) {
            return;
        }
        jdbc.update("insert into review_phase_change (review_id, round_id, phase, kind, changed_at, changed_on)"
                + " values (?, ?, ?, ?, ?, ?)", reviewId, roundId, phase.name(), kind, Timestamp.from(at),
                Date.valueOf(at.atZone(zone).toLocalDate()));
    }
}
