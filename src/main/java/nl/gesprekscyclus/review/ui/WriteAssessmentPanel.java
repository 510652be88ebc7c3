package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.gesprekscyclus.cycle.CycleSettings;
import nl.gesprekscyclus.review.ReviewDossier;
import nl.gesprekscyclus.review.ReviewTask;

/** The manager's beoordeling: scores, levels and the overall judgement, saved in between, then written. */
class WriteAssessmentPanel extends AssessmentFormPanel {

    final Button write = primary("review.assess.write", VaadinIcon.CHECK, "review-assessment-write");

    WriteAssessmentPanel(ReviewDossier dossier, CycleSettings settings, AssessmentSteps assessment) {
        super(ReviewTask.WRITE_ASSESSMENT, new AssessmentForm(dossier, settings, AssessmentForm.Mode.MANAGER),
                "review-assessment-save", assessment);
        add(assessment.calibrationProposals(), form);
        write.addClickListener(e -> assessment.confirmWrite(form));
        buttons(save, write);
    }
}
