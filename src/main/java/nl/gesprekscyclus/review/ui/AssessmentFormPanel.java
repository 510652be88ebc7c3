package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.button.Button;
import nl.gesprekscyclus.review.ReviewTask;

/**
 * A task whose form scores the agreements or rates the competencies (zelfbeoordeling, inbreng as informant,
 * beoordeling): the work can be saved in between, and the form shows each competency itself.
 */
abstract class AssessmentFormPanel extends TaskPanel {

    final AssessmentForm form;
    final Button save;

    /** Adds the title and what the task asks; the subclass adds the form where it belongs, and the buttons. */
    AssessmentFormPanel(ReviewTask task, AssessmentForm form, String saveId, AssessmentSteps assessment) {
        super(task);
        intro("review.todo." + task.name());
        this.form = form;
        save = secondary("review.assess.save", saveId);
        save.addClickListener(e -> assessment.save(form));
    }

    @Override
    boolean showsCompetencies() {
        return true;
    }
}
