package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.ZoneId;
import java.util.Locale;
import nl.gesprekscyclus.review.ReviewDossier;
import nl.gesprekscyclus.review.ReviewTask;

/** The employee's zienswijze on the assessment, or none. */
class RespondPanel extends TaskPanel {

    final AssessmentResponseForm form;
    final Button respond = primary("review.respond.submit", VaadinIcon.PAPERPLANE, "review-response-submit");
    final Button noResponse = secondary("review.respond.none", "review-response-none");

    RespondPanel(ReviewDossier dossier, ZoneId zone, Locale locale, AssessmentSteps assessment) {
        super(ReviewTask.RESPOND);
        intro("review.todo.RESPOND");
        form = new AssessmentResponseForm(dossier.assessment(), zone, locale);
        add(form);
        respond.addClickListener(e -> assessment.confirmRespond(form));
        noResponse.addClickListener(e -> assessment.confirmNoResponse());
        buttons(respond, noResponse);
    }
}
