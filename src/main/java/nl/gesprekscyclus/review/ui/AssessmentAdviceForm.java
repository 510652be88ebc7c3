package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import nl.gesprekscyclus.organisation.Violation;
import nl.gesprekscyclus.review.AgreementRules;

/** HR's advice on an assessment below voldoende, before it is handed over to the employee. */
class AssessmentAdviceForm extends Div implements ReviewFeedback {

    final TextArea advice = new TextArea();
    final FieldErrors errors = new FieldErrors();

    AssessmentAdviceForm() {
        addClassName("review-advice-form");
        advice.setLabel(getTranslation("review.assess.advice"));
        advice.setHelperText(getTranslation("review.assess.adviceHelp"));
        advice.setId("review-hr-advice");
        advice.setMaxLength(AgreementRules.MAX_LONG_TEXT);
        advice.setRequiredIndicatorVisible(true);
        advice.setWidthFull();
        advice.setMinHeight("8rem");
        errors.field("advice", advice);
        errors.keepMessagesUntilNextAttempt();
        add(errors, advice);
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
