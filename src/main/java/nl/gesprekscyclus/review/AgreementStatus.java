package nl.gesprekscyclus.review;

/**
 * DRAFT: being written in the planning phase (edited in place). CURRENT: agreed, in force. SUPERSEDED: an
 * earlier version, replaced by a change; stays readable. REMOVED: taken out by a change; stays readable.
 */
public enum AgreementStatus {
    DRAFT, CURRENT, SUPERSEDED, REMOVED
}
