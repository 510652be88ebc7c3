package nl.gesprekscyclus.feedback;

/** Where one asked colleague stands: not yet done, answered, or declined. Answered and declined are final. */
public enum AskeeStatus {
    OPEN,
    ANSWERED,
    DECLINED
}
