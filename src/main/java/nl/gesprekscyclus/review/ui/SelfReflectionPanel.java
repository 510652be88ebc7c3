package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.gesprekscyclus.review.ReviewDossier;
import nl.gesprekscyclus.review.ReviewTask;

/** The employee's self-reflection: saved per agreement, then handed in. */
class SelfReflectionPanel extends TaskPanel {

    final ProgressReflectionForm form;
    final Button submit = primary("review.progress.submit", VaadinIcon.PAPERPLANE, "review-reflection-submit");

    SelfReflectionPanel(ReviewDossier dossier, ProgressSteps progress) {
        super(ReviewTask.SELF_REFLECTION);
        conversationOf(dossier);
        intro("review.progress.todo.SELF_REFLECTION");
        form = new ProgressReflectionForm(dossier, progress::reflect);
        add(form);
        submit.addClickListener(e -> progress.confirmSubmitReflection(form));
        buttons(submit);
    }
}
