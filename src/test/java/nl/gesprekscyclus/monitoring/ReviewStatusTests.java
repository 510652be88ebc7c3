package nl.gesprekscyclus.monitoring;

import static nl.gesprekscyclus.review.ReviewPhase.ASSESSMENT;
import static nl.gesprekscyclus.review.ReviewPhase.CLOSED;
import static nl.gesprekscyclus.review.ReviewPhase.ENDED;
import static nl.gesprekscyclus.review.ReviewPhase.PLANNING;
import static nl.gesprekscyclus.review.ReviewPhase.PROGRESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.gesprekscyclus.review.ReviewPhase;
import org.junit.jupiter.api.Test;

/** Where a review stands with respect to a phase (the dashboard's four columns). */
class ReviewStatusTests {

    @Test
    void shouldCallAReviewInTheProgressPhaseDoneWithPlanningAndNotStartedWithTheAssessment() {
        assertThat(ReviewStatus.of(PLANNING, PROGRESS, false, false)).isEqualTo(ReviewStatus.DONE);
        assertThat(ReviewStatus.of(PROGRESS, PROGRESS, false, false)).isEqualTo(ReviewStatus.IN_PROGRESS);
        assertThat(ReviewStatus.of(ASSESSMENT, PROGRESS, false, false)).isEqualTo(ReviewStatus.NOT_STARTED);
    }

    @Test
    void shouldPutOverdueBeforeWaitingInTheCurrentPhaseOnly() {
        assertThat(ReviewStatus.of(PLANNING, PLANNING, true, false)).isEqualTo(ReviewStatus.OVERDUE);
        assertThat(ReviewStatus.of(PLANNING, PLANNING, true, true)).isEqualTo(ReviewStatus.OVERDUE);
        assertThat(ReviewStatus.of(PLANNING, PLANNING, false, true)).isEqualTo(ReviewStatus.DONE);
        // an overdue task in the progress phase says nothing about the finished planning
        assertThat(ReviewStatus.of(PLANNING, PROGRESS, true, false)).isEqualTo(ReviewStatus.DONE);
    }

    @Test
    void shouldCountASignedOffReviewDoneWithEveryPhaseAndLeaveEndedOnesOut() {
        for (var phase : ReviewPhase.running()) {
            assertThat(ReviewStatus.of(phase, CLOSED, false, false)).isEqualTo(ReviewStatus.DONE);
        }
        assertThatThrownBy(() -> ReviewStatus.of(PLANNING, ENDED, false, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
