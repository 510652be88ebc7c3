package nl.gesprekscyclus.workrole;

import java.util.List;
import nl.gesprekscyclus.base.InvalidInputException;
import nl.gesprekscyclus.base.Violation;

/** The role assignment breaks rules; nothing was stored. The violations say which field and why. */
public class RoleAssignmentValidationException extends InvalidInputException {

    RoleAssignmentValidationException(List<Violation> violations) {
        super("role assignment invalid", violations);
    }
}
