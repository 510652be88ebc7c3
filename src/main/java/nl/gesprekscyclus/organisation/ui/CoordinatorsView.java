package nl.gesprekscyclus.organisation.ui;

import nl.gesprekscyclus.base.ui.ConfirmDialogs;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.gesprekscyclus.base.ui.ErrorNotifications;
import nl.gesprekscyclus.base.ui.MainLayout;
import nl.gesprekscyclus.organisation.CoordinatorSummary;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.organisation.EmployeeValidationException;
import nl.gesprekscyclus.organisation.OrganisationService;
import nl.gesprekscyclus.organisation.UnitSummary;
import nl.gesprekscyclus.security.Roles;

/**
 * "Coördinatie": who holds the coördinatiemodule and whom they coordinate. The people of a whole unit (its own, not
 * those of its sub-units) can be given to a coordinator at once; single changes go through the employee form.
 */
@Route(value = "beheer/coordinatie", layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
public class CoordinatorsView extends Main implements HasDynamicTitle {

    private final OrganisationService service;
    final Grid<CoordinatorSummary> coordinators = new Grid<>(CoordinatorSummary.class, false);
    final Grid<EmployeeSummary> colleagues = new Grid<>(EmployeeSummary.class, false);
    final ComboBox<UnitSummary> unit = new ComboBox<>();
    final Button assign = new Button();
    private final H2 colleaguesTitle = new H2();

    public CoordinatorsView(OrganisationService service) {
        this.service = service;
        addClassName("page");
        add(new H1(getPageTitle()), new Paragraph(getTranslation("coordinators.intro")));

        coordinators.addColumn(c -> c.coordinator().fullName()).setHeader(getTranslation("employee.name")).setFlexGrow(2);
        coordinators.addColumn(c -> c.coordinator().unitName()).setHeader(getTranslation("employee.unit"));
        coordinators.addColumn(CoordinatorSummary::coordinatedColleagues)
                .setHeader(getTranslation("coordinators.colleagues"));
        coordinators.setAllRowsVisible(true);
        coordinators.setAriaLabel(getPageTitle());
        coordinators.asSingleSelect().addValueChangeListener(e -> showColleagues(e.getValue()));

        unit.setLabel(getTranslation("coordinators.assignUnit"));
        unit.setItems(service.units());
        unit.setItemLabelGenerator(UnitSummary::name);
        assign.setText(getTranslation("coordinators.assign"));
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assign.setEnabled(false);
        unit.addValueChangeListener(e -> assign.setEnabled(e.getValue() != null
                && coordinators.asSingleSelect().getValue() != null));
        assign.addClickListener(e -> confirmAssign());
        HorizontalLayout actions = new HorizontalLayout(unit, assign);
        actions.setAlignItems(HorizontalLayout.Alignment.BASELINE);

        colleagues.addColumn(EmployeeSummary::fullName).setHeader(getTranslation("employee.name")).setFlexGrow(2);
        colleagues.addColumn(EmployeeSummary::jobTitleCode).setHeader(getTranslation("employee.jobTitle"));
        colleagues.addColumn(EmployeeSummary::unitName).setHeader(getTranslation("employee.unit"));
        colleagues.setAllRowsVisible(true);
        colleagues.setAriaLabel(getTranslation("coordinators.colleagues"));
        add(coordinators, colleaguesTitle, actions, colleagues);
        refresh();
    }

    private void refresh() {
        CoordinatorSummary selected = coordinators.asSingleSelect().getValue();
        var items = service.coordinators();
        coordinators.setItems(items);
        if (selected != null) {
            items.stream().filter(c -> c.coordinator().id().equals(selected.coordinator().id())).findFirst()
                    .ifPresent(c -> coordinators.asSingleSelect().setValue(c));
        } else {
            showColleagues(null);
        }
    }

    private void showColleagues(CoordinatorSummary c) {
        colleaguesTitle.setText(c == null ? getTranslation("coordinators.select")
                : getTranslation("coordinators.colleaguesOf", c.coordinator().fullName()));
        colleagues.setItems(c == null ? java.util.List.of() : service.coordinatedBy(c.coordinator().id()));
        assign.setEnabled(c != null && unit.getValue() != null);
    }

    private void confirmAssign() {
        CoordinatorSummary c = coordinators.asSingleSelect().getValue();
        UnitSummary target = unit.getValue();
        if (c == null || target == null) {
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("coordinators.confirmTitle"),
                getTranslation("coordinators.confirmText", target.name(), c.coordinator().fullName()),
                getTranslation("coordinators.assign"), e -> {
                    try {
                        int changed = service.assignUnitToCoordinator(c.coordinator().id(), target.code());
                        ErrorNotifications.success(getTranslation("coordinators.assigned", changed));
                        refresh();
                    } catch (EmployeeValidationException ex) {
                        ErrorNotifications.error(ex.violations().get(0).message(getLocale()));
                    }
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        ConfirmDialogs.modal(confirm).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coordinators.title");
    }
}
