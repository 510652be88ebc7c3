package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import nl.gesprekscyclus.review.ReviewDossier;

/**
 * The second assessor's opinion on the draft assessment (issue 16): agree, or comment. The assessment itself is in
 * the record below (the link goes there); the comment stays in the dossier, and the assessment goes on to the
 * hand-over either way.
 */
class SecondOpinionForm extends ReviewForm {

    final RadioButtonGroup<Boolean> agreed = new RadioButtonGroup<>();
    final TextArea comment = longText("review.second.comment", "review.second.commentHelp", "review-second-comment",
            false);

    SecondOpinionForm(ReviewDossier dossier) {
        addClassName("review-second-form");
        Anchor read = new Anchor("#review-record-assessment", getTranslation("review.second.read"));
        read.setId("review-second-read");
        agreed.setLabel(getTranslation("review.second.opinion"));
        agreed.setItems(Boolean.TRUE, Boolean.FALSE);
        agreed.setItemLabelGenerator(b -> getTranslation(b ? "review.second.agree" : "review.second.remark",
                dossier.manager() == null ? "" : dossier.manager().name()));
        agreed.setId("review-second-agreed");
        agreed.setValue(Boolean.TRUE);
        agreed.addValueChangeListener(e -> comment.setRequiredIndicatorVisible(Boolean.FALSE.equals(e.getValue())));
        errors.field("comment", comment);
        errors.keepMessagesUntilNextAttempt();
        add(new Paragraph(read), errors, agreed, comment);
    }

    boolean isAgreed() {
        return Boolean.TRUE.equals(agreed.getValue());
    }
}
