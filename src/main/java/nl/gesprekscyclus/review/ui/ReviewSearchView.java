package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import nl.gesprekscyclus.base.ui.MainLayout;
import nl.gesprekscyclus.monitoring.ui.DossierOpeningDialog;
import nl.gesprekscyclus.review.DossierOpenings;
import nl.gesprekscyclus.review.ReviewPhase;
import nl.gesprekscyclus.review.ReviewSearch;
import nl.gesprekscyclus.review.ReviewSearch.Opening;
import nl.gesprekscyclus.review.ReviewSearch.Row;
import nl.gesprekscyclus.review.ReviewSearch.UnitOption;
import nl.gesprekscyclus.security.Roles;

/**
 * "Gesprekken zoeken": any review of any year the person may find (ReviewSearch decides which), by name in any word
 * order, unit, year and phase, paged by the database as the grid scrolls. A row opens the review for who may read
 * it, leads HR to "dossier openen" (never straight to the content), and says "status only" to the others. A
 * profile links here with {@code ?medewerker=<personnel number>} for one person's reviews.
 */
@Route(value = "gesprekken-zoeken", layout = MainLayout.class)
@RolesAllowed({Roles.MANAGER, Roles.HR})
public class ReviewSearchView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    /** The query parameter a profile's link sets: the personnel number of the person whose reviews to show. */
    public static final String PERSON_PARAMETER = "medewerker";
    public static final String ROUTE = "gesprekken-zoeken";

    private final ReviewSearch search;
    private final DossierOpenings openings;
    private final TasksFormat format;

    final TextField name = new TextField();
    final Select<UnitOption> unit = new Select<>();
    final IntegerField year = new IntegerField();
    final Select<ReviewPhase> phase = new Select<>();
    /** Shown when the screen came from a profile: whose reviews, and a way back to all. */
    final Div person = new Div();
    final Button allPeople = new Button();
    final Paragraph summary = new Paragraph();
    final Paragraph empty = new Paragraph();
    final Grid<Row> grid = new Grid<>();
    /** The last dossier dialog opened, for the tests. */
    DossierOpeningDialog dossierDialog;

    private String personnelNumber;

    public ReviewSearchView(ReviewSearch search, DossierOpenings openings, Clock clock) {
        this.search = search;
        this.openings = openings;
        this.format = new TasksFormat(this, getLocale(), clock.getZone());
        addClassName("page");
        add(new H1(getPageTitle()), new Paragraph(getTranslation("search.intro")));
        add(filters());
        person.setId("search-person");
        allPeople.setText(getTranslation("search.person.all"));
        allPeople.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        allPeople.addClickListener(e -> showPerson(null));
        person.setVisible(false);
        summary.setId("search-summary");
        summary.getElement().setAttribute("aria-live", "polite");
        empty.setId("search-empty");
        empty.addClassName("tasks-empty");
        empty.setText(getTranslation("search.empty"));
        add(person, summary, empty);
        configureGrid();
        add(grid);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> numbers = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault(PERSON_PARAMETER, List.of());
        showPerson(numbers.isEmpty() || numbers.get(0).isBlank() ? null : numbers.get(0).strip());
    }

    private Div filters() {
        name.setId("search-name");
        name.setLabel(getTranslation("search.filter.name"));
        name.setHelperText(getTranslation("search.filter.nameHelp"));
        name.setClearButtonVisible(true);
        name.setMinWidth("20em");
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.addValueChangeListener(e -> refresh());

        unit.setId("search-unit");
        unit.setLabel(getTranslation("search.filter.unit"));
        // wide enough for its label ("Eenheid (met onderliggende eenheden)") and a team's name
        unit.setMinWidth("20em");
        unit.setItems(search.units());
        unit.setEmptySelectionAllowed(true);
        unit.setEmptySelectionCaption(getTranslation("search.filter.all"));
        unit.setItemLabelGenerator(u -> u == null ? getTranslation("search.filter.all") : u.name());
        unit.addValueChangeListener(e -> refresh());

        year.setId("search-year");
        year.setLabel(getTranslation("search.filter.year"));
        year.setHelperText(getTranslation("search.filter.yearHelp"));
        year.setMin(1900);
        year.setMax(2999);
        year.setClearButtonVisible(true);
        year.addValueChangeListener(e -> refresh());

        phase.setId("search-phase");
        phase.setLabel(getTranslation("search.filter.phase"));
        phase.setItems(ReviewPhase.values());
        phase.setEmptySelectionAllowed(true);
        phase.setEmptySelectionCaption(getTranslation("search.filter.all"));
        phase.setItemLabelGenerator(p -> p == null ? getTranslation("search.filter.all") : format.phase(p));
        phase.addValueChangeListener(e -> refresh());

        Div filters = new Div(name, unit, year, phase);
        filters.setId("search-filters");
        filters.getElement().setAttribute("role", "search");
        filters.getElement().setAttribute("aria-label", getTranslation("search.filter.label"));
        filters.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "baseline")
                .set("gap", "var(--lumo-space-m)");
        return filters;
    }

    private void configureGrid() {
        grid.setId("search-grid");
        grid.setAriaLabel(getTranslation("search.gridLabel"));
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(new ComponentRenderer<>(this::employee)).setKey("employee")
                .setHeader(getTranslation("search.column.employee")).setFlexGrow(2);
        grid.addColumn(Row::unitName).setKey("unit").setHeader(getTranslation("search.column.unit")).setFlexGrow(2);
        grid.addColumn(Row::year).setKey("year").setHeader(getTranslation("search.column.year")).setFlexGrow(0)
                .setWidth("6em");
        grid.addColumn(r -> format.phase(r.phase())).setKey("phase").setHeader(getTranslation("search.column.phase"))
                .setFlexGrow(1);
        grid.addColumn(Row::managerName).setKey("manager").setHeader(getTranslation("search.column.manager"))
                .setFlexGrow(2);
        grid.setItems(q -> search.page(query(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, search.count(query())));
        grid.addItemClickListener(e -> open(e.getItem()));
    }

    /**
     * The employee's name: a link to the review for who may read it, a "dossier openen" button for HR, plain
     * text (status only) for the rest, so the keyboard reaches the same as a click.
     */
    private Component employee(Row row) {
        String text = getTranslation("tasks.person", row.employeeName(), row.personnelNumber());
        return switch (row.opening()) {
            case READ -> {
                Anchor link = new Anchor(TasksFormat.reviewLocation(row.reviewId()), text);
                link.getElement().setAttribute("aria-label", getTranslation("search.openLabel", row.employeeName(),
                        String.valueOf(row.year())));
                yield link;
            }
            case LINE, DOSSIER -> {
                Button button = new Button(text, e -> open(row));
                button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                button.getElement().setAttribute("aria-label", getTranslation(row.opening() == Opening.DOSSIER
                        ? "search.dossierLabel" : "search.openLabel", row.employeeName(), String.valueOf(row.year())));
                yield button;
            }
            case STATUS -> new Span(text);
        };
    }

    /** What a click on a row does: the review, the dossier opening, or a word on why only the status shows. */
    void open(Row row) {
        switch (row.opening()) {
            case READ -> getUI().ifPresent(ui -> ui.navigate(TasksFormat.reviewLocation(row.reviewId())));
            case LINE -> {
                if (search.lineMayReadNow(row.reviewId())) {
                    getUI().ifPresent(ui -> ui.navigate(TasksFormat.reviewLocation(row.reviewId())));
                } else {
                    inform(getTranslation("search.lineNotYet"));
                }
            }
            case DOSSIER -> {
                dossierDialog = new DossierOpeningDialog(row.reviewId(), row.employeeName(), openings);
                dossierDialog.open();
            }
            case STATUS -> inform(getTranslation("search.statusOnly"));
        }
    }

    /** A word on why a row does not open: not an error, so not in the error style. */
    private static void inform(String text) {
        Notification.show(text, 8000, Notification.Position.BOTTOM_CENTER);
    }

    ReviewSearch.Query query() {
        UnitOption u = unit.getValue();
        return new ReviewSearch.Query(name.getValue(), u == null ? null : u.id(), year.getValue(), phase.getValue(),
                personnelNumber);
    }

    private void showPerson(String number) {
        personnelNumber = number;
        person.removeAll();
        if (number != null) {
            person.add(new Span(getTranslation("search.person.only", number)), allPeople);
        }
        person.setVisible(number != null);
        refresh();
    }

    /** A filter changed: count again, and let the grid fetch its first page again. */
    private void refresh() {
        long count = search.count(query());
        summary.setText(getTranslation("search.summary", count));
        empty.setVisible(count == 0);
        grid.setVisible(count > 0);
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title");
    }
}
