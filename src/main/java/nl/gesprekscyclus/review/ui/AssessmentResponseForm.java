package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import java.util.Locale;
import nl.gesprekscyclus.review.Assessment;

/**
 * The employee's zienswijze on the handed-over assessment, within the term: bedenkingen in writing, optionally
 * asking for a conversation. Stating that there is no zienswijze is a button of the step, not of this form.
 */
class AssessmentResponseForm extends ReviewForm {

    final Paragraph term = new Paragraph();
    final TextArea text = longText("review.respond.text", "review.respond.textHelp", "review-response-text", true);
    final Checkbox conversation = new Checkbox();

    AssessmentResponseForm(Assessment assessment, ZoneId zone, Locale locale) {
        addClassName("review-response-form");
        term.setId("review-response-term");
        term.addClassName("review-notice");
        term.setText(assessment == null || assessment.getResponseTermEnd() == null
                ? getTranslation("review.respond.termUnknown")
                : getTranslation("review.respond.term", ReviewFormat.moment(assessment.getResponseTermEnd(), zone, locale)));
        Anchor read = new Anchor("#review-record-assessment", getTranslation("review.respond.read"));
        read.setId("review-response-read");
        conversation.setLabel(getTranslation("review.respond.conversation"));
        conversation.setId("review-response-conversation");
        errors.field("response", text);
        errors.keepMessagesUntilNextAttempt();
        add(term, new Paragraph(read), errors, text, conversation);
    }
}
