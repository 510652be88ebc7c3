package nl.gesprekscyclus.workrole.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import nl.gesprekscyclus.base.i18n.DateFormats;
import nl.gesprekscyclus.base.ui.DatePickers;
import nl.gesprekscyclus.base.ui.MainLayout;
import nl.gesprekscyclus.functionbook.WorkRole;
import nl.gesprekscyclus.security.Roles;
import nl.gesprekscyclus.workrole.RoleOverviewExport;
import nl.gesprekscyclus.workrole.RoleOverviewExport.Section;
import nl.gesprekscyclus.workrole.RoleOverviewService;
import nl.gesprekscyclus.workrole.RoleOverviewService.Change;
import nl.gesprekscyclus.workrole.RoleOverviewService.Filter;
import nl.gesprekscyclus.workrole.RoleOverviewService.Holder;
import nl.gesprekscyclus.workrole.RoleOverviewService.Person;
import nl.gesprekscyclus.workrole.RoleOverviewService.UnitOption;

/**
 * "Rollen in de organisatie" for HR, the functioneel beheerder, managers and coordinators: who fills which role,
 * the roles nobody fills, the people without a role and the year's changes, for a unit (with its sub-units) and a
 * role, in a year or on one day. {@link RoleOverviewService} decides whose data appears; the long lists are paged
 * by the database as they scroll. CSV exports the list on screen, Excel all four.
 */
@Route(value = "rollen-overzicht", layout = MainLayout.class)
@RolesAllowed({Roles.HR, Roles.ADMIN, Roles.MANAGER, Roles.COORDINATOR})
public class RoleOverviewView extends Main implements HasDynamicTitle {

    final Select<UnitOption> unit = new Select<>();
    final Select<WorkRole> role = new Select<>();
    final IntegerField year = new IntegerField();
    final DatePicker day;
    final Tabs tabs = new Tabs();
    final Map<Section, Tab> tabOf = new EnumMap<>(Section.class);
    final Paragraph summary = new Paragraph();
    final Grid<Holder> holders = new Grid<>();
    final Grid<WorkRole> vacant = new Grid<>();
    final Grid<Person> withoutRole = new Grid<>();
    final Grid<Change> changes = new Grid<>();
    final Anchor csv;
    final Anchor excel;

    private final RoleOverviewService overview;
    private final int thisYear;
    private Section shown = Section.HOLDERS;

    public RoleOverviewView(RoleOverviewService overview, RoleOverviewExport export, Clock clock) {
        this.overview = overview;
        this.thisYear = LocalDate.now(clock).getYear();
        this.day = DatePickers.create(getTranslation("roleOverview.filter.day"), getLocale());
        addClassName("page");
        add(new H1(getPageTitle()), new Paragraph(getTranslation("roleOverview.intro")));
        add(filters());
        for (Section section : Section.values()) {
            Tab tab = new Tab(getTranslation("roleOverview.tab." + section.key()));
            tab.setId("role-overview-tab-" + section.key());
            tabOf.put(section, tab);
            tabs.add(tab);
        }
        tabs.addSelectedChangeListener(e -> show(tabOf.entrySet().stream()
                .filter(t -> t.getValue() == e.getSelectedTab()).findFirst().orElseThrow().getKey()));
        summary.setId("role-overview-summary");
        summary.getElement().setAttribute("aria-live", "polite");

        RoleOverviewExport.Labels labels = this::getTranslation;
        csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            export.csv(shown, filter(), labels, out);
            return new DownloadResponse(new ByteArrayInputStream(out.toByteArray()), "rollen-" + shown.key() + ".csv",
                    "text/csv", out.size());
        }), getTranslation("roleOverview.export.csv"));
        excel = new Anchor(DownloadHandler.fromInputStream(event -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            export.excel(filter(), labels, out);
            return new DownloadResponse(new ByteArrayInputStream(out.toByteArray()), "rollen.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.size());
        }), getTranslation("roleOverview.export.excel"));
        csv.setId("role-overview-csv");
        excel.setId("role-overview-excel");
        csv.getElement().setAttribute("download", true);
        excel.getElement().setAttribute("download", true);
        Div actions = new Div(csv, excel);
        actions.addClassName("monitoring-actions");

        configureGrids();
        add(tabs, summary, actions, holders, vacant, withoutRole, changes);
        show(Section.HOLDERS);
    }

    private Div filters() {
        unit.setId("role-overview-unit");
        unit.setLabel(getTranslation("roleOverview.filter.unit"));
        unit.setMinWidth("20em");
        unit.setItems(overview.units());
        unit.setEmptySelectionAllowed(true);
        unit.setEmptySelectionCaption(getTranslation("roleOverview.filter.all"));
        unit.setItemLabelGenerator(u -> u == null ? getTranslation("roleOverview.filter.all") : u.name());
        unit.addValueChangeListener(e -> refresh());

        role.setId("role-overview-role");
        role.setLabel(getTranslation("roleOverview.filter.role"));
        role.setItems(overview.roles());
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("roleOverview.filter.all"));
        role.setItemLabelGenerator(r -> r == null ? getTranslation("roleOverview.filter.all") : r.name());
        role.addValueChangeListener(e -> refresh());

        year.setId("role-overview-year");
        year.setLabel(getTranslation("roleOverview.filter.year"));
        year.setMin(1900);
        year.setMax(2999);
        year.setStepButtonsVisible(true);
        year.setValue(thisYear);
        year.addValueChangeListener(e -> {
            // a day of another year would contradict the year: the year wins, the day goes
            if (day.getValue() != null && e.getValue() != null && day.getValue().getYear() != e.getValue()) {
                day.clear();
            }
            refresh();
        });

        day.setId("role-overview-day");
        day.setHelperText(getTranslation("roleOverview.filter.dayHelp"));
        day.setClearButtonVisible(true);
        day.addValueChangeListener(e -> {
            if (e.getValue() != null && !Integer.valueOf(e.getValue().getYear()).equals(year.getValue())) {
                year.setValue(e.getValue().getYear());
            }
            refresh();
        });

        Div filters = new Div(unit, role, year, day);
        filters.setId("role-overview-filters");
        filters.getElement().setAttribute("role", "search");
        filters.getElement().setAttribute("aria-label", getTranslation("roleOverview.filter.label"));
        filters.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "baseline")
                .set("gap", "var(--lumo-space-m)");
        return filters;
    }

    private void configureGrids() {
        holders.setId("role-overview-holders");
        holders.addColumn(Holder::roleName).setKey("role").setHeader(column("role")).setFlexGrow(2);
        holders.addColumn(h -> getTranslation("tasks.person", h.name(), h.personnelNumber())).setKey("employee")
                .setHeader(column("employee")).setFlexGrow(2);
        holders.addColumn(Holder::unitName).setKey("unit").setHeader(column("unit")).setFlexGrow(2);
        holders.addColumn(h -> period(h.from(), h.to())).setKey("period").setHeader(column("period")).setFlexGrow(2);
        holders.addColumn(h -> h.sharePercent() == null ? "" : h.sharePercent() + "%").setKey("share")
                .setHeader(column("share")).setFlexGrow(0).setWidth("7em");
        holders.addColumn(h -> getTranslation("roles.status." + h.status().name())).setKey("status")
                .setHeader(column("status")).setFlexGrow(1);
        holders.setItems(q -> overview.holders(filter(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, overview.countHolders(filter())));

        vacant.setId("role-overview-vacant");
        vacant.addColumn(WorkRole::name).setKey("role").setHeader(column("role")).setFlexGrow(2);
        vacant.addColumn(WorkRole::purpose).setKey("purpose").setHeader(column("purpose")).setFlexGrow(4);

        withoutRole.setId("role-overview-without-role");
        withoutRole.addColumn(p -> getTranslation("tasks.person", p.name(), p.personnelNumber())).setKey("employee")
                .setHeader(column("employee")).setFlexGrow(2);
        withoutRole.addColumn(Person::unitName).setKey("unit").setHeader(column("unit")).setFlexGrow(2);
        withoutRole.setItems(q -> overview.withoutRole(filter(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, overview.countWithoutRole(filter())));

        changes.setId("role-overview-changes");
        changes.addColumn(c -> DateFormats.shortDay(c.day(), getLocale())).setKey("day").setHeader(column("day"))
                .setFlexGrow(1);
        changes.addColumn(c -> getTranslation("roleOverview.change." + c.kind().name())).setKey("change")
                .setHeader(column("change")).setFlexGrow(1);
        changes.addColumn(Change::roleName).setKey("role").setHeader(column("role")).setFlexGrow(2);
        changes.addColumn(c -> getTranslation("tasks.person", c.name(), c.personnelNumber())).setKey("employee")
                .setHeader(column("employee")).setFlexGrow(2);
        changes.addColumn(Change::unitName).setKey("unit").setHeader(column("unit")).setFlexGrow(2);
        changes.addColumn(c -> period(c.from(), c.to())).setKey("period").setHeader(column("period")).setFlexGrow(2);
        changes.addColumn(c -> getTranslation("roles.status." + c.status().name())).setKey("status")
                .setHeader(column("status")).setFlexGrow(1);
        changes.addColumn(Change::by).setKey("by").setHeader(column("by")).setFlexGrow(1);
        changes.setItems(q -> overview.changes(filter(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, overview.countChanges(filter())));

        for (Grid<?> grid : new Grid<?>[] {holders, vacant, withoutRole, changes}) {
            grid.setSelectionMode(Grid.SelectionMode.NONE);
            grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.setHeight("28rem");
            grid.setEmptyStateText(getTranslation("roleOverview.empty"));
        }
    }

    private String column(String key) {
        return getTranslation("roleOverview.column." + key);
    }

    private String period(LocalDate from, LocalDate to) {
        return to == null ? getTranslation("roles.periodOpen", DateFormats.shortDay(from, getLocale()))
                : getTranslation("roles.period", DateFormats.shortDay(from, getLocale()),
                        DateFormats.shortDay(to, getLocale()));
    }

    /** What the filters say now; an empty year is this year. */
    Filter filter() {
        UnitOption u = unit.getValue();
        WorkRole r = role.getValue();
        int y = year.getValue() == null ? thisYear : year.getValue();
        LocalDate d = day.getValue() != null && day.getValue().getYear() == y ? day.getValue() : null;
        return new Filter(u == null ? null : u.id(), r == null ? null : r.code(), y, d);
    }

    void show(Section section) {
        shown = section;
        if (tabs.getSelectedTab() != tabOf.get(section)) {
            tabs.setSelectedTab(tabOf.get(section));
        }
        holders.setVisible(section == Section.HOLDERS);
        vacant.setVisible(section == Section.VACANT);
        withoutRole.setVisible(section == Section.WITHOUT_ROLE);
        changes.setVisible(section == Section.CHANGES);
        csv.setText(getTranslation("roleOverview.export.csv", getTranslation("roleOverview.tab." + section.key())));
        refresh();
    }

    /** A filter or the tab changed: count the list shown again, and let its grid fetch its first page again. */
    private void refresh() {
        Filter f = filter();
        String when = f.day() == null ? getTranslation("roleOverview.when.year", String.valueOf(f.year()))
                : getTranslation("roleOverview.when.day", DateFormats.day(f.day(), getLocale()));
        switch (shown) {
            case HOLDERS -> {
                summary.setText(getTranslation("roleOverview.summary.holders", overview.countHolders(f), when));
                holders.getDataProvider().refreshAll();
            }
            case VACANT -> {
                var roles = overview.vacantRoles(f);
                vacant.setItems(roles);
                summary.setText(getTranslation("roleOverview.summary.vacant", roles.size(), when));
            }
            case WITHOUT_ROLE -> {
                summary.setText(getTranslation("roleOverview.summary.withoutRole", overview.countWithoutRole(f),
                        when));
                withoutRole.getDataProvider().refreshAll();
            }
            case CHANGES -> {
                summary.setText(getTranslation("roleOverview.summary.changes", overview.countChanges(f),
                        String.valueOf(f.year())));
                changes.getDataProvider().refreshAll();
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roleOverview.title");
    }
}
