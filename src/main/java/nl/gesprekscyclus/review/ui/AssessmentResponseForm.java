package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import nl.gesprekscyclus.organisation.Violation;
import nl.gesprekscyclus.review.AgreementRules;
import nl.gesprekscyclus.review.Assessment;

/**
 * The employee's zienswijze on the handed-over assessment, within the term: bedenkingen in writing, optionally
 * asking for a conversation. Stating that there is no zienswijze is a button of the step, not of this form.
 */
class AssessmentResponseForm extends Div implements ReviewFeedback {

    final Paragraph term = new Paragraph();
    final TextArea text = new TextArea();
    final Checkbox conversation = new Checkbox();
    final FieldErrors errors = new FieldErrors();

    AssessmentResponseForm(Assessment assessment, ZoneId zone, Locale locale) {
        addClassName("review-response-form");
        term.setId("review-response-term");
        term.addClassName("review-notice");
        term.setText(assessment == null || assessment.getResponseTermEnd() == null
                ? getTranslation("review.respond.termUnknown")
                : getTranslation("review.respond.term", ReviewFormat.moment(assessment.getResponseTermEnd(), zone, locale)));
        Anchor read = new Anchor("#review-record-assessment", getTranslation("review.respond.read"));
        read.setId("review-response-read");
        text.setLabel(getTranslation("review.respond.text"));
        text.setHelperText(getTranslation("review.respond.textHelp"));
        text.setId("review-response-text");
        text.setMaxLength(AgreementRules.MAX_LONG_TEXT);
        text.setWidthFull();
        text.setMinHeight("8rem");
        conversation.setLabel(getTranslation("review.respond.conversation"));
        conversation.setId("review-response-conversation");
        errors.field("response", text);
        errors.keepMessagesUntilNextAttempt();
        add(term, new Paragraph(read), errors, text, conversation);
    }

    @Override
    public void violations(List<Violation> violations) {
        errors.show(violations, getLocale());
    }

    @Override
    public void error(String message) {
        errors.error(message);
    }
}
