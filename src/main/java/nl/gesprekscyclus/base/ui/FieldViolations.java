package nl.gesprekscyclus.base.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.gesprekscyclus.base.Violation;

/**
 * A form's broken rules shown where they belong: each message next to its field (several on one field are joined),
 * those without a field of the form in one error notification.
 */
public final class FieldViolations {

    private FieldViolations() {
    }

    /** Clears the messages of the last attempt. */
    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    public static void show(Map<String, ? extends HasValidation> fields, List<Violation> violations, Locale locale) {
        StringBuilder unplaced = new StringBuilder();
        for (Violation v : violations) {
            HasValidation field = fields.get(v.field());
            if (field == null) {
                unplaced.append(v.message(locale)).append(' ');
            } else {
                String before = field.isInvalid() && field.getErrorMessage() != null ? field.getErrorMessage() + " " : "";
                field.setErrorMessage(before + v.message(locale));
                field.setInvalid(true);
            }
        }
        if (!unplaced.isEmpty()) {
            ErrorNotifications.error(unplaced.toString().strip());
        }
    }
}
