package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.gesprekscyclus.review.ReviewTask;

/** The employee signs the assessment "voor gezien". */
class AcknowledgePanel extends TaskPanel {

    final Button acknowledge = primary("review.acknowledge", VaadinIcon.EYE, "review-acknowledge");

    AcknowledgePanel(AssessmentSteps assessment) {
        super(ReviewTask.ACKNOWLEDGE);
        intro("review.todo.ACKNOWLEDGE");
        acknowledge.addClickListener(e -> assessment.confirmAcknowledge());
        buttons(acknowledge);
    }
}
