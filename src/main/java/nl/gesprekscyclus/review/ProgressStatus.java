package nl.gesprekscyclus.review;

/** The employee's own view of an agreement at the progress conversation. */
public enum ProgressStatus {
    ON_TRACK, AT_RISK, BEHIND
}
