package nl.gesprekscyclus.review;

import java.util.List;
import nl.gesprekscyclus.base.InvalidInputException;
import nl.gesprekscyclus.base.Violation;

/** Input breaks a rule: the violations say which field and what to fix, in the user's language. */
public class ReviewValidationException extends InvalidInputException {

    public ReviewValidationException(List<Violation> violations) {
        super("Invalid input", violations);
    }
}
