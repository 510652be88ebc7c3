package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.base.ui.VaadinTexts;
import nl.gesprekscyclus.functionbook.Competency;
import nl.gesprekscyclus.review.AgreementRules;
import nl.gesprekscyclus.review.CoordinatorInput;
import nl.gesprekscyclus.review.ProgressReflection;
import nl.gesprekscyclus.review.ReviewDossier;
import nl.gesprekscyclus.review.ReviewPhase;

/**
 * The manager records the voortgangsgesprek: the employee's self-reflection and the coordinator's input of this
 * phase above, the date of the conversation (not in the future) and the report below.
 */
class ProgressConversationForm extends Div implements ReviewFeedback {

    final DatePicker conversationDate = new DatePicker();
    final TextArea report = new TextArea();
    final FieldErrors errors = new FieldErrors();
    final Div reflections = new Div();
    final Div inputs = new Div();

    ProgressConversationForm(ReviewDossier dossier, ZoneId zone, Locale locale) {
        addClassName("review-conversation-form");
        Map<String, String> agreements = new LinkedHashMap<>();
        ReviewAgreementsColumn.lineages(dossier.resultAgreements()).forEach((lineage, versions) ->
                agreements.put(lineage, versions.get(versions.size() - 1).data().description()));

        reflections.setId("review-progress-reflections");
        reflections.add(new H4(getTranslation("review.progress.reflections")));
        if (dossier.currentReflections().isEmpty()) {
            reflections.add(new Paragraph(getTranslation("review.progress.noReflections")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("review-list");
            for (ProgressReflection r : dossier.currentReflections()) {
                Span label = new Span(agreements.getOrDefault(r.getAgreementLineage(), "?"));
                label.addClassName("review-line-label");
                ListItem item = new ListItem(label, new Span(" "), ReviewFormat.badge(
                        getTranslation("review.progress." + r.getProgressStatus().name()),
                        r.getProgressStatus().name().toLowerCase(Locale.ROOT)));
                if (!ReviewFormat.blank(r.getText())) {
                    item.add(new Paragraph(r.getText()));
                }
                list.add(item);
            }
            reflections.add(list);
        }

        inputs.setId("review-progress-inputs");
        inputs.add(new H4(getTranslation("review.progress.inputs")));
        Map<String, String> competencies = dossier.competencies().stream()
                .collect(Collectors.toMap(Competency::code, Competency::name, (x, y) -> x));
        List<CoordinatorInput> phaseInputs = dossier.coordinatorInputs().stream()
                .filter(i -> i.getPhase() == ReviewPhase.PROGRESS).toList();
        if (phaseInputs.isEmpty()) {
            inputs.add(new Paragraph(getTranslation("review.progress.noInputs")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("review-list");
            for (CoordinatorInput input : phaseInputs) {
                String about;
                if (input.getAgreementLineage() != null) {
                    about = getTranslation("review.input.aboutAgreement",
                            agreements.getOrDefault(input.getAgreementLineage(), "?"));
                } else if (input.getCompetencyCode() != null) {
                    about = getTranslation("review.input.aboutCompetency",
                            competencies.getOrDefault(input.getCompetencyCode(), input.getCompetencyCode()));
                } else {
                    about = getTranslation("review.input.general");
                }
                Span label = new Span(about);
                label.addClassName("review-line-label");
                Span meta = new Span(ReviewFormat.moment(input.getCreatedAt(), zone, locale));
                meta.addClassName("review-meta");
                list.add(new ListItem(label, new Paragraph(input.getText()), meta));
            }
            inputs.add(list);
        }

        LocalDate today = LocalDate.now(zone);
        errors.field("conversationDate", conversationDate);
        errors.field("report", report);
        errors.keepMessagesUntilNextAttempt();
        conversationDate.setLabel(getTranslation("review.progress.date"));
        conversationDate.setHelperText(getTranslation("review.progress.dateHelp"));
        VaadinTexts.datePicker(conversationDate, locale);
        conversationDate.setMax(today);
        conversationDate.setValue(today);
        conversationDate.setRequiredIndicatorVisible(true);

        report.setLabel(getTranslation("review.progress.report"));
        report.setHelperText(getTranslation("review.progress.reportHelp"));
        report.setMaxLength(AgreementRules.MAX_REPORT);
        report.setRequiredIndicatorVisible(true);
        report.setWidthFull();
        report.setMinHeight("10rem");

        add(reflections, inputs, errors, conversationDate, report);
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
