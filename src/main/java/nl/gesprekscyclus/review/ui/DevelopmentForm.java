package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import nl.gesprekscyclus.base.ui.VaadinTexts;
import nl.gesprekscyclus.review.DevelopmentConversation;
import nl.gesprekscyclus.review.ReviewDossier;

/**
 * The forms of the development conversation (issue 19): the employee's preparation, the manager's record (the
 * preparation above it, then the date, the look back, the development wishes and agreements for the POP and the
 * employee's own contribution), and the employee's remark when signing it as seen. Fields carry the names the
 * service uses in its violations; a refused input keeps everything typed.
 */
class DevelopmentForm extends ReviewForm {

    final DatePicker conversationDate = new DatePicker();
    final TextArea preparation = area("preparation", "review.development.preparation", true);
    final TextArea lookingBack = area("lookingBack", "review.development.lookingBack", true);
    final TextArea developmentAgreements = area("developmentAgreements", "review.development.agreements", true);
    final TextArea ownContribution = area("ownContribution", "review.development.ownContribution", false);
    final TextArea employeeComment = area("employeeComment", "review.development.comment", false);

    private DevelopmentForm() {
        addClassName("review-development-form");
        add(errors);
    }

    /** The employee prepares the conversation. */
    static DevelopmentForm preparation() {
        DevelopmentForm form = new DevelopmentForm();
        form.errors.keepMessagesUntilNextAttempt();
        form.add(form.preparation);
        return form;
    }

    /** The manager records the conversation, with the employee's preparation above the fields. */
    static DevelopmentForm record(ReviewDossier dossier, ZoneId zone, Locale locale) {
        DevelopmentForm form = new DevelopmentForm();
        Div prepared = new Div(new H4(form.getTranslation("review.development.employeePreparation")));
        prepared.setId("review-development-preparation");
        DevelopmentConversation development = dossier.development();
        prepared.add(new Paragraph(development == null || development.getPreparation() == null
                ? form.getTranslation("review.development.noPreparation") : development.getPreparation()));
        form.addComponentAsFirst(prepared);
        form.errors.field("conversationDate", form.conversationDate);
        form.errors.keepMessagesUntilNextAttempt();
        form.conversationDate.setLabel(form.getTranslation("review.development.date"));
        VaadinTexts.datePicker(form.conversationDate, locale);
        LocalDate today = LocalDate.now(zone);
        form.conversationDate.setMax(today);
        form.conversationDate.setValue(today);
        form.conversationDate.setRequiredIndicatorVisible(true);
        form.add(form.conversationDate, form.lookingBack, form.developmentAgreements, form.ownContribution);
        return form;
    }

    /** The employee's remark when signing the record as seen. */
    static DevelopmentForm acknowledgement() {
        DevelopmentForm form = new DevelopmentForm();
        form.errors.keepMessagesUntilNextAttempt();
        form.add(form.employeeComment);
        return form;
    }

    private TextArea area(String field, String key, boolean required) {
        TextArea area = longText(key, key + "Help", "review-development-" + field, required);
        area.setMinHeight("6rem");
        errors.field(field, area);
        return area;
    }
}
