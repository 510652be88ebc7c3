package nl.gesprekscyclus.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.gesprekscyclus.base.ConcurrentChangeException;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.base.i18n.DateFormats;
import nl.gesprekscyclus.base.ui.ErrorNotifications;
import nl.gesprekscyclus.base.ui.MainLayout;
import nl.gesprekscyclus.functionbook.JobTitle;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.organisation.EmployeeValidationException;
import nl.gesprekscyclus.organisation.OrganisationService;
import nl.gesprekscyclus.security.Roles;

/** "Medewerkers": the functioneel beheerder sees, searches and edits every employee. */
@Route(value = "beheer/medewerkers", layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
public class EmployeesView extends Main implements HasDynamicTitle {


    private final OrganisationService service;
    final TextField filter = new TextField();
    final Grid<EmployeeSummary> grid = new Grid<>(EmployeeSummary.class, false);

    public EmployeesView(OrganisationService service) {
        this.service = service;
        addClassName("page");
        add(new H1(getPageTitle()));

        filter.setLabel(getTranslation("employees.filter"));
        filter.setPlaceholder(getTranslation("employees.filterPlaceholder"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setMaxLength(100);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Button add = new Button(getTranslation("employees.new"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(filter, add);
        toolbar.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        toolbar.setWidthFull();
        toolbar.setFlexGrow(1, filter);
        add(toolbar);

        grid.addColumn(EmployeeSummary::personnelNumber).setHeader(getTranslation("employee.personnelNumber"))
                .setSortProperty("personnelNumber").setAutoWidth(true);
        grid.addColumn(EmployeeSummary::fullName).setHeader(getTranslation("employee.name"))
                .setSortProperty("lastName", "firstName").setFlexGrow(2);
        Map<String, String> titles = service.jobTitles().stream()
                .collect(Collectors.toMap(JobTitle::code, JobTitle::name));
        grid.addColumn(e -> titles.getOrDefault(e.jobTitleCode(), e.jobTitleCode()))
                .setHeader(getTranslation("employee.jobTitle")).setSortProperty("jobTitleCode").setFlexGrow(2);
        grid.addColumn(EmployeeSummary::unitName).setHeader(getTranslation("employee.unit"))
                .setSortProperty("unit.name").setFlexGrow(2);
        grid.addColumn(EmployeeSummary::coordinatorName).setHeader(getTranslation("employee.coordinator")).setFlexGrow(2);
        grid.addColumn(e -> DateFormats.shortDay(e.startDate(), getLocale())).setHeader(getTranslation("employee.startDate"))
                .setSortProperty("startDate").setAutoWidth(true);
        grid.addColumn(e -> getTranslation(e.active() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("employee.active")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getPageTitle());
        grid.setItems(q -> service.employees(filter.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
        grid.addItemClickListener(e -> edit(e.getItem()));
        grid.setHeight("70vh");
        add(grid);
    }

    /** Opens the form for an employee, or for a new one when {@code employee} is null. */
    void edit(EmployeeSummary employee) {
        EmployeeSummary fresh = employee == null ? null : service.employee(employee.id());
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(fresh == null ? getTranslation("employees.new")
                : getTranslation("employees.edit", fresh.fullName()));
        EmployeeForm form = new EmployeeForm(service);
        form.read(fresh);
        dialog.add(form);
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                service.saveEmployee(fresh == null ? null : fresh.id(), fresh == null ? null : fresh.version(), form.data());
                dialog.close();
                grid.getDataProvider().refreshAll();
                ErrorNotifications.success(getTranslation("employees.saved", form.data().firstName() + " "
                        + form.data().lastName()));
            } catch (EmployeeValidationException ex) {
                List<Violation> other = form.showErrors(ex.violations());
                if (!other.isEmpty()) {
                    ErrorNotifications.error(other.stream().map(v -> v.message(getLocale()))
                            .collect(Collectors.joining(" ")));
                }
            } catch (ConcurrentChangeException ex) {
                ErrorNotifications.error(getTranslation("common.concurrentChange"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-employee");
        Button cancel = new Button(getTranslation("common.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, save);
        dialog.setWidth("min(56rem, 95vw)");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("employees.title");
    }
}
