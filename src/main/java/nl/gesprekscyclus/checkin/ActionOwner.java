package nl.gesprekscyclus.checkin;

/**
 * Who carries out a follow-up action: the employee, or the manager of the review (whoever holds that place when the
 * reminder is due, so a new manager or a substitute takes the manager's actions over).
 */
public enum ActionOwner {
    EMPLOYEE, MANAGER
}
