package nl.gesprekscyclus.checkin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.HasValidation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import nl.gesprekscyclus.base.ui.DatePickers;
import nl.gesprekscyclus.base.ui.FieldViolations;
import nl.gesprekscyclus.checkin.ActionOwner;
import nl.gesprekscyclus.checkin.AgreementProgress;
import nl.gesprekscyclus.checkin.CheckInData;
import nl.gesprekscyclus.checkin.CheckInValidationException;
import nl.gesprekscyclus.checkin.CheckInView;
import nl.gesprekscyclus.checkin.CheckIns;

/**
 * "Gesprek vastleggen": date, who took part, topics, how the agreements it touched stand, follow-up actions, and the
 * writer's private note (which says who reads it: only the writer). A broken rule is shown at its field and nothing
 * is stored; the dialog stays open.
 */
class CheckInDialog extends Dialog {

    final DatePicker date;
    final TextField participants = new TextField();
    final TextArea topics = new TextArea();
    final Map<String, Select<AgreementProgress>> agreements = new LinkedHashMap<>();
    final List<ActionRow> actions = new ArrayList<>();
    final TextArea privateNote = new TextArea();
    final Button addAction = new Button();
    final Button save = new Button();
    final Button cancel = new Button();
    private final Div actionRows = new Div();
    private final Locale locale;

    /** One follow-up action's fields. */
    final class ActionRow extends Div {
        final TextField text = new TextField(getTranslation("checkin.action.text"));
        final Select<ActionOwner> owner = new Select<>();
        final DatePicker due;

        ActionRow(int index, CheckIns checkIns) {
            addClassName("checkin-action-row");
            text.setId("checkin-action-text-" + index);
            text.setMaxLength(nl.gesprekscyclus.checkin.CheckInRules.MAX_ACTION);
            owner.setLabel(getTranslation("checkin.action.owner"));
            owner.setId("checkin-action-owner-" + index);
            owner.setItems(ActionOwner.values());
            owner.setItemLabelGenerator(o -> o == ActionOwner.EMPLOYEE ? checkIns.employeeName()
                    : checkIns.managerName() == null ? getTranslation("checkin.owner.MANAGER") : checkIns.managerName());
            due = DatePickers.create(getTranslation("checkin.action.due"), locale);
            due.setId("checkin-action-due-" + index);
            add(text, owner, due);
        }

        CheckInData.Action value() {
            return new CheckInData.Action(text.getValue(), owner.getValue(), due.getValue());
        }
    }

    CheckInDialog(CheckIns checkIns, Clock clock, Locale locale, Consumer<CheckInData> onSave) {
        this.locale = locale;
        setHeaderTitle(getTranslation("checkin.dialog.title"));
        setId("checkin-dialog");
        date = DatePickers.create(getTranslation("checkin.date"), locale);
        date.setId("checkin-date");
        date.setRequiredIndicatorVisible(true);
        LocalDate today = LocalDate.now(clock);
        // said rather than enforced by the picker: a typed date out of range gets the service's own message
        date.setHelperText(getTranslation("checkin.date.help", String.valueOf(checkIns.year())));
        date.setValue(today.getYear() == checkIns.year() ? today : null);
        participants.setLabel(getTranslation("checkin.participants"));
        participants.setId("checkin-participants");
        participants.setRequiredIndicatorVisible(true);
        participants.setValue(String.join(", ", java.util.stream.Stream.of(checkIns.employeeName(),
                checkIns.managerName()).filter(java.util.Objects::nonNull).toList()));
        topics.setLabel(getTranslation("checkin.topics"));
        topics.setId("checkin-topics");
        topics.setRequiredIndicatorVisible(true);
        topics.setMaxLength(nl.gesprekscyclus.checkin.CheckInRules.MAX_TOPICS);
        Div fields = new Div(date, participants, topics);
        fields.addClassName("checkin-fields");
        add(fields);

        if (!checkIns.agreements().isEmpty()) {
            add(new H3(getTranslation("checkin.agreements")));
            add(new Paragraph(getTranslation("checkin.agreements.help")));
            int i = 0;
            for (CheckInView.Agreement a : checkIns.agreements()) {
                Select<AgreementProgress> status = new Select<>();
                status.setLabel(a.description());
                status.setId("checkin-agreement-" + i++);
                status.setItems(AgreementProgress.values());
                status.setEmptySelectionAllowed(true);
                status.setEmptySelectionCaption(getTranslation("checkin.agreement.notDiscussed"));
                status.setItemLabelGenerator(s -> s == null ? getTranslation("checkin.agreement.notDiscussed")
                        : getTranslation("checkin.status." + s.name()));
                agreements.put(a.lineage(), status);
                add(status);
            }
        }

        add(new H3(getTranslation("checkin.actions")));
        add(actionRows);
        addAction.setText(getTranslation("checkin.action.add"));
        addAction.setId("checkin-action-add");
        addAction.addClickListener(e -> {
            ActionRow row = new ActionRow(actions.size(), checkIns);
            actions.add(row);
            actionRows.add(row);
        });
        add(addAction);

        privateNote.setLabel(getTranslation("checkin.privateNote"));
        privateNote.setId("checkin-private-note");
        privateNote.setHelperText(getTranslation("checkin.privateNote.help"));
        privateNote.setMaxLength(nl.gesprekscyclus.checkin.CheckInRules.MAX_NOTE);
        add(privateNote);

        save.setText(getTranslation("checkin.save"));
        save.setId("checkin-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            FieldViolations.clear(fields());
            try {
                onSave.accept(value());
                close();
            } catch (CheckInValidationException ex) {
                FieldViolations.show(fields(), ex.violations(), locale);
            }
        });
        cancel.setText(getTranslation("checkin.cancel"));
        cancel.setId("checkin-cancel");
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, save);
    }

    CheckInData value() {
        List<CheckInData.Touched> touched = new ArrayList<>();
        agreements.forEach((lineage, status) -> {
            if (status.getValue() != null) {
                touched.add(new CheckInData.Touched(lineage, status.getValue()));
            }
        });
        return new CheckInData(date.getValue(), participants.getValue(), topics.getValue(), touched,
                actions.stream().map(ActionRow::value).toList(), privateNote.getValue());
    }

    /** The fields by the names of the service's violations; an action's carry its place ({@code actionDue.1}). */
    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("heldOn", date);
        fields.put("participants", participants);
        fields.put("topics", topics);
        fields.put("privateNote", privateNote);
        for (int i = 0; i < actions.size(); i++) {
            fields.put("actionText." + i, actions.get(i).text);
            fields.put("actionOwner." + i, actions.get(i).owner);
            fields.put("actionDue." + i, actions.get(i).due);
        }
        return fields;
    }
}
