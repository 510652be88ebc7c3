package nl.gesprekscyclus.substitution;

import java.util.List;
import nl.gesprekscyclus.base.InvalidInputException;
import nl.gesprekscyclus.base.Violation;

/** The substitution breaks rules; nothing was stored. The violations say which field and why. */
public class SubstitutionValidationException extends InvalidInputException {

    SubstitutionValidationException(List<Violation> violations) {
        super("substitution invalid", violations);
    }
}
