package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.gesprekscyclus.review.ReviewTask;

/**
 * The feedback round that opens the assessment (issue 19): the employee asks colleagues for feedback with the dialog
 * "Feedback vragen" of the section "Feedback van collega's" (the first request sent completes the step), or says
 * there is no feedback round, after a confirmation.
 */
class FeedbackRoundPanel extends TaskPanel {

    final Button ask = primary("review.feedbackRound.ask", VaadinIcon.COMMENTS_O, "review-feedback-round-ask");
    final Button skip = other("review.feedbackRound.skip", VaadinIcon.ARROW_RIGHT, "review-feedback-round-skip");

    FeedbackRoundPanel(FeedbackRoundSteps steps) {
        super(ReviewTask.FEEDBACK_ROUND);
        intro("review.todo.FEEDBACK_ROUND");
        ask.addClickListener(e -> steps.ask());
        skip.addClickListener(e -> steps.confirmSkip());
        buttons(ask, skip);
    }
}
