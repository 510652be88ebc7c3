package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.review.AgreementRules;
import nl.gesprekscyclus.review.AgreementStatus;
import nl.gesprekscyclus.review.ProgressReflection;
import nl.gesprekscyclus.review.ProgressStatus;
import nl.gesprekscyclus.review.ResultAgreement;
import nl.gesprekscyclus.review.ReviewDossier;

/**
 * The employee's self-reflection: per current result agreement how it stands (op koers, risico, achter) and an
 * optional explanation, each saved on its own. What was saved before is filled in.
 */
class ProgressReflectionForm extends Div {

    final List<Row> rows = new ArrayList<>();

    ProgressReflectionForm(ReviewDossier dossier, Consumer<Row> onSave) {
        addClassName("review-reflection-form");
        Map<String, ProgressReflection> saved = dossier.currentReflections().stream()
                .collect(Collectors.toMap(ProgressReflection::getAgreementLineage, r -> r, (a, b) -> b));
        ReviewAgreementsColumn.lineages(dossier.resultAgreements()).values().forEach(versions ->
                ReviewAgreementsColumn.shown(versions).filter(a -> a.getStatus() == AgreementStatus.CURRENT)
                        .ifPresent(a -> rows.add(new Row(a, saved.get(a.getLineage()), onSave))));
        if (rows.isEmpty()) {
            add(new Paragraph(getTranslation("review.progress.noAgreements")));
        }
        rows.forEach(this::add);
    }

    /** How many agreements have a saved reflection. */
    long savedCount() {
        return rows.stream().filter(r -> r.saved).count();
    }

    /** One agreement: status, explanation, save. */
    static class Row extends Div implements ReviewFeedback {

        final ResultAgreement agreement;
        final RadioButtonGroup<ProgressStatus> status = new RadioButtonGroup<>();
        final TextArea text = new TextArea();
        final Button save = new Button();
        final FieldErrors errors = new FieldErrors();
        final Span state = new Span();
        boolean saved;

        Row(ResultAgreement agreement, ProgressReflection reflection, Consumer<Row> onSave) {
            this.agreement = agreement;
            addClassName("review-reflection");
            getElement().setAttribute("data-lineage", agreement.getLineage());
            H4 title = new H4(agreement.data().description());
            Div criterion = ReviewFormat.line(this, "review.progress.criterion", agreement.data().criterion());

            status.setLabel(getTranslation("review.progress.status"));
            status.setItems(ProgressStatus.values());
            status.setItemLabelGenerator(s -> getTranslation("review.progress." + s.name()));
            status.setRequiredIndicatorVisible(true);

            text.setLabel(getTranslation("review.progress.text"));
            text.setHelperText(getTranslation("review.progress.textHelp"));
            text.setMaxLength(AgreementRules.MAX_LONG_TEXT);
            text.setManualValidation(true);
            text.setWidthFull();

            errors.field("status", status);
            errors.field("text", text);

            if (reflection != null) {
                status.setValue(reflection.getProgressStatus());
                text.setValue(reflection.getText() == null ? "" : reflection.getText());
            }
            markSaved(reflection != null);

            save.setText(getTranslation("review.progress.save"));
            save.setIcon(VaadinIcon.CHECK.create());
            save.getElement().setAttribute("aria-label",
                    getTranslation("review.progress.saveOf", agreement.data().description()));
            save.addClickListener(e -> {
                errors.clear();
                onSave.accept(this);
            });
            Div buttons = new Div(save, state);
            buttons.addClassName("review-task-buttons");
            add(title, criterion, errors, status, text, buttons);
        }

        void markSaved(boolean isSaved) {
            saved = isSaved;
            state.setText(getTranslation(isSaved ? "review.progress.rowSaved" : "review.progress.rowOpen"));
            state.setClassName("review-badge");
            state.addClassName(isSaved ? "review-badge-current" : "review-badge-draft");
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
}
