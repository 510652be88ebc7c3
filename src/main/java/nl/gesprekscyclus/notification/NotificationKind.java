package nl.gesprekscyclus.notification;

/** Why someone is notified about a task. Each kind has its mail template in config/mail/. */
public enum NotificationKind {
    /** a new task for the person (or, for a group task, for everyone with the role) */
    TASK_ASSIGNED,
    /** the task's due date is near */
    REMINDER,
    /** the task is overdue: to the manager of the employee */
    ESCALATION_MANAGER,
    /** still overdue: to HR */
    ESCALATION_HR,
    /**
     * a colleague asks for feedback (issue 19, item 2): no process task, so it links to "Feedback geven" rather than
     * to the review, which the colleague cannot open; it names who the feedback is about, never what is asked
     */
    FEEDBACK_REQUEST,
    /**
     * a calibration session proposed another overall judgement (issue 20, item 2): to the review's manager, who
     * accepts or declines it in the assessment step before the hand-over; it names the employee, never the judgement
     */
    CALIBRATION_PROPOSAL;

    /**
     * Whether a substitute acting for the recipient hears it too: the work of the line, yes; a request addressed to
     * the person themself (feedback is asked of them, not of their post), never.
     */
    public boolean passesToSubstitutes() {
        return this != FEEDBACK_REQUEST;
    }

    /** The template file's base name: config/mail/&lt;name&gt;.txt */
    public String templateName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
