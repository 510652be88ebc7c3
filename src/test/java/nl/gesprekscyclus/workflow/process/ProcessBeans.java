package nl.gesprekscyclus.workflow.process;

import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The beans the process models call, as the models see them (name in the expression, method, arguments).
 * The process tests register Mockito mocks of these interfaces under the bean names with
 * {@code Mocks.register(...)}; {@link Deadlines} is a small real test double so due dates are predictable.
 * The production beans (the Java glue) must offer methods with these names and argument counts.
 */
public final class ProcessBeans {

    private ProcessBeans() {
    }

    /** {@code roundSteps}: the yearly round. */
    public interface RoundSteps {
        /** Selects the employees and prepares their reviews; returns the number of start batches. */
        Integer prepare(Long roundId);

        /** Starts the reviews of one batch; {@code batchIndex} is the multi-instance {@code loopCounter} (0-based). */
        void startBatch(Long roundId, Integer batchIndex);

        void close(Long roundId);

        void addEmployee(Long roundId, String personnelNumber);

        void updateEmployee(Long roundId, String personnelNumber);

        /** Starts or updates the reviews of one batch of an import ({@code firstBatch + loopCounter}). */
        void updateImportBatch(Long roundId, Integer batchNumber);
    }

    /** {@code reviewSteps}: the review of one employee. */
    public interface ReviewSteps {
        void enterPhase(Long reviewId, String phase);

        /** Records the hand-over and returns the end of the response term (zienswijze). */
        Date handOverAssessment(Long reviewId);

        /**
         * The second assessor and the signer for the assessment that starts: the variables {@code secondAssessor},
         * {@code hasSecondAssessor} and {@code signOffBy}, which the model sets on its instance.
         */
        java.util.Map<String, Object> assessmentLine(Long reviewId);

        /**
         * Whether the assessment opens with a feedback round (the round's shape): the variables {@code feedbackRound}
         * and {@code feedbackRoundDue}, which the model sets on its instance.
         */
        java.util.Map<String, Object> feedbackRound(Long reviewId);

        /**
         * The review goes on to progress conversation {@code progressNumber + 1}: the variables {@code progressNumber},
         * {@code progressStart} and {@code progressDue}, which the model sets on its instance.
         */
        java.util.Map<String, Object> nextProgressConversation(Long reviewId, Integer progressNumber);

        void close(Long reviewId);

        void endBecauseLeft(Long reviewId, String leavingReason);
    }

    /** {@code documents}: the signed documents (PDF) of a review, made in asynchronous steps. */
    public interface Documents {
        void storeAgreements(Long reviewId);

        void storeAssessment(Long reviewId);
    }

    /** {@code taskDeadlines}: reminders and escalations of the open tasks of a phase. */
    public interface TaskDeadlines {
        void remind(DelegateExecution execution, String phase);

        void escalateToManager(DelegateExecution execution, String phase);

        void escalateToHr(DelegateExecution execution, String phase);
    }

    /**
     * {@code deadlines}: test double with fixed offsets (the real bean reads them from the cycle settings):
     * reminder 7 days before the due date, escalation to the manager 1 day after, to HR 8 days after.
     */
    public static class Deadlines {
        public static final Duration REMINDER_BEFORE = Duration.ofDays(7);
        public static final Duration MANAGER_AFTER = Duration.ofDays(1);
        public static final Duration HR_AFTER = Duration.ofDays(8);
        public static final Duration CHANGE_DECISION_TERM = Duration.ofDays(14);

        public Date reminder(Date due) {
            return Date.from(due.toInstant().minus(REMINDER_BEFORE));
        }

        public Date escalateToManager(Date due) {
            return Date.from(due.toInstant().plus(MANAGER_AFTER));
        }

        public Date escalateToHr(Date due) {
            return Date.from(due.toInstant().plus(HR_AFTER));
        }

        public Date later(Date first, Date second) {
            return first.after(second) ? first : second;
        }

        public Date changeDecisionDue() {
            return Date.from(ClockUtil.getCurrentTime().toInstant().plus(CHANGE_DECISION_TERM));
        }
    }
}
