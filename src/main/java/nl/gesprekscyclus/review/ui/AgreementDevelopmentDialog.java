package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.base.ui.DatePickers;
import nl.gesprekscyclus.review.AgreementRules;
import nl.gesprekscyclus.review.DevelopmentAgreement;
import nl.gesprekscyclus.review.DevelopmentAgreementData;

/**
 * The form of one development agreement (POP) with its functieperspectief: which activities grow, which shrink,
 * and what that asks of the employee, the manager and P&O. Like the result agreement form, it stays open with
 * what was typed when the service refuses.
 */
class AgreementDevelopmentDialog extends Dialog implements ReviewFeedback {

    final TextArea goal = area("review.development.goal", AgreementRules.MAX_TEXT);
    final TextArea activities = area("review.development.activities", AgreementRules.MAX_LONG_TEXT);
    final TextArea growingActivities = area("review.development.growing", AgreementRules.MAX_TEXT);
    final TextArea shrinkingActivities = area("review.development.shrinking", AgreementRules.MAX_TEXT);
    final TextArea employeeActions = area("review.development.employeeActions", AgreementRules.MAX_TEXT);
    final TextArea managerActions = area("review.development.managerActions", AgreementRules.MAX_TEXT);
    final TextArea hrActions = area("review.development.hrActions", AgreementRules.MAX_TEXT);
    final DatePicker deadline;
    final FieldErrors errors = new FieldErrors();
    final Button save = new Button();
    private final DevelopmentAgreement editing;

    AgreementDevelopmentDialog(DevelopmentAgreement editing, Locale locale, Consumer<AgreementDevelopmentDialog> onSave) {
        this.editing = editing;
        addClassName("review-dialog");
        setHeaderTitle(getTranslation(editing == null ? "review.development.add" : "review.development.edit"));
        setWidth("min(44rem, 100vw)");
        setCloseOnOutsideClick(false);
        deadline = DatePickers.create(getTranslation("review.development.deadline"), locale);
        goal.setRequiredIndicatorVisible(true);
        goal.setHelperText(getTranslation("review.development.goalHelp"));

        errors.field("goal", goal);
        errors.field("activities", activities);
        errors.field("growingActivities", growingActivities);
        errors.field("shrinkingActivities", shrinkingActivities);
        errors.field("employeeActions", employeeActions);
        errors.field("managerActions", managerActions);
        errors.field("hrActions", hrActions);
        errors.field("deadline", deadline);
        errors.keepMessagesUntilNextAttempt();

        if (editing != null) {
            DevelopmentAgreementData d = editing.data();
            goal.setValue(AgreementDialog.nz(d.goal()));
            activities.setValue(AgreementDialog.nz(d.activities()));
            growingActivities.setValue(AgreementDialog.nz(d.growingActivities()));
            shrinkingActivities.setValue(AgreementDialog.nz(d.shrinkingActivities()));
            employeeActions.setValue(AgreementDialog.nz(d.employeeActions()));
            managerActions.setValue(AgreementDialog.nz(d.managerActions()));
            hrActions.setValue(AgreementDialog.nz(d.hrActions()));
            deadline.setValue(d.deadline());
        }

        FormLayout what = new FormLayout(goal, activities, deadline);
        what.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Paragraph perspectiveIntro = new Paragraph(getTranslation("review.development.perspectiveIntro"));
        perspectiveIntro.addClassName("review-hint");
        FormLayout perspective = new FormLayout(growingActivities, shrinkingActivities, employeeActions, managerActions,
                hrActions);
        perspective.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        perspective.setColspan(hrActions, 2);
        add(errors, what, new H3(getTranslation("review.development.perspective")), perspectiveIntro, perspective);

        save.setText(getTranslation("review.agreement.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            errors.clear();
            onSave.accept(this);
        });
        Button cancel = new Button(getTranslation("review.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    DevelopmentAgreement editing() {
        return editing;
    }

    DevelopmentAgreementData data() {
        return new DevelopmentAgreementData(AgreementDialog.trimmed(goal.getValue()),
                AgreementDialog.trimmed(activities.getValue()), AgreementDialog.trimmed(growingActivities.getValue()),
                AgreementDialog.trimmed(shrinkingActivities.getValue()),
                AgreementDialog.trimmed(employeeActions.getValue()), AgreementDialog.trimmed(managerActions.getValue()),
                AgreementDialog.trimmed(hrActions.getValue()), deadline.getValue());
    }

    @Override
    public void violations(List<Violation> violations) {
        errors.show(violations, getLocale());
    }

    @Override
    public void error(String message) {
        errors.error(message);
    }

    private TextArea area(String labelKey, int max) {
        TextArea a = new TextArea(getTranslation(labelKey));
        a.setMaxLength(max);
        a.setWidthFull();
        return a;
    }
}
