package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.gesprekscyclus.review.ReviewDossier;
import nl.gesprekscyclus.review.ReviewTask;

/** The manager signs the assessment off; a signer the policy names instead stelt vast (namens het college). */
class SignOffPanel extends TaskPanel {

    final Button signOff;

    SignOffPanel(ReviewDossier dossier, AssessmentSteps assessment) {
        super(ReviewTask.SIGN_OFF, dossier.signedOffByOther() ? "review.signOff.otherTitle" : "task.SIGN_OFF");
        if (dossier.signedOffByOther()) {
            intro("review.todo.SIGN_OFF.other", name(dossier.manager()));
        } else {
            intro("review.todo.SIGN_OFF");
        }
        signOff = primary(dossier.signedOffByOther() ? "review.signOff.other" : "review.signOff", VaadinIcon.SIGN_IN,
                "review-sign-off");
        signOff.addClickListener(e -> assessment.confirmSignOff());
        buttons(signOff);
    }
}
