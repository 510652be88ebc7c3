package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.gesprekscyclus.base.Violation;

/**
 * The error area of a form, and its fields by the names the services use in their violations: a broken rule
 * goes next to its field (several on one field are joined), a rule about no field of this form goes into the
 * area, and the first invalid field gets the focus. One piece for every review form and dialog.
 */
class FieldErrors extends Div {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    FieldErrors() {
        addClassName("review-errors");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    /** Registers a field under the service's name for it. */
    void field(String name, HasValidation field) {
        fields.put(name, field);
    }

    /** The server's message on each registered field stays until the next attempt, also when it loses focus. */
    void keepMessagesUntilNextAttempt() {
        fields.values().forEach(f -> f.setManualValidation(true));
    }

    void show(List<Violation> violations, Locale locale) {
        List<String> unplaced = new ArrayList<>();
        Map<HasValidation, List<String>> messages = new LinkedHashMap<>();
        for (Violation v : violations) {
            HasValidation field = fields.get(v.field());
            if (field == null) {
                unplaced.add(v.message(locale));
            } else {
                messages.computeIfAbsent(field, f -> new ArrayList<>()).add(v.message(locale));
            }
        }
        messages.forEach((field, texts) -> {
            field.setErrorMessage(String.join(" ", texts));
            field.setInvalid(true);
        });
        if (!unplaced.isEmpty()) {
            error(String.join(" ", unplaced));
        }
        fields.values().stream().filter(HasValidation::isInvalid).filter(Focusable.class::isInstance).findFirst()
                .ifPresent(f -> ((Focusable<?>) f).focus());
    }

    void error(String message) {
        removeAll();
        add(new Paragraph(message));
        setVisible(true);
    }

    /** Before the next attempt: no messages in the area or on the fields. */
    void clear() {
        removeAll();
        setVisible(false);
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }
}
