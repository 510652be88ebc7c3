package nl.gesprekscyclus.calibration.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.gesprekscyclus.base.InvalidInputException;
import nl.gesprekscyclus.base.ui.ErrorNotifications;
import nl.gesprekscyclus.base.ui.FieldViolations;

/**
 * One change in a session, always with a reason: "Verplaatsen" (prestatie and potentieel) or "Oordeel voorstellen"
 * (an overall judgement). The choices are code → label; the action gets the chosen codes and the reason.
 */
class ChangeDialog extends Dialog {

    /** What the dialog saves: the chosen codes (in the order of the selects) and the reason. */
    interface Action {
        void save(List<String> codes, String reason);
    }

    final List<Select<String>> choices;
    final TextArea reason = new TextArea();
    final Button save = new Button();

    ChangeDialog(String title, Map<String, Map<String, String>> selects, Action action, Runnable saved) {
        setHeaderTitle(title);
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        choices = selects.entrySet().stream().map(s -> {
            Select<String> select = new Select<>();
            select.setLabel(getTranslation("calibration.dialog." + s.getKey()));
            select.setItems(List.copyOf(s.getValue().keySet()));
            select.setItemLabelGenerator(c -> s.getValue().getOrDefault(c, c));
            fields.put(s.getKey(), select);
            add(select);
            return select;
        }).toList();
        reason.setLabel(getTranslation("calibration.dialog.reason"));
        reason.setRequired(true);
        reason.setMaxLength(1000);
        reason.setWidthFull();
        fields.put("reason", reason);
        add(reason);
        save.setText(getTranslation("calibration.dialog.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            FieldViolations.clear(fields);
            try {
                action.save(choices.stream().map(Select::getValue).toList(), reason.getValue());
                ErrorNotifications.success(getTranslation("calibration.saved"));
                close();
                saved.run();
            } catch (InvalidInputException ex) {
                FieldViolations.show(fields, ex.violations(), getLocale());
            }
        });
        getFooter().add(new Button(getTranslation("calibration.dialog.cancel"), e -> close()), save);
    }
}
