package nl.gesprekscyclus.review;

import java.time.Instant;
import nl.gesprekscyclus.base.ConcurrentChangeException;

/**
 * Someone saved this record after the form was opened, so saving the form would overwrite their work unseen. Says
 * who and when, so the screen can tell the user in so many words; nothing of either save is lost.
 */
public class StaleEditException extends ConcurrentChangeException {

    private final String changedBy;
    private final Instant changedAt;

    StaleEditException(String what, String changedBy, Instant changedAt) {
        super(what);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** The name of who saved last (null when not known, for records saved before this was kept). */
    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
