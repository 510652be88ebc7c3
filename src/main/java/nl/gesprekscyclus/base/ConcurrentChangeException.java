package nl.gesprekscyclus.base;

/** Someone else saved the record after it was opened; the user must reload before saving. */
public class ConcurrentChangeException extends RuntimeException {
    public ConcurrentChangeException(String what) {
        super(what + " was changed by someone else");
    }
}
