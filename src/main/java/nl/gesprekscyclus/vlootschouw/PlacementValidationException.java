package nl.gesprekscyclus.vlootschouw;

import java.util.List;
import nl.gesprekscyclus.base.InvalidInputException;
import nl.gesprekscyclus.base.Violation;

/** A placement breaks a rule ({@link PlacementRules}); nothing was stored. */
public class PlacementValidationException extends InvalidInputException {

    public PlacementValidationException(List<Violation> violations) {
        super("Invalid placement", violations);
    }
}
