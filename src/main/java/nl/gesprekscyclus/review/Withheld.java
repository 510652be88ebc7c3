package nl.gesprekscyclus.review;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the read rules keep from the employee of their own review for now: the work of others that is not finished
 * (PRODUCT.md: "read all except drafts of manager and informant"). {@link ReviewReadService#dossier} filters by
 * these categories and hands them over in {@link ReviewDossier#withheld()}, so what is left out and what is said to
 * be left out (the inzage names them) come from one rule. A category is withheld by the rule at that moment,
 * whether or not anything of it has been written: naming it tells nothing about drafts.
 */
public enum Withheld {
    /**
     * the manager's scores, competency ratings, judgement and reasons, with the second assessor's opinion: until
     * the hand-over
     */
    MANAGER_ASSESSMENT(null),
    /** the coordinator's input on the agreements: while the planning input task is open */
    PLANNING_INPUT(ReviewTask.PLANNING_INPUT),
    /** the coordinator's input on the progress: while the progress input task is open */
    PROGRESS_INPUT(ReviewTask.PROGRESS_INPUT),
    /** the coordinator's input and competency ratings for the assessment: while the informant task is open */
    ASSESSMENT_INPUT(ReviewTask.INFORMANT_INPUT),
    /**
     * HR's advice on a low assessment (its text and who gave it): advice to the manager, for good, unless the round's
     * policy lets the employee read it ({@code hrAdviceVisibleToEmployee}). Not "for now" like the others: named from
     * the start, whether or not there will ever be advice, so the list tells nothing about the judgement.
     */
    HR_ADVICE(null);

    private final ReviewTask inputTask;

    Withheld(ReviewTask inputTask) {
        this.inputTask = inputTask;
    }

    /** The category a coordinator's input of that phase falls under. */
    static Withheld inputOf(ReviewPhase phase) {
        ReviewTask task = CoordinatorInputService.inputTask(phase);
        for (Withheld w : values()) {
            if (w.inputTask == task) {
                return w;
            }
        }
        throw new IllegalStateException("no category for the input task " + task);
    }

    /**
     * What the employee does not get of their own review now.
     *
     * @param handedOver whether the manager's assessment has been handed over
     * @param openTasks the review's tasks open in the engine now
     * @param hrAdviceToEmployee whether the round's policy lets the employee read HR's advice
     */
    static Set<Withheld> fromEmployee(boolean handedOver, Set<ReviewTask> openTasks, boolean hrAdviceToEmployee) {
        Set<Withheld> withheld = EnumSet.noneOf(Withheld.class);
        if (!handedOver) {
            withheld.add(MANAGER_ASSESSMENT);
        }
        if (!hrAdviceToEmployee) {
            withheld.add(HR_ADVICE);
        }
        for (Withheld w : values()) {
            if (w.inputTask != null && openTasks.contains(w.inputTask)) {
                withheld.add(w);
            }
        }
        return withheld;
    }
}
