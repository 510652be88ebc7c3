package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.gesprekscyclus.review.ReviewDossier;
import nl.gesprekscyclus.review.ReviewTask;

/** The second assessor agrees with the draft assessment or comments on it. */
class SecondAssessmentPanel extends TaskPanel {

    final SecondOpinionForm form;
    final Button submit = primary("review.second.submit", VaadinIcon.CHECK, "review-second-submit");

    SecondAssessmentPanel(ReviewDossier dossier, AssessmentSteps assessment) {
        super(ReviewTask.SECOND_ASSESSMENT);
        intro("review.todo.SECOND_ASSESSMENT", name(dossier.manager()), name(dossier.employee()));
        form = new SecondOpinionForm(dossier);
        add(form);
        submit.addClickListener(e -> assessment.confirmSecondOpinion(form));
        buttons(submit);
    }
}
