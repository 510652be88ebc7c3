package nl.gesprekscyclus.base;

import java.util.List;

/**
 * Input breaks a rule and nothing was stored: the violations say which field and what to fix, in the user's
 * language. Each feature throws its own subclass (reviews, substitutions, role assignments), so a screen catches only
 * what its own service refuses.
 */
public abstract class InvalidInputException extends RuntimeException {

    private final List<Violation> violations;

    protected InvalidInputException(String what, List<Violation> violations) {
        super(what + ": " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
