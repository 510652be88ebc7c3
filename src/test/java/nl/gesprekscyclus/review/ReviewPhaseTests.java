package nl.gesprekscyclus.review;

import static nl.gesprekscyclus.review.ReviewPhase.ASSESSMENT;
import static nl.gesprekscyclus.review.ReviewPhase.CLOSED;
import static nl.gesprekscyclus.review.ReviewPhase.ENDED;
import static nl.gesprekscyclus.review.ReviewPhase.FEEDBACK;
import static nl.gesprekscyclus.review.ReviewPhase.PLANNING;
import static nl.gesprekscyclus.review.ReviewPhase.PROGRESS;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one list of phases every filter, count and query derives from. */
class ReviewPhaseTests {

    @Test
    void shouldListTheRunningPhasesInTheOrderOfTheYearAndTheFinishedOnesApart() {
        assertThat(ReviewPhase.running()).containsExactly(PLANNING, PROGRESS, FEEDBACK, ASSESSMENT);
        assertThat(ReviewPhase.finished()).containsExactly(CLOSED, ENDED);
    }

    @Test
    void shouldLeaveTheFeedbackRoundOutOfARoundWithoutOneAndCountItAsTheOpeningOfTheAssessment() {
        assertThat(ReviewPhase.running(true)).containsExactly(PLANNING, PROGRESS, FEEDBACK, ASSESSMENT);
        assertThat(ReviewPhase.running(false)).containsExactly(PLANNING, PROGRESS, ASSESSMENT);
        assertThat(FEEDBACK.stage()).isEqualTo(ASSESSMENT);
        assertThat(PROGRESS.stage()).isEqualTo(PROGRESS);
        assertThat(ReviewPhase.ofStage(ASSESSMENT)).containsExactly(FEEDBACK, ASSESSMENT);
        assertThat(ReviewPhase.ofStage(PLANNING)).containsExactly(PLANNING);
    }

    @Test
    void shouldSelectReviewsInSqlByExactlyThoseNames() {
        assertThat(ReviewPhase.inSql(ReviewPhase.running()))
                .isEqualTo("('PLANNING', 'PROGRESS', 'FEEDBACK', 'ASSESSMENT')");
        assertThat(ReviewPhase.inSql(ReviewPhase.finished())).isEqualTo("('CLOSED', 'ENDED')");
    }
}
