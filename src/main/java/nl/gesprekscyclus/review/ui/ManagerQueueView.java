package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import nl.gesprekscyclus.base.ui.MainLayout;
import nl.gesprekscyclus.review.ManagerQueue.UnitOption;
import nl.gesprekscyclus.review.ManagerQueue.Order;
import nl.gesprekscyclus.review.ManagerQueue.SortField;
import nl.gesprekscyclus.review.ManagerQueuePager;
import nl.gesprekscyclus.review.ManagerQueueService;
import nl.gesprekscyclus.review.ManagerQueueService.Line;
import nl.gesprekscyclus.review.ReviewPhase;
import nl.gesprekscyclus.review.ReviewTask;
import nl.gesprekscyclus.security.Roles;

/**
 * "Wachtrij": the open tasks of every review the manager holds (in Amsterdam that may be 15,000), filtered, sorted
 * and paged by the database: the grid asks for a count and for the rows it shows, never for all of them. A row
 * opens the review screen. Soonest due first, so what is late is on top.
 */
@Route(value = "wachtrij", layout = MainLayout.class)
@RolesAllowed(Roles.MANAGER)
public class ManagerQueueView extends Main implements HasDynamicTitle {

    private final ManagerQueueService queue;
    /** Reads the grid's pages: the next page after the last line, the back half from the end. */
    private final ManagerQueuePager pager;
    private final TasksFormat format;

    final TextField name = new TextField();
    final Select<ReviewPhase> phase = new Select<>();
    final Select<ReviewTask> task = new Select<>();
    final Select<UnitOption> unit = new Select<>();
    final Checkbox overdueOnly = new Checkbox();
    final Checkbox onlyMine = new Checkbox();
    final Paragraph summary = new Paragraph();
    final Grid<Line> grid = new Grid<>();
    /** Shown under the filters when nothing matches. */
    final Paragraph empty = new Paragraph();

    public ManagerQueueView(ManagerQueueService queue, Clock clock) {
        this.queue = queue;
        this.pager = new ManagerQueuePager(queue);
        this.format = new TasksFormat(this, getLocale(), clock.getZone());
        addClassName("page");
        add(new H1(getPageTitle()), new Paragraph(getTranslation("queue.intro")));
        add(filters());
        summary.setId("queue-summary");
        summary.getElement().setAttribute("aria-live", "polite");
        empty.setId("queue-empty");
        empty.addClassName("tasks-empty");
        empty.setText(getTranslation("queue.empty"));
        add(summary, empty);
        configureGrid();
        add(grid);
        refresh();
    }

    private Div filters() {
        name.setId("queue-filter-name");
        name.setLabel(getTranslation("queue.filter.name"));
        name.setClearButtonVisible(true);
        // the label is longer than a text field's default width and was cut off ("Zoek op naam of persone…")
        name.setMinWidth("20em");
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.addValueChangeListener(e -> refresh());

        phase.setId("queue-filter-phase");
        phase.setLabel(getTranslation("queue.filter.phase"));
        phase.setItems(ReviewPhase.running());
        phase.setEmptySelectionAllowed(true);
        phase.setEmptySelectionCaption(getTranslation("queue.filter.all"));
        phase.setItemLabelGenerator(p -> p == null ? getTranslation("queue.filter.all") : format.phase(p));
        phase.addValueChangeListener(e -> refresh());

        task.setId("queue-filter-task");
        task.setLabel(getTranslation("queue.filter.task"));
        task.setItems(ReviewTask.values());
        task.setEmptySelectionAllowed(true);
        task.setEmptySelectionCaption(getTranslation("queue.filter.all"));
        task.setItemLabelGenerator(t -> t == null ? getTranslation("queue.filter.all") : format.task(t));
        task.addValueChangeListener(e -> refresh());

        unit.setId("queue-filter-unit");
        unit.setLabel(getTranslation("queue.filter.unit"));
        unit.setItems(queue.units());
        unit.setEmptySelectionAllowed(true);
        unit.setEmptySelectionCaption(getTranslation("queue.filter.all"));
        unit.setItemLabelGenerator(c -> c == null ? getTranslation("queue.filter.all") : c.name());
        unit.addValueChangeListener(e -> refresh());

        overdueOnly.setId("queue-filter-overdue");
        overdueOnly.setLabel(getTranslation("queue.filter.overdue"));
        overdueOnly.addValueChangeListener(e -> refresh());
        onlyMine.setId("queue-filter-mine");
        onlyMine.setLabel(getTranslation("queue.filter.mine"));
        onlyMine.addValueChangeListener(e -> refresh());

        Div filters = new Div(name, phase, task, unit, overdueOnly, onlyMine);
        filters.setId("queue-filters");
        filters.getElement().setAttribute("role", "search");
        filters.getElement().setAttribute("aria-label", getTranslation("queue.filter.label"));
        filters.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "baseline")
                .set("gap", "var(--lumo-space-m)");
        return filters;
    }

    private void configureGrid() {
        grid.setId("queue-grid");
        grid.setAriaLabel(getTranslation("queue.gridLabel"));
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setMultiSort(true, Grid.MultiSortPriority.APPEND);
        Grid.Column<Line> employee = grid.addColumn(new ComponentRenderer<>(this::link)).setKey("employee")
                .setHeader(getTranslation("queue.column.employee")).setFlexGrow(2)
                .setSortProperty(SortField.NAME.name());
        grid.addColumn(Line::unitName).setKey("unit").setHeader(getTranslation("queue.column.unit"))
                .setFlexGrow(2);
        grid.addColumn(l -> format.phase(l.phase())).setKey("phase").setHeader(getTranslation("queue.column.phase"))
                .setFlexGrow(1).setSortProperty(SortField.PHASE.name());
        grid.addColumn(this::taskText).setKey("task").setHeader(getTranslation("queue.column.task")).setFlexGrow(2);
        Grid.Column<Line> due = grid.addColumn(new ComponentRenderer<>(l -> format.due(l.due(), l.overdue())))
                .setKey("due").setHeader(getTranslation("tasks.column.due")).setFlexGrow(1)
                .setSortProperty(SortField.DUE.name());
        grid.setItems(q -> pager.page(query(), order(q), q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, pager.count(query())));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(TasksFormat.reviewLocation(e.getItem().reviewId()))));
        grid.sort(GridSortOrder.asc(due).thenAsc(employee).build());
    }

    /** The employee's name as a link to the review: the keyboard way into a row. */
    private Anchor link(Line line) {
        Anchor link = new Anchor(TasksFormat.reviewLocation(line.reviewId()),
                getTranslation("tasks.person", line.employeeName(), line.personnelNumber()));
        link.addClassName("queue-link");
        link.getElement().setAttribute("aria-label", getTranslation("queue.linkLabel", line.employeeName(),
                String.valueOf(line.year()), taskText(line)));
        return link;
    }

    /** The task, and "(u)" when it waits for the manager themself. */
    String taskText(Line line) {
        String text = line.task() == null ? "" : format.task(line.task());
        return line.mine() ? getTranslation("queue.mine", text) : text;
    }

    ManagerQueueService.Query query() {
        UnitOption c = unit.getValue();
        return new ManagerQueueService.Query(onlyMine.getValue(), phase.getValue(), task.getValue(),
                c == null ? null : c.code(), overdueOnly.getValue(), name.getValue());
    }

    private static List<Order> order(Query<Line, Void> q) {
        return q.getSortOrders().stream().flatMap(s -> Arrays.stream(SortField.values())
                .filter(f -> f.name().equals(s.getSorted()))
                .map(f -> new Order(f, s.getDirection() == SortDirection.ASCENDING))).toList();
    }

    /** A filter changed: count again, and let the grid fetch its first page again. */
    private void refresh() {
        long count = pager.count(query());
        summary.setText(getTranslation("queue.summary", count));
        empty.setVisible(count == 0);
        grid.setVisible(count > 0);
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("queue.title");
    }
}
