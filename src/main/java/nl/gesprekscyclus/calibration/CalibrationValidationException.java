package nl.gesprekscyclus.calibration;

import java.util.List;
import nl.gesprekscyclus.base.InvalidInputException;
import nl.gesprekscyclus.base.Violation;

/** A calibration act breaks a rule ({@link CalibrationRules}); nothing was stored. */
public class CalibrationValidationException extends InvalidInputException {

    public CalibrationValidationException(List<Violation> violations) {
        super("Invalid calibration", violations);
    }
}
