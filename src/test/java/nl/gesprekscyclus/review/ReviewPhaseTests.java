package nl.gesprekscyclus.review;

import static nl.gesprekscyclus.review.ReviewPhase.ASSESSMENT;
import static nl.gesprekscyclus.review.ReviewPhase.CLOSED;
import static nl.gesprekscyclus.review.ReviewPhase.DEVELOPMENT;
import static nl.gesprekscyclus.review.ReviewPhase.ENDED;
import static nl.gesprekscyclus.review.ReviewPhase.PLANNING;
import static nl.gesprekscyclus.review.ReviewPhase.PROGRESS;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one list of phases every filter, count and query derives from. */
class ReviewPhaseTests {

    @Test
    void shouldListTheRunningPhasesInTheOrderOfTheYearAndTheFinishedOnesApart() {
        assertThat(ReviewPhase.running()).containsExactly(PLANNING, PROGRESS, ASSESSMENT, DEVELOPMENT);
        assertThat(ReviewPhase.finished()).containsExactly(CLOSED, ENDED);
    }

    @Test
    void shouldEndAYearWithTheAssessmentOrInsteadWithTheDevelopmentConversation() {
        // issue 19: a review (and a round) has one of the two, never both
        assertThat(ReviewPhase.running(true)).containsExactly(PLANNING, PROGRESS, ASSESSMENT);
        assertThat(ReviewPhase.running(false)).containsExactly(PLANNING, PROGRESS, DEVELOPMENT);
    }

    @Test
    void shouldSelectReviewsInSqlByExactlyThoseNames() {
        assertThat(ReviewPhase.inSql(ReviewPhase.running()))
                .isEqualTo("('PLANNING', 'PROGRESS', 'ASSESSMENT', 'DEVELOPMENT')");
        assertThat(ReviewPhase.inSql(ReviewPhase.finished())).isEqualTo("('CLOSED', 'ENDED')");
    }
}
