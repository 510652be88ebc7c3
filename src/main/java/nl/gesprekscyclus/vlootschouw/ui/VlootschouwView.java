package nl.gesprekscyclus.vlootschouw.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.gesprekscyclus.base.ui.MainLayout;
import nl.gesprekscyclus.cycle.VlootschouwGrid;
import nl.gesprekscyclus.cycle.VlootschouwGrid.Cell;
import nl.gesprekscyclus.security.Roles;
import nl.gesprekscyclus.security.CurrentUser;
import nl.gesprekscyclus.vlootschouw.VlootschouwMoments;
import nl.gesprekscyclus.vlootschouw.VlootschouwService;
import nl.gesprekscyclus.vlootschouw.VlootschouwService.PlacedPerson;
import nl.gesprekscyclus.vlootschouw.VlootschouwService.ToPlace;
import nl.gesprekscyclus.vlootschouw.VlootschouwService.UnitOption;

/**
 * "Vlootschouw" (issue 20): the vlootschouw moment of the year ({@link MomentSection}); for a manager, the employees
 * they place this year (in the assessment phase, or any phase while the moment runs) and the grid
 * of their line; for HR the grid of a unit with its sub-units, or of everyone. The grid is SVG drawn on the server
 * with the number of people per cell; a cell is a link ({@code ?jaar=&prestatie=&potentieel=}) that lists its
 * people below, as {@link VlootschouwService} lets the viewer see them. A table carries the same counts as text.
 */
@Route(value = VlootschouwView.ROUTE, layout = MainLayout.class)
@RolesAllowed({Roles.MANAGER, Roles.HR})
public class VlootschouwView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    public static final String ROUTE = "vlootschouw";
    static final String YEAR = "jaar";
    static final String UNIT = "eenheid";
    static final String PERFORMANCE = "prestatie";
    static final String POTENTIAL = "potentieel";

    private final VlootschouwService service;
    private final ZoneId zone;
    final IntegerField year = new IntegerField();
    final Select<UnitOption> unit = new Select<>();
    final Grid<ToPlace> toPlace = new Grid<>();
    final Paragraph noneToPlace = new Paragraph();
    final Div picture = new Div();
    final NativeTable table = new NativeTable();
    final Section cellSection = new Section();
    final Grid<PlacedPerson> people = new Grid<>();
    /** The vlootschouw moment of the year: whether it runs; HR opens, changes and ends it. */
    MomentSection moment;
    /** The last placement dialog opened, for the tests. */
    PlacementDialog dialog;
    private Cell selected;

    public VlootschouwView(VlootschouwService service, VlootschouwMoments moments, CurrentUser currentUser,
            Clock clock) {
        this.service = service;
        this.zone = clock.getZone();
        addClassNames("page", "vlootschouw-page");
        add(new H1(getPageTitle()), new Paragraph(getTranslation("vlootschouw.intro")));
        Optional<VlootschouwGrid> grid = service.grid();
        if (grid.isEmpty()) {
            add(new Paragraph(getTranslation("vlootschouw.noGrid")));
            return;
        }
        year.setId("vlootschouw-year");
        year.setLabel(getTranslation("vlootschouw.year"));
        year.setValue(LocalDate.now(clock).getYear());
        year.setMin(1900);
        year.setMax(2999);
        year.addValueChangeListener(e -> {
            selected = null;
            refresh();
        });
        unit.setId("vlootschouw-unit");
        unit.setLabel(getTranslation("vlootschouw.unit"));
        unit.setMinWidth("20em");
        unit.setItems(service.units());
        unit.setEmptySelectionAllowed(true);
        unit.setEmptySelectionCaption(getTranslation("vlootschouw.unit.all"));
        unit.setItemLabelGenerator(u -> u == null ? getTranslation("vlootschouw.unit.all") : u.name());
        unit.addValueChangeListener(e -> {
            selected = null;
            refresh();
        });
        Div filters = new Div(year, unit);
        filters.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        add(filters);

        moment = new MomentSection(moments, currentUser.require().hasRole(Roles.HR), LocalDate.now(clock),
                this::refresh);
        add(moment);

        Section placing = new Section(new H2(getTranslation("vlootschouw.toPlace.heading")), noneToPlace, toPlace);
        noneToPlace.setText(getTranslation("vlootschouw.toPlace.none"));
        toPlace.setId("vlootschouw-to-place");
        toPlace.setAllRowsVisible(true);
        // a unit's name and a reason are read whole, not cut off with "…"
        toPlace.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        toPlace.addColumn(ToPlace::name).setHeader(getTranslation("vlootschouw.column.name"));
        toPlace.addColumn(ToPlace::unit).setHeader(getTranslation("vlootschouw.column.unit"));
        toPlace.addColumn(p -> p.performance() == null ? getTranslation("vlootschouw.toPlace.notPlaced")
                : grid.get().cell(p.performance(), p.potential()).map(Cell::name).orElse(p.performance()))
                .setHeader(getTranslation("vlootschouw.column.cell"));
        toPlace.addColumn(ToPlace::reason).setHeader(getTranslation("vlootschouw.column.reason"));
        toPlace.addComponentColumn(p -> {
            Button place = new Button(getTranslation("vlootschouw.toPlace.place"), e -> {
                dialog = new PlacementDialog(service, grid.get(), p, this::refresh);
                dialog.open();
            });
            place.addThemeVariants(ButtonVariant.LUMO_SMALL);
            place.setAriaLabel(getTranslation("vlootschouw.toPlace.placeFor", p.name()));
            return place;
        }).setKey("place");
        add(placing);

        Section overview = new Section(new H2(getTranslation("vlootschouw.grid.heading")),
                new Paragraph(getTranslation("vlootschouw.grid.description")), picture, table);
        picture.setId("vlootschouw-grid");
        table.setId("vlootschouw-table");
        add(overview);

        cellSection.setId("vlootschouw-cell");
        people.setId("vlootschouw-people");
        people.setAllRowsVisible(true);
        people.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        people.addColumn(PlacedPerson::name).setHeader(getTranslation("vlootschouw.column.name"));
        people.addColumn(PlacedPerson::personnelNumber).setHeader(getTranslation("vlootschouw.column.number"));
        people.addColumn(PlacedPerson::unit).setHeader(getTranslation("vlootschouw.column.unit"));
        people.addColumn(PlacedPerson::reason).setHeader(getTranslation("vlootschouw.column.reason"));
        people.addColumn(PlacedPerson::placedBy).setHeader(getTranslation("vlootschouw.column.placedBy"));
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        people.addColumn(p -> when.format(p.placedAt().atZone(zone)))
                .setHeader(getTranslation("vlootschouw.column.placedAt"));
        add(cellSection);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("vlootschouw.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<VlootschouwGrid> grid = service.grid();
        if (grid.isEmpty()) {
            return;
        }
        Map<String, List<String>> q = event.getLocation().getQueryParameters().getParameters();
        first(q, YEAR).flatMap(VlootschouwView::number).ifPresent(y -> year.setValue(y.intValue()));
        first(q, UNIT).flatMap(VlootschouwView::number).ifPresent(id -> unit.getListDataView().getItems()
                .filter(u -> u.id() == id).findFirst().ifPresent(unit::setValue));
        selected = first(q, PERFORMANCE).flatMap(p -> first(q, POTENTIAL).flatMap(t -> grid.get().cell(p, t)))
                .orElse(null);
        refresh();
    }

    private void refresh() {
        VlootschouwGrid grid = service.grid().orElseThrow();
        int y = year.getValue() == null ? LocalDate.now().getYear() : year.getValue();
        moment.show(y);
        List<ToPlace> mine = service.toPlace(y);
        toPlace.setItems(mine);
        toPlace.setVisible(!mine.isEmpty());
        noneToPlace.setVisible(mine.isEmpty());

        List<PlacedPerson> placed = service.placed(y, unit.getValue() == null ? null : unit.getValue().id());
        Map<String, Long> counts = placed.stream().collect(Collectors.groupingBy(
                p -> p.performance() + "|" + p.potential(), Collectors.counting()));
        Function<Cell, String> label = c -> getTranslation("vlootschouw.grid.cell", c.name(),
                grid.performanceStep(c.performance()).orElseThrow().label(),
                grid.potentialStep(c.potential()).orElseThrow().label(), counts.getOrDefault(GridPicture.key(c), 0L));
        picture.removeAll();
        picture.add(new com.vaadin.flow.component.Svg(GridPicture.svg(grid, counts, this::href, selected,
                new GridPicture.Labels(getTranslation("vlootschouw.grid.heading") + " " + y,
                        getTranslation("vlootschouw.grid.description"), getTranslation("vlootschouw.grid.performance"),
                        getTranslation("vlootschouw.grid.potential"), label))));
        fillTable(grid, counts, label);

        cellSection.removeAll();
        if (selected != null) {
            Cell cell = selected;
            cellSection.add(new H2(getTranslation("vlootschouw.cell.heading", cell.name(),
                    grid.performanceStep(cell.performance()).orElseThrow().label(),
                    grid.potentialStep(cell.potential()).orElseThrow().label())),
                    new Paragraph(getTranslation("vlootschouw.cell.direction", cell.direction())));
            List<PlacedPerson> inCell = placed.stream().filter(p -> p.performance().equals(cell.performance())
                    && p.potential().equals(cell.potential())).toList();
            if (inCell.isEmpty()) {
                cellSection.add(new Paragraph(getTranslation("vlootschouw.cell.none")));
            } else {
                people.setItems(inCell);
                cellSection.add(people);
            }
        }
    }

    /** The same counts as a table: potential rows (highest first), performance columns, each count a link. */
    private void fillTable(VlootschouwGrid grid, Map<String, Long> counts, Function<Cell, String> label) {
        table.getHead().removeAllRows();
        table.getBody().removeAllRows();
        table.setCaptionText(getTranslation("vlootschouw.grid.table"));
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("vlootschouw.grid.potential") + " \\ "
                + getTranslation("vlootschouw.grid.performance"));
        grid.performance().forEach(p -> head.addHeaderCell().setText(p.label()));
        head.getHeaderCells().forEach(c -> c.getElement().setAttribute("scope", "col"));
        for (int r = grid.potential().size() - 1; r >= 0; r--) {
            VlootschouwGrid.Step potential = grid.potential().get(r);
            NativeTableRow row = table.getBody().addRow();
            row.addHeaderCell().setText(potential.label());
            row.getHeaderCells().forEach(c -> c.getElement().setAttribute("scope", "row"));
            for (VlootschouwGrid.Step performance : grid.performance()) {
                Cell cell = grid.cell(performance.code(), potential.code()).orElseThrow();
                Anchor link = new Anchor(href(cell), Long.toString(counts.getOrDefault(GridPicture.key(cell), 0L)));
                link.getElement().setAttribute("aria-label", label.apply(cell));
                NativeTableCell data = row.addDataCell();
                data.add(link);
            }
        }
    }

    private String href(Cell cell) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put(YEAR, String.valueOf(year.getValue()));
        if (unit.getValue() != null) {
            params.put(UNIT, String.valueOf(unit.getValue().id()));
        }
        params.put(PERFORMANCE, cell.performance());
        params.put(POTENTIAL, cell.potential());
        return ROUTE + "?" + QueryParameters.simple(params).getQueryString();
    }

    private static Optional<String> first(Map<String, List<String>> q, String name) {
        return q.getOrDefault(name, List.of()).stream().filter(s -> !s.isBlank()).findFirst();
    }

    private static Optional<Long> number(String s) {
        try {
            return Optional.of(Long.parseLong(s.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
