package nl.gesprekscyclus.organisation;

import java.util.List;
import nl.gesprekscyclus.base.Violation;

/** The employee data breaks rules; nothing was saved. The violations say which field and why. */
public class EmployeeValidationException extends RuntimeException {

    private final List<Violation> violations;

    public EmployeeValidationException(List<Violation> violations) {
        super("employee data invalid: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
