package nl.gesprekscyclus.organisation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.organisation.OrganisationService;
import nl.gesprekscyclus.organisation.UnitData;
import nl.gesprekscyclus.organisation.UnitSummary;
import org.springframework.data.domain.PageRequest;

/**
 * The form of a unit in a dialog: code (fixed once the unit exists: HR exports and stored round selections name a
 * unit by it), name, kind, the unit above, manager and deputy, indicative size and description. Rules are the
 * service's; the form shows its violations next to the fields and raises save and delete for the view to handle.
 */
class UnitForm extends Dialog {

    /** Kinds to choose from; another word may be typed (it is a label, the tree does not depend on it). */
    static final List<String> KINDS = List.of("gemeente", "directie", "afdeling", "team", "cluster");

    final TextField code = new TextField();
    final TextField name = new TextField();
    final ComboBox<String> kind = new ComboBox<>();
    final ComboBox<UnitSummary> parent = new ComboBox<>();
    final ComboBox<PersonOption> manager = new ComboBox<>();
    final ComboBox<PersonOption> deputy = new ComboBox<>();
    final BigDecimalField approximateFte = new BigDecimalField();
    final TextArea description = new TextArea();
    final Button save = new Button();
    final Button delete = new Button();
    private final Map<String, HasValidation> fields;
    private final UnitSummary unit;

    UnitForm(OrganisationService service, List<UnitSummary> units, UnitSummary unit) {
        this.unit = unit;
        setHeaderTitle(unit == null ? getTranslation("units.new") : getTranslation("units.edit", unit.name()));
        code.setLabel(getTranslation("unit.code"));
        code.setMaxLength(UnitData.MAX_CODE);
        code.setHelperText(getTranslation(unit == null ? "unit.codeHelp" : "unit.codeFixed"));
        code.setRequiredIndicatorVisible(true);
        code.setReadOnly(unit != null);
        name.setLabel(getTranslation("unit.name"));
        name.setMaxLength(UnitData.MAX_NAME);
        name.setRequiredIndicatorVisible(true);
        kind.setLabel(getTranslation("unit.kind"));
        Set<String> kinds = new LinkedHashSet<>(KINDS);
        units.forEach(u -> kinds.add(u.kind()));
        kind.setItems(new ArrayList<>(kinds));
        kind.setAllowCustomValue(true);
        kind.addCustomValueSetListener(e -> {
            kinds.add(e.getDetail());
            kind.setItems(new ArrayList<>(kinds));
            kind.setValue(e.getDetail());
        });
        kind.setRequiredIndicatorVisible(true);
        parent.setLabel(getTranslation("unit.parent"));
        // never the unit itself; a sub-unit is refused by the service with the circle named
        parent.setItems(units.stream().filter(u -> unit == null || !u.id().equals(unit.id())).toList());
        parent.setItemLabelGenerator(UnitSummary::name);
        parent.setClearButtonVisible(true);
        parent.setHelperText(getTranslation("unit.parentHelp"));
        for (ComboBox<PersonOption> person : List.of(manager, deputy)) {
            person.setItemLabelGenerator(PersonOption::label);
            person.setClearButtonVisible(true);
            person.setItems(q -> service.employees(q.getFilter().orElse(""), PageRequest.of(q.getPage(), q.getPageSize()))
                    .stream().map(PersonOption::of));
        }
        manager.setLabel(getTranslation("unit.manager"));
        manager.setRequiredIndicatorVisible(true);
        manager.setHelperText(getTranslation("unit.managerHelp"));
        deputy.setLabel(getTranslation("unit.deputy"));
        deputy.setHelperText(getTranslation("unit.deputyHelp"));
        approximateFte.setLabel(getTranslation("unit.approximateFte"));
        description.setLabel(getTranslation("unit.description"));
        description.setMaxLength(UnitData.MAX_DESCRIPTION);
        if (unit != null) {
            code.setValue(unit.code());
            name.setValue(unit.name());
            kind.setValue(unit.kind());
            parent.setValue(units.stream().filter(u -> u.code().equals(unit.parentCode())).findFirst().orElse(null));
            manager.setValue(PersonOption.ofNullable(unit.managerNumber(), unit.managerName()));
            deputy.setValue(PersonOption.ofNullable(unit.deputyNumber(), unit.deputyName()));
            approximateFte.setValue(unit.approximateFte());
            description.setValue(unit.description() == null ? "" : unit.description());
        } else {
            kind.setValue("afdeling");
        }
        FormLayout form = new FormLayout(code, name, kind, parent, manager, deputy, approximateFte, description);
        form.setColspan(description, 2);
        add(form);
        fields = Map.of("code", code, "name", name, "kind", kind, "parent", parent, "manager", manager,
                "deputy", deputy, "approximateFte", approximateFte, "description", description);
        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        delete.setText(getTranslation("units.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.setVisible(unit != null);
        getFooter().add(delete, new Button(getTranslation("common.cancel"), e -> close()), save);
        setWidth("min(56rem, 95vw)");
    }

    /** The data as typed. */
    UnitData data() {
        return new UnitData(code.getValue(), name.getValue(), kind.getValue(),
                parent.getValue() == null ? null : parent.getValue().code(),
                manager.getValue() == null ? null : manager.getValue().personnelNumber(),
                deputy.getValue() == null ? null : deputy.getValue().personnelNumber(), approximateFte.getValue(),
                description.getValue());
    }

    void onSave(Consumer<UnitData> listener) {
        save.addClickListener(e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            listener.accept(data());
        });
    }

    void onDelete(Runnable listener) {
        if (unit != null) {
            delete.addClickListener(e -> listener.run());
        }
    }

    /** Puts each violation next to its field; returns those that belong to no field. */
    List<Violation> showErrors(List<Violation> violations) {
        List<Violation> other = new ArrayList<>();
        for (Violation v : violations) {
            HasValidation f = fields.get(v.field());
            if (f == null) {
                other.add(v);
            } else {
                f.setErrorMessage(v.message(getLocale()));
                f.setInvalid(true);
            }
        }
        return other;
    }
}
