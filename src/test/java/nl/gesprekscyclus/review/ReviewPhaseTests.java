package nl.gesprekscyclus.review;

import static nl.gesprekscyclus.review.ReviewPhase.ASSESSMENT;
import static nl.gesprekscyclus.review.ReviewPhase.CLOSED;
import static nl.gesprekscyclus.review.ReviewPhase.ENDED;
import static nl.gesprekscyclus.review.ReviewPhase.PLANNING;
import static nl.gesprekscyclus.review.ReviewPhase.PROGRESS;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one list of phases every filter, count and query derives from. */
class ReviewPhaseTests {

    @Test
    void shouldListTheRunningPhasesInTheOrderOfTheYearAndTheFinishedOnesApart() {
        assertThat(ReviewPhase.running()).containsExactly(PLANNING, PROGRESS, ASSESSMENT);
        assertThat(ReviewPhase.finished()).containsExactly(CLOSED, ENDED);
    }

    @Test
    void shouldSelectReviewsInSqlByExactlyThoseNames() {
        assertThat(ReviewPhase.inSql(ReviewPhase.running())).isEqualTo("('PLANNING', 'PROGRESS', 'ASSESSMENT')");
        assertThat(ReviewPhase.inSql(ReviewPhase.finished())).isEqualTo("('CLOSED', 'ENDED')");
    }
}
