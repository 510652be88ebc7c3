package nl.gesprekscyclus.calibration.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import nl.gesprekscyclus.base.ui.FieldViolations;
import nl.gesprekscyclus.calibration.CalibrationService;
import nl.gesprekscyclus.calibration.CalibrationValidationException;
import nl.gesprekscyclus.vlootschouw.VlootschouwService.UnitOption;

/** HR opens a session: name, year, date and the units (each with its sub-units). Broken rules show at their field. */
class SessionDialog extends Dialog {

    final TextField name = new TextField();
    final IntegerField year = new IntegerField();
    final DatePicker date = new DatePicker();
    final MultiSelectComboBox<UnitOption> units = new MultiSelectComboBox<>();
    final Button save = new Button();

    SessionDialog(CalibrationService service, List<UnitOption> unitOptions, LocalDate today, LongConsumer opened) {
        setHeaderTitle(getTranslation("calibration.new"));
        name.setLabel(getTranslation("calibration.dialog.name"));
        name.setRequired(true);
        name.setMaxLength(200);
        year.setLabel(getTranslation("calibration.dialog.year"));
        // this year and today, as HR mostly opens the session on the day it is held; both can be changed
        year.setValue(today.getYear());
        date.setLabel(getTranslation("calibration.dialog.date"));
        date.setValue(today);
        units.setLabel(getTranslation("calibration.dialog.units"));
        units.setItems(unitOptions);
        units.setItemLabelGenerator(UnitOption::name);
        units.setWidthFull();
        add(name, year, date, units);
        save.setText(getTranslation("calibration.dialog.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            Map<String, HasValidation> fields = Map.of("name", name, "year", year, "date", date, "units", units);
            FieldViolations.clear(fields);
            try {
                long id = service.open(name.getValue(), year.getValue() == null ? 0 : year.getValue(),
                        date.getValue(), units.getSelectedItems().stream().map(UnitOption::id).toList()).id();
                close();
                opened.accept(id);
            } catch (CalibrationValidationException ex) {
                FieldViolations.show(fields, ex.violations(), getLocale());
            }
        });
        getFooter().add(new Button(getTranslation("calibration.dialog.cancel"), e -> close()), save);
    }
}
