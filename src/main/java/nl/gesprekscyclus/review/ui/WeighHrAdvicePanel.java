package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.gesprekscyclus.cycle.CycleSettings;
import nl.gesprekscyclus.review.ReviewDossier;
import nl.gesprekscyclus.review.ReviewTask;

/** The manager reads HR's advice and keeps or changes the judgement. */
class WeighHrAdvicePanel extends TaskPanel {

    final AssessmentWeighForm form;
    final Button weigh = primary("review.weigh.submit", VaadinIcon.CHECK, "review-weigh-submit");

    WeighHrAdvicePanel(ReviewDossier dossier, CycleSettings settings, AssessmentSteps assessment) {
        super(ReviewTask.WEIGH_HR_ADVICE);
        intro("review.todo.WEIGH_HR_ADVICE");
        form = new AssessmentWeighForm(dossier, settings);
        add(assessment.calibrationProposals(), form);
        weigh.addClickListener(e -> assessment.confirmWeigh(form));
        buttons(weigh);
    }
}
