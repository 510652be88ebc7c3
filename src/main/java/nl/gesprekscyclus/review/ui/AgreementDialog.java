package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.base.ui.DatePickers;
import nl.gesprekscyclus.functionbook.JobProfile;
import nl.gesprekscyclus.review.AgreementRules;
import nl.gesprekscyclus.review.ResultAgreement;
import nl.gesprekscyclus.review.ResultAgreementData;
import nl.gesprekscyclus.review.ReviewDates;
import nl.gesprekscyclus.review.ReviewRole;

/**
 * The form of one result agreement (new or a draft being edited): a resultaatgebied from the normfunctie or one of
 * the roles the employee fills in the review's year (chosen, never typed; choosing one clears the other), what, the
 * measurable criterion, deadline and weight. An agreement of before V22 shows the free text its old "rol" field had,
 * read-only, and keeps it. The rules are the service's: what it refuses comes back next to the field, and the dialog
 * stays open with everything that was typed.
 */
class AgreementDialog extends Dialog implements ReviewFeedback {

    final Select<String> resultArea = new Select<>();
    final TextArea description = new TextArea();
    final TextArea criterion = new TextArea();
    final DatePicker deadline;
    final IntegerField weight = new IntegerField();
    /** The role the agreement is linked to instead of a resultaatgebied; shown only when the employee has roles. */
    final Select<String> role = new Select<>();
    final FieldErrors errors = new FieldErrors();
    final Button save = new Button();
    final Button cancel = new Button();
    private final ResultAgreement editing;

    /**
     * @param editing   the draft to change, or null for a new agreement
     * @param areaCode  the resultaatgebied to propose for a new agreement ("role:" and a code: the role), or null
     */
    AgreementDialog(List<JobProfile.ResultArea> areas, List<ReviewRole> roles, ReviewDates dates,
            ResultAgreement editing, String areaCode, Locale locale, Consumer<AgreementDialog> onSave) {
        this.editing = editing;
        addClassName("review-dialog");
        setHeaderTitle(getTranslation(editing == null ? "review.agreement.add" : "review.agreement.edit"));
        setWidth("min(44rem, 100vw)");
        setCloseOnOutsideClick(false);

        Map<String, String> names = areas.stream().collect(Collectors.toMap(JobProfile.ResultArea::code,
                JobProfile.ResultArea::name, (a, b) -> a, LinkedHashMap::new));
        resultArea.setLabel(getTranslation("review.agreement.resultArea"));
        resultArea.setItems(new ArrayList<>(names.keySet()));
        resultArea.setItemLabelGenerator(code -> names.getOrDefault(code, code));
        resultArea.setPlaceholder(getTranslation("review.agreement.resultAreaPlaceholder"));
        // no required indicator: Vaadin's select puts aria-required on a button, which axe reports; the service
        // still asks for an area when none is chosen
        resultArea.setHelperText(getTranslation("review.agreement.resultAreaHelp"));
        resultArea.setWidthFull();
        resultArea.setId("review-agreement-result-area");

        Map<String, String> roleNames = roles.stream().collect(Collectors.toMap(ReviewRole::code, ReviewRole::name,
                (a, b) -> a, LinkedHashMap::new));
        role.setLabel(getTranslation("review.agreement.roleChoice"));
        role.setItems(new ArrayList<>(roleNames.keySet()));
        // null is the empty choice ("Geen rol"), whose caption the select sets itself
        role.setItemLabelGenerator(code -> code == null ? "" : roleNames.getOrDefault(code, code));
        role.setPlaceholder(getTranslation("review.agreement.rolePlaceholder"));
        role.setHelperText(getTranslation("review.agreement.roleHelp"));
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("review.agreement.noRole"));
        role.setWidthFull();
        role.setId("review-agreement-role");
        role.setVisible(!roleNames.isEmpty());
        // one link: a resultaatgebied or a role
        resultArea.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                role.clear();
            }
        });
        role.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                resultArea.clear();
            }
        });

        description.setLabel(getTranslation("review.agreement.description"));
        description.setHelperText(getTranslation("review.agreement.descriptionHelp"));
        description.setMaxLength(AgreementRules.MAX_TEXT);
        description.setRequiredIndicatorVisible(true);
        criterion.setLabel(getTranslation("review.agreement.criterion"));
        criterion.setHelperText(getTranslation("review.agreement.criterionHelp"));
        criterion.setMaxLength(AgreementRules.MAX_TEXT);
        criterion.setRequiredIndicatorVisible(true);

        deadline = DatePickers.create(getTranslation("review.agreement.deadline"), locale);
        deadline.setHelperText(getTranslation("review.agreement.deadlineHelp", ReviewFormat.date(dates.periodStart(), locale),
                ReviewFormat.date(dates.periodEnd(), locale)));
        deadline.setMin(dates.periodStart());
        deadline.setMax(dates.periodEnd());

        weight.setLabel(getTranslation("review.agreement.weight"));
        weight.setHelperText(getTranslation("review.agreement.weightHelp"));
        weight.setMin(1);
        weight.setMax(100);
        weight.setStepButtonsVisible(true);

        errors.field("resultArea", resultArea);
        errors.field("description", description);
        errors.field("criterion", criterion);
        errors.field("deadline", deadline);
        errors.field("weight", weight);
        errors.keepMessagesUntilNextAttempt();

        Paragraph oldText = null;
        if (editing != null) {
            ResultAgreementData d = editing.data();
            resultArea.setValue(names.containsKey(d.resultArea()) ? d.resultArea() : null);
            role.setValue(roleNames.containsKey(d.roleCode()) ? d.roleCode() : null);
            description.setValue(nz(d.description()));
            criterion.setValue(nz(d.criterion()));
            deadline.setValue(d.deadline());
            weight.setValue(d.weight());
            if (!ReviewFormat.blank(d.workRole())) {
                oldText = new Paragraph(getTranslation("review.agreement.oldRoleText", d.workRole()));
                oldText.setId("review-agreement-old-role");
                oldText.addClassName("review-hint");
            }
        } else if (areaCode != null && names.containsKey(areaCode)) {
            resultArea.setValue(areaCode);
        } else if (areaCode != null && areaCode.startsWith(ReviewAgreementsColumn.ROLE)
                && roleNames.containsKey(areaCode.substring(ReviewAgreementsColumn.ROLE.length()))) {
            role.setValue(areaCode.substring(ReviewAgreementsColumn.ROLE.length()));
        }

        FormLayout form = new FormLayout(resultArea, role, description, criterion, deadline, weight);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.setColspan(resultArea, 2);
        form.setColspan(role, 2);
        form.setColspan(description, 2);
        form.setColspan(criterion, 2);
        add(errors, form);
        if (oldText != null) {
            add(oldText);
        }

        save.setText(getTranslation("review.agreement.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            errors.clear();
            onSave.accept(this);
        });
        cancel.setText(getTranslation("review.cancel"));
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, save);
    }

    /** The agreement being edited, or null for a new one. */
    ResultAgreement editing() {
        return editing;
    }

    ResultAgreementData data() {
        // the old free text is never typed any more; a version made from an old agreement carries it on
        return new ResultAgreementData(resultArea.getValue(), editing == null ? null : editing.data().workRole(),
                trimmed(description.getValue()), trimmed(criterion.getValue()), deadline.getValue(), weight.getValue(),
                role.getValue());
    }

    @Override
    public void violations(List<Violation> violations) {
        errors.show(violations, getLocale());
    }

    @Override
    public void error(String message) {
        errors.error(message);
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Blank becomes null (an empty optional field is no value); text is kept as typed otherwise. */
    static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
