package nl.gesprekscyclus.feedback;

import java.util.List;
import nl.gesprekscyclus.base.InvalidInputException;
import nl.gesprekscyclus.base.Violation;

/** A feedback request, answer or decline breaks a rule ({@link FeedbackRules}); nothing was stored. */
public class FeedbackValidationException extends InvalidInputException {

    public FeedbackValidationException(List<Violation> violations) {
        super("Invalid feedback", violations);
    }
}
