package nl.gesprekscyclus.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FeedbackRoundRulesTests {

    private static final LocalDate START = LocalDate.of(2086, 10, 15);

    @Test
    void aRoundWithoutFeedbackRoundsHasNone() {
        assertThat(FeedbackRoundRules.due(false, START, LocalDate.of(2086, 12, 15))).isEmpty();
    }

    @Test
    void theAskingIsDueAfterAThirdOfTheAssessmentWindow() {
        // 61 days from 15 October to 15 December: 20 days to ask, 41 for the answers and the assessment
        assertThat(FeedbackRoundRules.due(true, START, LocalDate.of(2086, 12, 15))).contains(LocalDate.of(2086, 11, 4));
    }

    @Test
    void aShortWindowStillGivesAWeekAndNeverMoreThanTheWindow() {
        assertThat(FeedbackRoundRules.due(true, START, START.plusDays(12))).contains(START.plusDays(7));
        assertThat(FeedbackRoundRules.due(true, START, START.plusDays(3))).contains(START.plusDays(3));
        assertThat(FeedbackRoundRules.due(true, START, START)).contains(START);
        // an assessment that starts after its due date (a very late joiner): due at once
        assertThat(FeedbackRoundRules.due(true, START, START.minusDays(2))).contains(START);
    }
}
