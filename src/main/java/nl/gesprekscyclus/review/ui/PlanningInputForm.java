package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.functionbook.Competency;
import nl.gesprekscyclus.review.AgreementRules;
import nl.gesprekscyclus.review.ResultAgreement;
import nl.gesprekscyclus.review.ReviewDossier;

/**
 * The coordinator's input while their input task is open: about one agreement, one competency of the profile, or
 * in general. Stored as written and shown as input, never as a judgement.
 */
class PlanningInputForm extends Div implements ReviewFeedback {

    /** What the input is about: an agreement (lineage), a competency (code), or neither (general). */
    record Subject(String lineage, String competency, String label) {
    }

    final Select<Subject> about = new Select<>();
    final TextArea text = new TextArea();
    final Button add = new Button();
    final FieldErrors errors = new FieldErrors();

    PlanningInputForm(ReviewDossier dossier, Consumer<PlanningInputForm> onAdd) {
        addClassName("review-input-form");
        List<Subject> subjects = new ArrayList<>();
        Subject general = new Subject(null, null, getTranslation("review.input.general"));
        subjects.add(general);
        ReviewAgreementsColumn.lineages(dossier.resultAgreements()).values().forEach(versions -> ReviewAgreementsColumn
                .shown(versions).map(ResultAgreement::data).ifPresent(d -> subjects.add(new Subject(
                        versions.get(0).getLineage(), null,
                        getTranslation("review.input.aboutAgreement", d.description())))));
        for (Competency c : dossier.competencies()) {
            subjects.add(new Subject(null, c.code(), getTranslation("review.input.aboutCompetency", c.name())));
        }
        about.setLabel(getTranslation("review.input.about"));
        about.setItems(subjects);
        about.setItemLabelGenerator(Subject::label);
        about.setValue(general);
        about.setWidthFull();
        about.setId("review-input-about");

        errors.field("text", text);
        errors.keepMessagesUntilNextAttempt();
        text.setLabel(getTranslation("review.input.text"));
        text.setHelperText(getTranslation("review.input.textHelp"));
        text.setMaxLength(AgreementRules.MAX_LONG_TEXT);
        text.setRequiredIndicatorVisible(true);
        text.setWidthFull();
        text.setId("review-input-text");

        add.setText(getTranslation("review.input.add"));
        add.setIcon(VaadinIcon.COMMENT.create());
        add.setId("review-input-add");
        add.addClickListener(e -> {
            errors.clear();
            onAdd.accept(this);
        });
        add(errors, about, text, add);
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
