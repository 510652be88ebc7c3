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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.text.Collator;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.gesprekscyclus.base.ui.ErrorNotifications;
import nl.gesprekscyclus.base.ui.MainLayout;
import nl.gesprekscyclus.review.MyTaskList;
import nl.gesprekscyclus.review.MyTaskList.Counts;
import nl.gesprekscyclus.review.MyTaskList.SortField;
import nl.gesprekscyclus.review.MyTasksService;
import nl.gesprekscyclus.review.ReviewReadService;
import nl.gesprekscyclus.review.ReviewTask;
import nl.gesprekscyclus.review.ReviewSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Mijn taken": what the gesprekscyclus asks of the logged-in person now (their own steps, and those for the
 * colleagues they coordinate or manage; for P&O also the advice tasks of the group), soonest due first, with
 * "te laat" in words. Each task links to the review it belongs to.
 */
@Route(value = "taken", layout = MainLayout.class)
@PermitAll
public class TasksView extends Main implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(TasksView.class);
    /** Read with the counts when the page opens: the grid's first page (Vaadin asks for 50 at a time). */
    static final int FIRST_LINES = 50;
    /** Up to this many lines the list is shown whole; a longer one scrolls within the page, read a page at a time. */
    static final int WHOLE_LIST = 100;

    private final MyTasksService tasks;
    private final ReviewReadService reviews;
    private final TasksFormat format;
    /** Per year: the logged-in person's own review of that year, to say "Uzelf" instead of their own name. */
    private final Map<Integer, Optional<Long>> ownReviewByYear = new HashMap<>();
    /** The tasks in the order of their names as this user reads them, for sorting on the task column. */
    private final List<ReviewTask> tasksByName;

    /** The lines read when the page opened, handed to the grid once for its first page; then null. */
    private List<ReviewSummary> firstLines;

    final Paragraph summary = new Paragraph();
    final Grid<ReviewSummary> grid = new Grid<>();
    /** Narrow the list: part of the task's or the person's name, and only what is late. */
    final TextField search = new TextField();
    final Checkbox overdueOnly = new Checkbox();
    /** Shown instead of the grid when nothing is open (or the tasks could not be read). */
    final Paragraph empty = new Paragraph();

    public TasksView(MyTasksService tasks, ReviewReadService reviews, Clock clock,
            nl.gesprekscyclus.feedback.FeedbackService feedback) {
        this.tasks = tasks;
        this.reviews = reviews;
        this.format = new TasksFormat(this, getLocale(), clock.getZone());
        this.tasksByName = Arrays.stream(ReviewTask.values())
                .sorted(Comparator.comparing(format::task, Collator.getInstance(getLocale()))).toList();
        addClassName("page");
        addClassName("tasks-page");
        add(new H1(getPageTitle()));
        feedbackLine(feedback);

        Optional<MyTasksService.Opening> opening = load();
        Optional<Counts> counts = opening.map(MyTasksService.Opening::counts);
        if (counts.isEmpty()) {
            empty.setText(getTranslation("tasks.error"));
            show(empty);
            return;
        }
        if (counts.get().total() == 0) {
            empty.setText(getTranslation("tasks.empty"));
            show(empty);
            return;
        }
        add(new Paragraph(getTranslation("tasks.intro")));
        long late = counts.get().late();
        summary.setText(getTranslation("tasks.summary", counts.get().total())
                + (late == 0 ? "" : " " + getTranslation("tasks.summaryOverdue", late)));
        summary.addClassName("tasks-summary");
        add(summary);
        firstLines = opening.get().firstLines();
        configureGrid(counts.get().total());
        add(filters(), grid);
    }

    /**
     * Feedback asked of this person is no step of a review's process: it is answered on "Feedback geven", which this
     * line links to while requests wait.
     */
    private void feedbackLine(nl.gesprekscyclus.feedback.FeedbackService feedback) {
        long open = feedback.openForMe();
        if (open > 0) {
            Paragraph line = new Paragraph(getTranslation("feedback.tasks.open", open) + " ");
            line.setId("tasks-feedback");
            line.add(new Anchor(nl.gesprekscyclus.notification.MailSettings.FEEDBACK_ROUTE,
                    getTranslation("feedback.tasks.link")));
            add(line);
        }
    }

    private Div filters() {
        search.setId("tasks-filter-search");
        search.setLabel(getTranslation("tasks.filter.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        overdueOnly.setId("tasks-filter-overdue");
        overdueOnly.setLabel(getTranslation("tasks.filter.overdue"));
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        overdueOnly.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Div filters = new Div(search, overdueOnly);
        filters.getElement().setAttribute("role", "search");
        filters.getElement().setAttribute("aria-label", getTranslation("tasks.filter.label"));
        filters.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "baseline")
                .set("gap", "var(--lumo-space-m)");
        return filters;
    }

    /** The filters as the service takes them: the typed text is matched against the task names this user reads. */
    private MyTasksService.Query query() {
        String text = search.getValue().strip();
        if (text.isEmpty()) {
            return new MyTasksService.Query(overdueOnly.getValue(), null);
        }
        boolean selfNamed = getTranslation("tasks.self").toLowerCase(getLocale())
                .contains(text.toLowerCase(getLocale()));
        return new MyTasksService.Query(overdueOnly.getValue(), new MyTaskList.Search(
                MyTasksService.tasksNamed(text, format::task, getLocale()), selfNamed, text,
                getTranslation("tasks.onBehalfOf", "", "")));
    }

    private void show(Paragraph message) {
        message.addClassName("tasks-empty");
        add(message);
    }

    private Optional<MyTasksService.Opening> load() {
        try {
            return Optional.of(tasks.open(tasksByName, FIRST_LINES));
        } catch (RuntimeException ex) {
            log.error("My tasks: reading the open tasks failed", ex);
            ErrorNotifications.error(getTranslation("tasks.error"));
            return Optional.empty();
        }
    }

    /** A page for the grid: the first one from what was read on opening, if it is what the grid asks for. */
    private Stream<ReviewSummary> lines(Query<ReviewSummary, Void> q, long total) {
        List<MyTaskList.Order> order = order(q.getSortOrders());
        List<ReviewSummary> read = firstLines;
        firstLines = null;
        boolean soonestFirst = order.equals(List.of(new MyTaskList.Order(SortField.DUE, true)));
        if (read != null && !filtered() && soonestFirst && q.getOffset() == 0
                && (q.getLimit() <= read.size() || read.size() == total)) {
            return read.stream().limit(q.getLimit());
        }
        return tasks.page(query(), order, tasksByName, q.getOffset(), q.getLimit()).stream();
    }

    private boolean filtered() {
        return overdueOnly.getValue() || !search.getValue().isBlank();
    }

    private void configureGrid(long total) {
        grid.addClassName("tasks-grid");
        grid.setAriaLabel(getTranslation("tasks.gridLabel"));
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // a short list is shown whole; a long one (a manager of many) scrolls in the grid, fetched page by page
        grid.setAllRowsVisible(total <= WHOLE_LIST);
        if (total > WHOLE_LIST) {
            grid.setHeight("70vh");
        }
        grid.addColumn(new ComponentRenderer<>(this::link)).setKey("task")
                .setHeader(getTranslation("tasks.column.task")).setFlexGrow(2).setSortProperty(SortField.TASK.name());
        grid.addColumn(this::who).setKey("who").setHeader(getTranslation("tasks.column.who")).setFlexGrow(2)
                .setSortProperty(SortField.WHO.name());
        grid.addColumn(s -> String.valueOf(s.year())).setKey("year").setHeader(getTranslation("tasks.column.year"))
                .setWidth("6.5rem").setFlexGrow(0).setSortProperty(SortField.YEAR.name());
        Grid.Column<ReviewSummary> due = grid.addColumn(new ComponentRenderer<>(format::due)).setKey("due")
                .setHeader(getTranslation("tasks.column.due")).setFlexGrow(1).setSortProperty(SortField.DUE.name());
        // without a filter the grid counts what the sentence above it says (read once when the page opened)
        grid.setItems(q -> lines(q, total), q -> (int) Math.min(Integer.MAX_VALUE, filtered() ? tasks.count(query())
                : total));
        // soonest due first, so what is late is on top (the service sorts so too); the header shows it, and the
        // user may re-sort
        grid.sort(GridSortOrder.asc(due).build());
    }

    private static List<MyTaskList.Order> order(List<QuerySortOrder> sortOrders) {
        return sortOrders.stream().map(o -> new MyTaskList.Order(SortField.valueOf(o.getSorted()),
                o.getDirection() == SortDirection.ASCENDING)).toList();
    }

    /** The task as a link to its review; the link's name also says for whom, as the same task recurs per person. */
    private Anchor link(ReviewSummary s) {
        String task = format.task(s.openTask());
        Anchor link = new Anchor(TasksFormat.reviewLocation(s.reviewId()), task);
        link.addClassName("tasks-link");
        link.getElement().setAttribute("aria-label",
                getTranslation("tasks.linkLabel", task, who(s), String.valueOf(s.year())));
        return link;
    }

    /** "Uzelf" for the person's own review, else "name (personnel number)"; a substitute's adds "namens". */
    String who(ReviewSummary s) {
        if (s.onBehalfOf() != null) {
            return getTranslation("tasks.onBehalfOf", person(s), s.onBehalfOf());
        }
        if (isOwn(s)) {
            return getTranslation("tasks.self");
        }
        return person(s);
    }

    private String person(ReviewSummary s) {
        if (s.employeeName() == null) {
            return s.employeePersonnelNumber() == null ? "" : s.employeePersonnelNumber();
        }
        return getTranslation("tasks.person", s.employeeName(), s.employeePersonnelNumber());
    }

    private boolean isOwn(ReviewSummary s) {
        Optional<Long> own = ownReviewByYear.computeIfAbsent(s.year(), reviews::myReviewOf);
        return own.filter(id -> id == s.reviewId()).isPresent();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tasks.title");
    }
}
