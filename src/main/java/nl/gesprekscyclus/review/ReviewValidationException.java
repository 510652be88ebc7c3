package nl.gesprekscyclus.review;

import java.util.List;
import nl.gesprekscyclus.base.Violation;

/** Input breaks a rule: the violations say which field and what to fix, in the user's language. */
public class ReviewValidationException extends RuntimeException {

    private final List<Violation> violations;

    public ReviewValidationException(List<Violation> violations) {
        super("Invalid input: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
