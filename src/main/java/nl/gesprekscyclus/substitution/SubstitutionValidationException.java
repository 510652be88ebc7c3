package nl.gesprekscyclus.substitution;

import java.util.List;
import nl.gesprekscyclus.base.Violation;

/** The substitution breaks rules; nothing was stored. The violations say which field and why. */
public class SubstitutionValidationException extends RuntimeException {

    private final List<Violation> violations;

    SubstitutionValidationException(List<Violation> violations) {
        super("substitution invalid: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
