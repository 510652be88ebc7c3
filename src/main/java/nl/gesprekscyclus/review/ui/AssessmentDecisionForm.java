package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import nl.gesprekscyclus.cycle.CycleSettings;
import nl.gesprekscyclus.review.ReviewDossier;

/**
 * The manager's decision on the zienswijze: the zienswijze itself above, then keep or change the overall judgement
 * (a new one chosen only when changing) and the reasons, which the employee will read.
 */
class AssessmentDecisionForm extends ReviewForm {

    final RadioButtonGroup<Boolean> changed = new RadioButtonGroup<>();
    final JudgementField judgement;
    final TextArea reasons = longText("review.decide.reasons", "review.decide.reasonsHelp", "review-decision-reasons",
            true);

    AssessmentDecisionForm(ReviewDossier dossier, CycleSettings settings) {
        addClassName("review-decision-form");
        Div response = new Div(new H4(getTranslation("review.decide.response")));
        response.setId("review-decision-response");
        response.addClassName("review-notice");
        if (dossier.response() != null) {
            response.add(new Paragraph(dossier.response().getText()));
            if (dossier.response().isConversationRequested()) {
                response.add(new Paragraph(getTranslation("review.record.conversationRequested")));
            }
        }
        changed.setLabel(getTranslation("review.decide.changed"));
        changed.setItems(Boolean.FALSE, Boolean.TRUE);
        changed.setItemLabelGenerator(b -> getTranslation(b ? "review.decide.change" : "review.decide.keep"));
        changed.setId("review-decision-changed");
        changed.setValue(Boolean.FALSE);
        judgement = new JudgementField(settings.overallJudgements(), "review-decision-judgement");
        judgement.select.setLabel(getTranslation("review.decide.newJudgement"));
        judgement.setVisible(false);
        changed.addValueChangeListener(e -> judgement.setVisible(Boolean.TRUE.equals(e.getValue())));
        errors.field("judgement", judgement.select);
        errors.field("reasons", reasons);
        errors.keepMessagesUntilNextAttempt();
        add(response, errors, changed, judgement, reasons);
    }

    boolean isChanged() {
        return Boolean.TRUE.equals(changed.getValue());
    }
}
