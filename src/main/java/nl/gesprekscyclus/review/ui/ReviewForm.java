package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.review.AgreementRules;

/**
 * A form of a review step with its own error area: broken rules go next to the registered fields, anything else
 * into the area (see {@link FieldErrors}). Also makes the long text fields every step asks for.
 */
abstract class ReviewForm extends Div implements ReviewFeedback {

    final FieldErrors errors = new FieldErrors();

    /** A long text field with its label, help and id; required fields show the indicator. */
    TextArea longText(String labelKey, String helpKey, String id, boolean required) {
        TextArea text = new TextArea(getTranslation(labelKey));
        if (helpKey != null) {
            text.setHelperText(getTranslation(helpKey));
        }
        text.setId(id);
        text.setMaxLength(AgreementRules.MAX_LONG_TEXT);
        text.setRequiredIndicatorVisible(required);
        text.setWidthFull();
        text.setMinHeight("8rem");
        return text;
    }

    @Override
    public void violations(List<Violation> violations) {
        errors.show(violations, getLocale());
    }

    @Override
    public void error(String message) {
        errors.error(message);
    }
}
