package nl.gesprekscyclus.review;

import static nl.gesprekscyclus.review.ReviewPhase.ASSESSMENT;
import static nl.gesprekscyclus.review.ReviewPhase.CLOSED;
import static nl.gesprekscyclus.review.ReviewPhase.DEVELOPMENT;
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
        assertThat(ReviewPhase.running()).containsExactly(PLANNING, PROGRESS, FEEDBACK, ASSESSMENT, DEVELOPMENT);
        assertThat(ReviewPhase.finished()).containsExactly(CLOSED, ENDED);
    }

    @Test
    void shouldLeaveTheFeedbackRoundOutOfARoundWithoutOneAndCountItAsTheOpeningOfTheAssessment() {
        assertThat(ReviewPhase.running(true, true)).containsExactly(PLANNING, PROGRESS, FEEDBACK, ASSESSMENT);
        assertThat(ReviewPhase.running(true, false)).containsExactly(PLANNING, PROGRESS, ASSESSMENT);
        assertThat(FEEDBACK.stage()).isEqualTo(ASSESSMENT);
        assertThat(PROGRESS.stage()).isEqualTo(PROGRESS);
        assertThat(ReviewPhase.ofStage(ASSESSMENT)).containsExactly(FEEDBACK, ASSESSMENT);
        assertThat(ReviewPhase.ofStage(PLANNING)).containsExactly(PLANNING);
    }

    @Test
    void shouldEndAYearWithTheAssessmentOrInsteadWithTheDevelopmentConversation() {
        // issue 19: a review (and a round) has one of the two, never both; no feedback round before a development
        // conversation
        assertThat(ReviewPhase.running(true, false)).containsExactly(PLANNING, PROGRESS, ASSESSMENT);
        assertThat(ReviewPhase.running(false, false)).containsExactly(PLANNING, PROGRESS, DEVELOPMENT);
        assertThat(ReviewPhase.running(false, true)).containsExactly(PLANNING, PROGRESS, DEVELOPMENT);
    }

    @Test
    void shouldSelectReviewsInSqlByExactlyThoseNames() {
        assertThat(ReviewPhase.inSql(ReviewPhase.running()))
                .isEqualTo("('PLANNING', 'PROGRESS', 'FEEDBACK', 'ASSESSMENT', 'DEVELOPMENT')");
        assertThat(ReviewPhase.inSql(ReviewPhase.finished())).isEqualTo("('CLOSED', 'ENDED')");
    }
}
