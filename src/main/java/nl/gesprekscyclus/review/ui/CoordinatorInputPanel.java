package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.gesprekscyclus.review.ReviewDossier;
import nl.gesprekscyclus.review.ReviewTask;

/** The coordinator's input in planning or progress: added one at a time, then handed to the manager. */
class CoordinatorInputPanel extends TaskPanel {

    final PlanningInputForm form;
    final Button submit = primary("review.input.submit", VaadinIcon.CHECK, "review-input-submit");

    /** @param introKey what the task asks, which differs between planning and progress */
    CoordinatorInputPanel(ReviewTask task, String introKey, ReviewDossier dossier, InputSteps input) {
        super(task);
        intro(introKey);
        form = new PlanningInputForm(dossier, input::add);
        add(form);
        submit.addClickListener(e -> input.confirmSubmit());
        buttons(submit);
    }
}
