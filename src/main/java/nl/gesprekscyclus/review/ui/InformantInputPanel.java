package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.gesprekscyclus.cycle.CycleSettings;
import nl.gesprekscyclus.review.ReviewDossier;
import nl.gesprekscyclus.review.ReviewTask;

/**
 * The coordinator as informant in the assessment: input as in planning and progress, and the levels they observed
 * per competency, saved in between and handed in together.
 */
class InformantInputPanel extends AssessmentFormPanel {

    final PlanningInputForm input;
    final Button submit = primary("review.input.submit", VaadinIcon.CHECK, "review-informant-submit");

    InformantInputPanel(ReviewDossier dossier, CycleSettings settings, InputSteps inputs,
            AssessmentSteps assessment) {
        super(ReviewTask.INFORMANT_INPUT, new AssessmentForm(dossier, settings, AssessmentForm.Mode.INFORMANT),
                "review-informant-save", assessment);
        input = new PlanningInputForm(dossier, added -> {
            // the screen is shown again after adding: first keep the observed levels chosen so far
            if (assessment.saveRows(form)) {
                inputs.add(added);
            }
        });
        add(input, form);
        submit.addClickListener(e -> assessment.confirmSubmitInformant(form));
        buttons(save, submit);
    }
}
