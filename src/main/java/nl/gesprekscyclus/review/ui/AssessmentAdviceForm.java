package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.textfield.TextArea;

/** HR's advice on an assessment below voldoende, before it is handed over to the employee. */
class AssessmentAdviceForm extends ReviewForm {

    final TextArea advice = longText("review.assess.advice", "review.assess.adviceHelp", "review-hr-advice", true);

    AssessmentAdviceForm() {
        addClassName("review-advice-form");
        errors.field("advice", advice);
        errors.keepMessagesUntilNextAttempt();
        add(errors, advice);
    }
}
