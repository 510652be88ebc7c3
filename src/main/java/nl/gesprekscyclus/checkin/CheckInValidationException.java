package nl.gesprekscyclus.checkin;

import java.util.List;
import nl.gesprekscyclus.base.InvalidInputException;
import nl.gesprekscyclus.base.Violation;

/** A check-in breaks a rule ({@link CheckInRules}); nothing was stored. */
public class CheckInValidationException extends InvalidInputException {

    public CheckInValidationException(List<Violation> violations) {
        super("Invalid check-in", violations);
    }
}
