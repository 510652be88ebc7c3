package nl.gesprekscyclus.review;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where a review is in the year. CLOSED: signed off, read-only. ENDED: stopped early (the employee left).
 *
 * <p>The one place that names the phases: the constants are in the order of the year, and every list of phases (the
 * filters of Wachtrij and Voortgang, the timeline, the counts of Jaarronde, the queries on {@code review.phase})
 * derives from {@link #running()} and {@link #finished()}, so a new phase cannot be missing from one of them.
 *
 * <p>FEEDBACK is the feedback round that opens the assessment in a round whose shape offers it (issue 19,
 * {@code cycleShape.feedbackRounds}): the review is in it while the task "Feedbackronde" is open. A round without it
 * never shows it ({@link #running(boolean)}); the year's timeline counts it as part of the assessment
 * ({@link #stage()}).
 */
public enum ReviewPhase {
    PLANNING, PROGRESS, FEEDBACK, ASSESSMENT,
    /**
     * the development conversation (ontwikkelgesprek) that ends a year without a formal assessment, in the assessment
     * window, instead of {@link #ASSESSMENT} (issue 19, item 3): a review has one or the other, never both
     */
    DEVELOPMENT,
    CLOSED, ENDED;

    private static final List<ReviewPhase> RUNNING = Arrays.stream(values()).filter(p -> !p.isFinished()).toList();
    private static final List<ReviewPhase> FINISHED = Arrays.stream(values()).filter(ReviewPhase::isFinished).toList();

    public boolean isFinished() {
        return this == CLOSED || this == ENDED;
    }

    /**
     * Every phase a review can work through, in the order of the year: both ends of the year, the assessment and the
     * development conversation, though a review has one of them ({@link #running(boolean)}).
     */
    public static List<ReviewPhase> running() {
        return RUNNING;
    }

    /**
     * The phases the reviews of a round work through, in the order of the year: with the assessment or, in a year
     * without a formal assessment, the development conversation; with {@link #FEEDBACK} only when the round offers a
     * feedback round before its assessment. What Voortgang, Jaarronde and the completion chart count for that round.
     */
    public static List<ReviewPhase> running(boolean formalAssessment, boolean feedbackRound) {
        return RUNNING.stream().filter(p -> p != (formalAssessment ? DEVELOPMENT : ASSESSMENT))
                .filter(p -> p != FEEDBACK || formalAssessment && feedbackRound).toList();
    }

    /** The step of the year this phase belongs to: the feedback round opens the assessment; the others are their own. */
    public ReviewPhase stage() {
        return this == FEEDBACK ? ASSESSMENT : this;
    }

    /**
     * The running phases that belong to a step of the year ({@link #stage()}): for the assessment, the feedback round
     * and the assessment itself. What "in the assessment" means for the vlootschouw and calibration.
     */
    public static List<ReviewPhase> ofStage(ReviewPhase stage) {
        return RUNNING.stream().filter(p -> p.stage() == stage).toList();
    }

    /** Where a review stops: signed off or ended early. */
    public static List<ReviewPhase> finished() {
        return FINISHED;
    }

    /**
     * Phases as an SQL list for a condition on the column {@code review.phase}, e.g.
     * {@code ('PLANNING', 'PROGRESS', 'ASSESSMENT')}. Only this enum's own names go in, never input.
     */
    public static String inSql(Collection<ReviewPhase> phases) {
        return phases.stream().map(p -> "'" + p.name() + "'").collect(Collectors.joining(", ", "(", ")"));
    }
}
