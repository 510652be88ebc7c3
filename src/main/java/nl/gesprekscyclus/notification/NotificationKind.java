package nl.gesprekscyclus.notification;

/** Why someone is notified about a task. */
public enum NotificationKind {
    /** the task's due date is near */
    REMINDER,
    /** the task is overdue: to the manager of the employee */
    ESCALATION_MANAGER,
    /** still overdue: to HR */
    ESCALATION_HR
}
