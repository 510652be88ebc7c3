package nl.gesprekscyclus.round;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.gesprekscyclus.cycle.AssessmentPolicy;
import nl.gesprekscyclus.cycle.RoundCalendar;

/**
 * A round as HR sees it on the round screen: its calendar, whom it was started for, how many reviews have
 * been started so far and whether the start is still running (it runs in the background), and how many reviews
 * stand in each stored phase; the assessment policy it runs on, and the members who have no review because of it,
 * each with the reason. Where a review stands within an open phase (in it, late, done and waiting) is
 * monitoring's one definition ({@code ProgressFigures}), which the screen asks for itself.
 *
 * @param memberCount the employees the round selected (in service, in the selection)
 * @param reviewsByPhase reviews per stored phase (PLANNING … ENDED)
 * @param startedBy the name of whoever started it
 * @param selectedNames names of the first {@link #SHOWN_PEOPLE} personnel numbers of the selection, by number
 * @param notStarted the members without a review because of the assessment policy, by name
 * @param formalAssessment whether the round's year ends with a formal assessment, or with the development
 *     conversation (issue 19), as the round stored its shape
 * @param feedbackRounds the round's shape offers a feedback round before the assessment (issue 19)
 */
public record RoundOverview(long id, int year, String status, RoundCalendar calendar, RoundSelection selection,
        Map<String, String> selectedNames, int memberCount, long reviewsStarted, boolean starting,
        Map<String, Long> reviewsByPhase, String startedBy, Instant startedAt, Instant closedAt,
        AssessmentPolicy policy, List<NotStarted> notStarted, boolean formalAssessment, boolean feedbackRounds) {

    /**
     * The phases this round's reviews work through: the assessment (with its feedback round when the shape offers
     * one) or the development conversation.
     */
    public List<nl.gesprekscyclus.review.ReviewPhase> phases() {
        return nl.gesprekscyclus.review.ReviewPhase.running(formalAssessment, feedbackRounds);
    }

    /** Personnel numbers of a selection shown (by name) before "and N more". */
    public static final int SHOWN_PEOPLE = 20;

    /** A member of the round without a review, and why (in Dutch, as the round recorded it). */
    public record NotStarted(String personnelNumber, String name, String reason) {
    }
}
