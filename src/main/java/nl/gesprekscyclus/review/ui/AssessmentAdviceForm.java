package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.textfield.TextArea;

/** HR's advice on an assessment below voldoende, to the manager, before it is handed over to the employee. */
class AssessmentAdviceForm extends ReviewForm {

    final TextArea advice;

    /** @param toEmployee whether the round's policy lets the employee read the advice (the help text says who will) */
    AssessmentAdviceForm(boolean toEmployee) {
        advice = longText("review.assess.advice", toEmployee ? "review.assess.adviceHelpEmployee"
                : "review.assess.adviceHelp", "review-hr-advice", true);
        addClassName("review-advice-form");
        errors.field("advice", advice);
        errors.keepMessagesUntilNextAttempt();
        add(errors, advice);
    }
}
