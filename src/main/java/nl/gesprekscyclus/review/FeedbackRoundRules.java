package nl.gesprekscyclus.review;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The feedback round that opens the assessment (issue 19): whether a review gets one, and by when the employee asks
 * for feedback or says there is none. The asking comes early in the assessment window, so colleagues have time to
 * answer before the manager writes: a third of the days left until the assessment's due date, at least a week when
 * the window has one, never after the assessment's due date.
 */
public final class FeedbackRoundRules {

    /** The least time to ask, when the window has it. */
    static final int MINIMUM_DAYS = 7;

    private FeedbackRoundRules() {
    }

    /**
     * The due date of the feedback round of an assessment that starts on {@code start}, or empty when the review's
     * round offers none.
     *
     * @param offered       the round's shape has feedback rounds ({@code cycleShape.feedbackRounds} when it started)
     * @param assessmentDue the review's own assessment due date
     */
    public static Optional<LocalDate> due(boolean offered, LocalDate start, LocalDate assessmentDue) {
        if (!offered) {
            return Optional.empty();
        }
        long days = ChronoUnit.DAYS.between(start, assessmentDue);
        if (days <= 0) {
            return Optional.of(assessmentDue.isBefore(start) ? start : assessmentDue);
        }
        return Optional.of(start.plusDays(Math.max(Math.min(MINIMUM_DAYS, days), days / 3)));
    }
}
