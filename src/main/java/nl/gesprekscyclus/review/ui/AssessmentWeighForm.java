package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import nl.gesprekscyclus.cycle.CycleSettings;
import nl.gesprekscyclus.review.ReviewDossier;

/**
 * The manager weighs HR's advice (issue 17): the advice itself above, whether the employee will read it, then keep
 * the assessment or change the overall judgement with new reasons (the reasons written before stand ready to edit).
 */
class AssessmentWeighForm extends ReviewForm {

    final RadioButtonGroup<Boolean> changed = new RadioButtonGroup<>();
    final JudgementField judgement;
    final TextArea reasons = longText("review.weigh.reasons", "review.assess.reasonsHelp", "review-weigh-reasons",
            true);

    AssessmentWeighForm(ReviewDossier dossier, CycleSettings settings) {
        addClassName("review-weigh-form");
        Div advice = new Div(new H4(getTranslation("review.weigh.advice")));
        advice.setId("review-weigh-advice");
        advice.addClassName("review-notice");
        if (dossier.assessment() != null && dossier.assessment().getHrAdvice() != null) {
            advice.add(new Paragraph(dossier.assessment().getHrAdvice()));
        }
        Paragraph who = new Paragraph(getTranslation(dossier.hrAdviceToEmployee() ? "review.weigh.employeeReads"
                : "review.weigh.employeeDoesNotRead", dossier.employee() == null ? "" : dossier.employee().name()));
        who.addClassName("review-hint");
        who.setId("review-weigh-who-reads");
        advice.add(who);
        changed.setLabel(getTranslation("review.weigh.changed"));
        changed.setItems(Boolean.FALSE, Boolean.TRUE);
        changed.setItemLabelGenerator(b -> getTranslation(b ? "review.weigh.change" : "review.weigh.keep"));
        changed.setId("review-weigh-changed");
        changed.setValue(Boolean.FALSE);
        // HR has advised: choosing a low judgement again does not send it to HR a second time
        judgement = new JudgementField(settings.overallJudgements(), "review-weigh-judgement", false);
        judgement.select.setLabel(getTranslation("review.decide.newJudgement"));
        if (dossier.assessment() != null) {
            reasons.setValue(dossier.assessment().getReasons());
        }
        judgement.setVisible(false);
        reasons.setVisible(false);
        changed.addValueChangeListener(e -> {
            judgement.setVisible(Boolean.TRUE.equals(e.getValue()));
            reasons.setVisible(Boolean.TRUE.equals(e.getValue()));
        });
        errors.field("judgement", judgement.select);
        errors.field("reasons", reasons);
        errors.keepMessagesUntilNextAttempt();
        add(advice, errors, changed, judgement, reasons);
    }

    boolean isChanged() {
        return Boolean.TRUE.equals(changed.getValue());
    }
}
