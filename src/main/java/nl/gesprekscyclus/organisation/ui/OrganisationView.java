package nl.gesprekscyclus.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.gesprekscyclus.base.ConcurrentChangeException;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.base.ui.ErrorNotifications;
import nl.gesprekscyclus.base.ui.MainLayout;
import nl.gesprekscyclus.organisation.EmployeeValidationException;
import nl.gesprekscyclus.organisation.OrganisationService;
import nl.gesprekscyclus.organisation.UnitSummary;
import nl.gesprekscyclus.security.Roles;

/**
 * "Organisatie": the tree of units (gemeente → directie/afdeling → team, any depth) with, per unit, its kind, who
 * manages it and who deputises, and how many people it has (itself, and with its sub-units). A click opens the form;
 * the form's save moves the managers of the unit's people in the same transaction. Functioneel beheerder only.
 */
@Route(value = "beheer/organisatie", layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
public class OrganisationView extends Main implements HasDynamicTitle {

    private final OrganisationService service;
    final TreeGrid<UnitSummary> tree = new TreeGrid<>();
    private List<UnitSummary> units = List.of();

    public OrganisationView(OrganisationService service) {
        this.service = service;
        addClassName("page");
        add(new H1(getPageTitle()), new Paragraph(getTranslation("units.intro")));
        Button add = new Button(getTranslation("units.new"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(add);
        tree.addHierarchyColumn(UnitSummary::name).setKey("name").setHeader(getTranslation("unit.name"))
                .setFlexGrow(3);
        tree.addColumn(UnitSummary::kind).setKey("kind").setHeader(getTranslation("unit.kind")).setAutoWidth(true);
        tree.addColumn(u -> u.managerNumber() == null ? getTranslation("units.noManager")
                : person(u.managerName(), u.managerNumber())).setKey("manager")
                .setHeader(getTranslation("unit.manager")).setFlexGrow(2);
        tree.addColumn(u -> u.deputyNumber() == null ? "" : person(u.deputyName(), u.deputyNumber())).setKey("deputy")
                .setHeader(getTranslation("unit.deputy")).setFlexGrow(2);
        tree.addColumn(UnitSummary::ownMembers).setKey("own").setHeader(getTranslation("unit.ownMembers"))
                .setAutoWidth(true);
        tree.addColumn(UnitSummary::allMembers).setKey("all").setHeader(getTranslation("unit.allMembers"))
                .setAutoWidth(true);
        tree.setClassNameGenerator(u -> u.managerNumber() == null ? "unit-without-manager" : null);
        tree.setAriaLabel(getPageTitle());
        tree.setAllRowsVisible(true);
        tree.addItemClickListener(e -> edit(e.getItem()));
        add(tree);
        refresh();
    }

    static String person(String name, String number) {
        return name + " (" + number + ")";
    }

    /** Reads the tree again and shows it fully expanded. */
    void refresh() {
        units = service.units();
        Map<String, List<UnitSummary>> children = new HashMap<>();
        List<UnitSummary> roots = new ArrayList<>();
        for (UnitSummary u : units) {
            if (u.parentCode() == null || units.stream().noneMatch(p -> p.code().equals(u.parentCode()))) {
                roots.add(u);
            } else {
                children.computeIfAbsent(u.parentCode(), p -> new ArrayList<>()).add(u);
            }
        }
        tree.setItems(roots, u -> children.getOrDefault(u.code(), List.of()));
        tree.expandRecursively(roots, Integer.MAX_VALUE);
    }

    /** The units as shown, in tree order. */
    List<UnitSummary> units() {
        return units;
    }

    /** Opens the form for a unit, or for a new one when {@code unit} is null. */
    UnitForm edit(UnitSummary unit) {
        UnitForm form = new UnitForm(service, units, unit);
        form.onSave(data -> {
            try {
                service.saveUnit(unit == null ? null : unit.id(), unit == null ? null : unit.version(), data);
                form.close();
                refresh();
                ErrorNotifications.success(getTranslation("units.saved", data.name()));
            } catch (EmployeeValidationException ex) {
                List<Violation> other = form.showErrors(ex.violations());
                other.forEach(v -> ErrorNotifications.error(v.message(getLocale())));
            } catch (ConcurrentChangeException ex) {
                ErrorNotifications.error(getTranslation("common.concurrentChange"));
            }
        });
        form.onDelete(() -> {
            try {
                service.deleteUnit(unit.id(), unit.version());
                form.close();
                refresh();
                ErrorNotifications.success(getTranslation("units.deleted", unit.name()));
            } catch (EmployeeValidationException ex) {
                ErrorNotifications.error(ex.violations().stream().map(v -> v.message(getLocale()))
                        .reduce((a, b) -> a + " " + b).orElse(""));
            } catch (ConcurrentChangeException ex) {
                ErrorNotifications.error(getTranslation("common.concurrentChange"));
            }
        });
        form.open();
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("units.title");
    }
}
