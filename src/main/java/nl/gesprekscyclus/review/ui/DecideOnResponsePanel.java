package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.gesprekscyclus.cycle.CycleSettings;
import nl.gesprekscyclus.review.ReviewDossier;
import nl.gesprekscyclus.review.ReviewTask;

/** The manager's besluit on the employee's zienswijze: keep or change the judgement. */
class DecideOnResponsePanel extends TaskPanel {

    final AssessmentDecisionForm form;
    final Button decide = primary("review.decide.submit", VaadinIcon.CHECK, "review-decision-submit");

    DecideOnResponsePanel(ReviewDossier dossier, CycleSettings settings, AssessmentSteps assessment) {
        super(ReviewTask.DECIDE_ON_RESPONSE);
        intro("review.todo.DECIDE_ON_RESPONSE");
        form = new AssessmentDecisionForm(dossier, settings);
        add(form);
        decide.addClickListener(e -> assessment.confirmDecide(form));
        buttons(decide);
    }
}
