package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.ZoneId;
import java.util.Locale;
import nl.gesprekscyclus.review.AgreementChange;
import nl.gesprekscyclus.review.ReviewDossier;
import nl.gesprekscyclus.review.ReviewTask;

/** The party who did not propose a change of agreements accepts or rejects it. */
class DecideAgreementChangePanel extends TaskPanel {

    /** Null (and no buttons) when no proposal is open. */
    AgreementChangeDecisionForm form;
    Button accept;
    Button reject;

    DecideAgreementChangePanel(ReviewDossier dossier, ZoneId zone, Locale locale, ChangeSteps changes) {
        super(ReviewTask.DECIDE_AGREEMENT_CHANGE);
        intro("review.todo.DECIDE_AGREEMENT_CHANGE");
        ChangeSteps.openChange(dossier).ifPresent(change -> decision(dossier, change, zone, locale, changes));
    }

    private void decision(ReviewDossier dossier, AgreementChange change, ZoneId zone, Locale locale,
            ChangeSteps changes) {
        form = new AgreementChangeDecisionForm(dossier, change, ReviewAgreementsColumn.areaNames(dossier.jobProfile()),
                zone, locale);
        add(form);
        accept = primary("review.change.accept", VaadinIcon.CHECK, "review-change-accept");
        accept.addClickListener(e -> changes.confirmDecide(form, true));
        reject = other("review.change.reject", VaadinIcon.CLOSE_SMALL, "review-change-reject");
        reject.addClickListener(e -> changes.confirmDecide(form, false));
        buttons(accept, reject);
    }
}
