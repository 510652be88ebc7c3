package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.gesprekscyclus.cycle.CycleSettings;
import nl.gesprekscyclus.review.ReviewDossier;
import nl.gesprekscyclus.review.ReviewTask;

/** The employee's zelfbeoordeling: saved in between, then handed in. */
class SelfAssessmentPanel extends AssessmentFormPanel {

    final Button submit = primary("review.self.submit", VaadinIcon.PAPERPLANE, "review-self-submit");

    SelfAssessmentPanel(ReviewDossier dossier, CycleSettings settings, AssessmentSteps assessment) {
        super(ReviewTask.SELF_ASSESSMENT, new AssessmentForm(dossier, settings, AssessmentForm.Mode.SELF),
                "review-self-save", assessment);
        add(form);
        submit.addClickListener(e -> assessment.confirmSubmitSelf(form));
        buttons(save, submit);
    }
}
