package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.gesprekscyclus.review.ReviewDossier;
import nl.gesprekscyclus.review.ReviewTask;

/** HR's advice on an assessment below voldoende. */
class HrAdvicePanel extends TaskPanel {

    final AssessmentAdviceForm form;
    final Button submit = primary("review.advice.submit", VaadinIcon.CHECK, "review-hr-advice-submit");

    HrAdvicePanel(ReviewDossier dossier, AssessmentSteps assessment) {
        super(ReviewTask.HR_ADVICE);
        intro("review.todo.HR_ADVICE");
        form = new AssessmentAdviceForm(dossier.hrAdviceToEmployee());
        add(form);
        submit.addClickListener(e -> assessment.confirmAdvice(form));
        buttons(submit);
    }
}
