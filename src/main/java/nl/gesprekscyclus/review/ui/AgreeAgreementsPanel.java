package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.gesprekscyclus.review.ReviewTask;

/** The employee agrees with the agreements as set, or says why not. */
class AgreeAgreementsPanel extends TaskPanel {

    final Button agree = primary("review.agree", VaadinIcon.CHECK, "review-agree");
    final Button disagree = other("review.disagree", VaadinIcon.CLOSE_SMALL, "review-disagree");

    AgreeAgreementsPanel(PlanningSteps planning) {
        super(ReviewTask.AGREE_AGREEMENTS);
        intro("review.todo.AGREE_AGREEMENTS");
        agree.addClickListener(e -> planning.confirmAgree());
        disagree.addClickListener(e -> planning.openDisagreeDialog());
        buttons(agree, disagree);
    }
}
