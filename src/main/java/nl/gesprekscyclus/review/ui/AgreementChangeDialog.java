package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import nl.gesprekscyclus.functionbook.JobProfile;
import nl.gesprekscyclus.review.AgreementRules;
import nl.gesprekscyclus.review.ResultAgreement;
import nl.gesprekscyclus.review.ReviewDates;
import nl.gesprekscyclus.review.ReviewRole;

/**
 * "Wijziging voorstellen": the agreement form filled with the agreement as agreed, plus why it should change.
 * It is the drafting form on purpose, so a proposal meets the same rules next to the same fields; the other party
 * decides, and until then the agreed version stays in force.
 */
class AgreementChangeDialog extends AgreementDialog {

    final TextArea reason = new TextArea();

    AgreementChangeDialog(List<JobProfile.ResultArea> areas, List<ReviewRole> roles, ReviewDates dates,
            ResultAgreement current, String deciderName, Locale locale, Consumer<AgreementChangeDialog> onPropose) {
        super(areas, roles, dates, current, null, locale, d -> onPropose.accept((AgreementChangeDialog) d));
        addClassName("review-change-dialog");
        setHeaderTitle(getTranslation("review.change.propose.title"));
        addComponentAsFirst(new Paragraph(getTranslation("review.change.propose.text", deciderName)));
        reason.setLabel(getTranslation("review.change.propose.reason"));
        reason.setHelperText(getTranslation("review.change.propose.reasonHelp"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(AgreementRules.MAX_TEXT);
        reason.setWidthFull();
        reason.setManualValidation(true);
        errors.field("reason", reason);
        add(reason);
        save.setText(getTranslation("review.change.propose.send"));
    }
}
