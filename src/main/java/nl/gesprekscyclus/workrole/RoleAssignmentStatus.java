package nl.gesprekscyclus.workrole;

/**
 * Where a role assignment stands. PROPOSED: the coordinator asks, the manager decides; ASSIGNED: it holds for its
 * period; REJECTED: the manager said no (kept, it is part of the history); ENDED: ended before its planned end.
 */
public enum RoleAssignmentStatus {
    PROPOSED, ASSIGNED, REJECTED, ENDED;

    /** Whether the person fills (or, proposed, would fill) the role in its period: all but a rejected proposal. */
    public boolean counts() {
        return this != REJECTED;
    }

    /** Whether the person actually fills the role in its period (a proposal does not yet). */
    public boolean inForce() {
        return this == ASSIGNED || this == ENDED;
    }
}
