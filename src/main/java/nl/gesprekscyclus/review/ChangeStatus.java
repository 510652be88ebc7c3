package nl.gesprekscyclus.review;

/** A proposed change of agreements: waiting for the other party, accepted (new versions made) or rejected. */
public enum ChangeStatus {
    OPEN, ACCEPTED, REJECTED
}
