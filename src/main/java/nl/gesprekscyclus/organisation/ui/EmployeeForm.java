package nl.gesprekscyclus.organisation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.base.ui.DatePickers;
import nl.gesprekscyclus.functionbook.JobTitle;
import nl.gesprekscyclus.organisation.EmployeeData;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.organisation.OrganisationService;
import nl.gesprekscyclus.organisation.UnitSummary;
import org.springframework.data.domain.PageRequest;

/**
 * The fields of an employee. Rules are the service's; this form shows its violations next to the fields. The manager
 * field is for a manager set for this person only ("afwijkend"); left empty, the manager follows from the unit, and
 * the field's helper text names who that is.
 */
class EmployeeForm extends FormLayout {

    final TextField personnelNumber = new TextField();
    final TextField firstName = new TextField();
    final TextField namePrefix = new TextField();
    final TextField lastName = new TextField();
    final EmailField email = new EmailField();
    final ComboBox<JobTitle> jobTitle = new ComboBox<>();
    final ComboBox<UnitSummary> unit = new ComboBox<>();
    final ComboBox<PersonOption> manager = new ComboBox<>();
    final ComboBox<PersonOption> coordinator = new ComboBox<>();
    final Checkbox coordinationModule = new Checkbox();
    final DatePicker startDate;
    final Checkbox active = new Checkbox();
    private final Map<String, HasValidation> fieldsByName;
    private final OrganisationService service;
    /** Set to "nobody" for this person (only migration V18 does that); saving lets the unit decide again. */
    private boolean setToNobody;

    EmployeeForm(OrganisationService service) {
        this.service = service;
        startDate = DatePickers.create(getTranslation("employee.startDate"), getLocale());
        label(personnelNumber, "employee.personnelNumber", EmployeeData.MAX_PERSONNEL_NUMBER, true);
        label(firstName, "employee.firstName", EmployeeData.MAX_FIRST_NAME, true);
        label(namePrefix, "employee.namePrefix", EmployeeData.MAX_NAME_PREFIX, false);
        label(lastName, "employee.lastName", EmployeeData.MAX_LAST_NAME, true);
        email.setLabel(getTranslation("employee.email"));
        email.setMaxLength(EmployeeData.MAX_EMAIL);
        email.setRequiredIndicatorVisible(true);
        email.setErrorMessage(getTranslation("employee.error.email"));

        List<JobTitle> titles = service.jobTitles();
        jobTitle.setLabel(getTranslation("employee.jobTitle"));
        jobTitle.setItems(titles);
        jobTitle.setItemLabelGenerator(t -> t.name() + " (" + getTranslation("functionBook.scale", t.scale()) + ")");
        jobTitle.setRequiredIndicatorVisible(true);

        unit.setLabel(getTranslation("employee.unit"));
        unit.setItems(service.units());
        unit.setItemLabelGenerator(UnitSummary::name);
        unit.setRequiredIndicatorVisible(true);
        unit.addValueChangeListener(e -> showManagerFromUnit());

        for (ComboBox<PersonOption> person : List.of(manager, coordinator)) {
            person.setItemLabelGenerator(PersonOption::label);
            person.setClearButtonVisible(true);
            person.setItems(q -> service.employees(q.getFilter().orElse(""), PageRequest.of(q.getPage(), q.getPageSize()))
                    .stream().map(PersonOption::of));
        }
        manager.setLabel(getTranslation("employee.managerOverride"));
        manager.addValueChangeListener(e -> showManagerFromUnit());
        coordinator.setLabel(getTranslation("employee.coordinator"));
        coordinator.setHelperText(getTranslation("employee.coordinatorHelp"));
        coordinationModule.setLabel(getTranslation("employee.coordinationModule"));
        startDate.setRequiredIndicatorVisible(true);
        active.setLabel(getTranslation("employee.active"));

        add(personnelNumber, firstName, namePrefix, lastName, email, jobTitle, unit, manager, coordinator,
                startDate, coordinationModule, active);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
        fieldsByName = Map.ofEntries(Map.entry("personnelNumber", personnelNumber), Map.entry("firstName", firstName),
                Map.entry("namePrefix", namePrefix), Map.entry("lastName", lastName), Map.entry("email", email),
                Map.entry("jobTitle", jobTitle), Map.entry("unit", unit), Map.entry("manager", manager),
                Map.entry("coordinator", coordinator), Map.entry("startDate", startDate));
    }

    private void label(TextField field, String key, int max, boolean required) {
        field.setLabel(getTranslation(key));
        field.setMaxLength(max);
        field.setRequiredIndicatorVisible(required);
    }

    void read(EmployeeSummary e) {
        clearErrors();
        setToNobody = e != null && e.managerOverride() && e.managerNumber() == null;
        if (e == null) {
            personnelNumber.clear();
            firstName.clear();
            namePrefix.clear();
            lastName.clear();
            email.clear();
            jobTitle.clear();
            unit.clear();
            manager.clear();
            coordinator.clear();
            coordinationModule.setValue(false);
            startDate.clear();
            active.setValue(true);
            return;
        }
        personnelNumber.setValue(e.personnelNumber());
        firstName.setValue(e.firstName());
        namePrefix.setValue(e.namePrefix() == null ? "" : e.namePrefix());
        lastName.setValue(e.lastName());
        email.setValue(e.email());
        jobTitle.setValue(jobTitle.getListDataView().getItems().filter(t -> t.code().equals(e.jobTitleCode()))
                .findFirst().orElse(null));
        unit.setValue(unit.getListDataView().getItems().filter(c -> c.code().equals(e.unitCode()))
                .findFirst().orElse(null));
        manager.setValue(e.managerOverride() ? PersonOption.ofNullable(e.managerNumber(), e.managerName()) : null);
        coordinator.setValue(PersonOption.ofNullable(e.coordinatorNumber(), e.coordinatorName()));
        coordinationModule.setValue(e.coordinationModule());
        startDate.setValue(e.startDate());
        active.setValue(e.active());
    }

    EmployeeData data() {
        return new EmployeeData(personnelNumber.getValue(), firstName.getValue(), namePrefix.getValue(),
                lastName.getValue(), email.getValue(),
                jobTitle.getValue() == null ? null : jobTitle.getValue().code(),
                unit.getValue() == null ? null : unit.getValue().code(),
                manager.getValue() == null ? null : manager.getValue().personnelNumber(),
                coordinator.getValue() == null ? null : coordinator.getValue().personnelNumber(),
                coordinationModule.getValue(), startDate.getValue(), active.getValue());
    }

    /** Under the manager field: who the unit gives as manager while none is set for this person. */
    private void showManagerFromUnit() {
        if (manager.getValue() != null) {
            manager.setHelperText(getTranslation("employee.managerOverrideSet"));
            return;
        }
        String number = personnelNumber.getValue() == null || personnelNumber.getValue().isBlank() ? null
                : personnelNumber.getValue().strip();
        String fromUnit = unit.getValue() == null ? getTranslation("employee.managerFromUnitNone")
                : service.managerFromUnit(unit.getValue().code(), number)
                        .map(m -> getTranslation("employee.managerFromUnit", PersonOption.of(m).label()))
                        .orElse(getTranslation("employee.managerFromUnitNobody"));
        manager.setHelperText(setToNobody ? getTranslation("employee.managerSetToNobody") + " " + fromUnit : fromUnit);
    }

    /** Puts each violation next to its field; returns those that belong to no field. */
    List<Violation> showErrors(List<Violation> violations) {
        clearErrors();
        List<Violation> other = new java.util.ArrayList<>();
        for (Violation v : violations) {
            HasValidation field = fieldsByName.get(v.field());
            if (field == null) {
                other.add(v);
            } else {
                field.setErrorMessage(v.message(getLocale()));
                field.setInvalid(true);
            }
        }
        if (!violations.isEmpty()) {
            fieldsByName.values().stream().filter(HasValidation::isInvalid).findFirst()
                    .ifPresent(f -> ((Component) f).getElement().callJsFunction("focus"));
        }
        return other;
    }

    void clearErrors() {
        fieldsByName.values().forEach(f -> f.setInvalid(false));
    }
}
