package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.gesprekscyclus.review.ReviewTask;

/** The employee writes the agreements (in the columns below) and hands them in here. */
class DraftAgreementsPanel extends TaskPanel {

    final Button submit = primary("review.submit", VaadinIcon.PAPERPLANE, "review-submit");

    DraftAgreementsPanel(PlanningSteps planning) {
        super(ReviewTask.DRAFT_AGREEMENTS);
        intro("review.todo.DRAFT_AGREEMENTS");
        submit.addClickListener(e -> planning.confirmSubmitDrafts());
        buttons(submit);
    }
}
