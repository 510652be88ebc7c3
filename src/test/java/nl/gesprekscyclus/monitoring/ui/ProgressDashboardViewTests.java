package nl.gesprekscyclus.monitoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.gesprekscyclus.monitoring.MonitoringFixture.LAST_YEAR;
import static nl.gesprekscyclus.monitoring.MonitoringFixture.RAMDIN;
import static nl.gesprekscyclus.monitoring.MonitoringFixture.YEAR;
import static nl.gesprekscyclus.review.ReviewPhase.PLANNING;
import static nl.gesprekscyclus.review.ReviewPhase.PROGRESS;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.html.NativeTable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import nl.gesprekscyclus.monitoring.MonitoredReview;
import nl.gesprekscyclus.monitoring.MonitoringFixture;
import nl.gesprekscyclus.monitoring.ReviewListExport;
import nl.gesprekscyclus.monitoring.ReviewStatus;
import nl.gesprekscyclus.notification.NotificationKind;
import nl.gesprekscyclus.notification.Notifications;
import nl.gesprekscyclus.round.ui.RoundView;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.KaribuTest;
import nl.gesprekscyclus.test_support.ProcessDriver;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Voortgang" on the screen for P&O (Berg), on the monitoring fixture's rounds ({@link MonitoringFixture}),
 * with the engine's clock in June 2033: figures, filters, the drill-down, a reminder, the exports.
 */
class ProgressDashboardViewTests extends KaribuTest {

    @Autowired
    ReviewListExport export;
    @Autowired
    Notifications notifications;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    ProcessDriver driver;

    @BeforeEach
    void fixture() {
        MonitoringFixture.ensure(context);
        driver = MonitoringFixture.driver(context);
        driver.moveClockTo(MonitoringFixture.JUNE_2033);
    }

    @AfterEach
    void resetClock() {
        driver.resetClock();
    }

    private ProgressDashboardView open2033() {
        login(DemoUsers.HR);
        navigate("voortgang");
        ProgressDashboardView view = _get(ProgressDashboardView.class);
        view.year.setValue(LAST_YEAR);
        return view;
    }

    private static String text(ProgressDashboardView view, nl.gesprekscyclus.review.ReviewPhase phase,
            ReviewStatus status, Long unit) {
        return view.figures.cells.get(FiguresPanel.key(phase, status, unit)).getText();
    }

    @Test
    void shouldShowTheFiguresPerPhaseAsChartAndTable() {
        ProgressDashboardView view = open2033();

        assertThat(text(view, PLANNING, ReviewStatus.OVERDUE, null)).isEqualTo("1");
        assertThat(text(view, PLANNING, ReviewStatus.DONE, null)).isEqualTo("2");
        assertThat(text(view, PROGRESS, ReviewStatus.IN_PROGRESS, null)).isEqualTo("1");
        assertThat(text(view, PROGRESS, ReviewStatus.NOT_STARTED, null)).isEqualTo("2");
        // the chart is an image with a name; the table holds the same figures as text
        List<Svg> charts = _find(view.figures, Svg.class);
        assertThat(charts).hasSize(1);
        String svg = charts.get(0).getElement().getProperty("innerHTML", "") + charts.get(0).getElement().toString();
        assertThat(svg).contains("role=\"img\"").contains("aria-label=").contains("<title>");
        assertThat(_find(view.figures, NativeTable.class)).hasSize(2);
        // every figure is a button that says what it opens
        assertThat(view.figures.cells.get(FiguresPanel.key(PLANNING, ReviewStatus.OVERDUE, null)).getAriaLabel())
                .hasValueSatisfying(label -> assertThat(label).contains("Planning").contains("Te laat").contains("1"));
        // completion over time: 2033 against 2032 (none)
        assertThat(view.completion).isNotNull();
    }

    /**
     * Jaarronde and Voortgang count "in planning" the same way: El Amrani finished her planning and waits for the
     * progress window, so she is done with it on both screens, not in it; Ramdin is in it, late.
     */
    @Test
    void shouldCountTheReviewsInAPhaseOnJaarrondeAsVoortgangDoes() {
        ProgressDashboardView dashboard = open2033();
        long inPlanning = Long.parseLong(text(dashboard, PLANNING, ReviewStatus.IN_PROGRESS, null))
                + Long.parseLong(text(dashboard, PLANNING, ReviewStatus.OVERDUE, null));
        long inProgress = Long.parseLong(text(dashboard, PROGRESS, ReviewStatus.IN_PROGRESS, null))
                + Long.parseLong(text(dashboard, PROGRESS, ReviewStatus.OVERDUE, null));
        assertThat(inPlanning).isEqualTo(1);
        assertThat(inProgress).isEqualTo(1);

        navigate("jaarronde");
        RoundView round = _get(RoundView.class);
        @SuppressWarnings("unchecked")
        Select<Integer> year = _get(round, Select.class);
        year.setValue(LAST_YEAR);
        List<String> phases = _find(round, ListItem.class).stream().map(ListItem::getText).toList();
        assertThat(phases).startsWith("Planning: " + inPlanning + ", waarvan 1 te laat",
                "Planning klaar, wacht op de voortgang: 1", "Voortgang: " + inProgress + ", waarvan 0 te laat");
    }

    @Test
    void shouldFilterByUnitPhaseAndCoordinator() {
        ProgressDashboardView view = open2033();
        String concern = jdbc.queryForObject("select name from org_unit where code = 'concern-en-ondersteuning'",
                String.class);
        view.unit.setValue(view.unit.getListDataView().getItems().filter(o -> o.name().equals(concern))
                .findFirst().orElseThrow());
        assertThat(text(view, PLANNING, ReviewStatus.OVERDUE, null)).isEqualTo("1");
        assertThat(text(view, PLANNING, ReviewStatus.DONE, null)).isEqualTo("0");

        view.unit.clear();
        // the filter offers the phases a review works through, in the order of the year, and no finished one
        assertThat(view.phase.getListDataView().getItems().map(view.phase.getItemLabelGenerator()::apply))
                .containsExactly("Planning", "Voortgang", "Beoordeling");
        view.phase.setValue(PROGRESS);
        assertThat(view.figures.cells).noneSatisfy((key, button) -> assertThat(key).startsWith("PLANNING"));
        assertThat(text(view, PROGRESS, ReviewStatus.IN_PROGRESS, null)).isEqualTo("1");

        view.phase.clear();
        view.coordinator.setValue(view.coordinator.getListDataView().getItems()
                .filter(o -> o.name().equals("Jeroen van der Meer")).findFirst().orElseThrow());
        assertThat(text(view, PLANNING, ReviewStatus.DONE, null)).isEqualTo("1");
        assertThat(text(view, PLANNING, ReviewStatus.OVERDUE, null)).isEqualTo("0");
    }

    @Test
    void shouldDrillDownRemindAndExport() throws Exception {
        ProgressDashboardView view = open2033();
        _click(view.figures.cells.get(FiguresPanel.key(PLANNING, ReviewStatus.OVERDUE, null)));

        DrillDownPanel drill = view.drillDown;
        assertThat(drill).isNotNull();
        assertThat(GridKt._size(drill.grid)).isEqualTo(1);
        MonitoredReview ramdin = GridKt._get(drill.grid, 0);
        assertThat(ramdin.employeeName()).isEqualTo("Priya Ramdin");
        assertThat(ramdin.status()).isEqualTo(ReviewStatus.OVERDUE);

        // nothing selected: the reminder says what to do
        _click(drill.remind);
        assertThat(openConfirms()).isEmpty();
        // selected and confirmed: a reminder for Ramdin is recorded (a day of this test's own: one a day)
        driver.moveClockTo(MonitoringFixture.JUNE_2033.plusDays(1));
        long before = reminders(ramdin.reviewId());
        drill.grid.select(ramdin);
        _click(drill.remind);
        ConfirmDialog confirm = openConfirms().get(0);
        assertThat(ConfirmDialogKt.getText(confirm)).contains("1");
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(reminders(ramdin.reviewId())).isEqualTo(before + 1);

        // the exports, read back
        ReviewListExport.Labels labels = key -> view.getTranslation(key);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        export.csv(drill.drillDown(), labels, ZoneId.systemDefault(), csv);
        byte[] bytes = csv.toByteArray();
        assertThat(bytes[0]).isEqualTo((byte) 0xEF); // BOM: Excel reads UTF-8
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new InputStreamReader(
                new ByteArrayInputStream(bytes, 3, bytes.length - 3), StandardCharsets.UTF_8)).getRecords();
        assertThat(records).hasSize(2);
        assertThat(records.get(0).values()).containsExactly("Personeelsnummer", "Medewerker", "Eenheid", "Fase",
                "Stand", "Openstaande taak", "Bij", "Uiterlijk", "Te laat");
        assertThat(records.get(1).values()).containsExactly(RAMDIN, "Priya Ramdin", records.get(1).get(2), "Planning",
                "Te laat", "Afspraken opstellen", "Priya Ramdin", "2033-03-01", "ja");

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        export.excel(drill.drillDown(), labels, ZoneId.systemDefault(), xlsx);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()));
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            List<List<String>> cells = rows.map(r -> r.stream().map(c -> c == null ? "" : c.getRawValue()).toList())
                    .toList();
            assertThat(cells).hasSize(2);
            assertThat(cells.get(0).get(1)).isEqualTo("Medewerker");
            assertThat(cells.get(1).get(1)).isEqualTo("Priya Ramdin");
            assertThat(cells.get(1).get(5)).isEqualTo("Afspraken opstellen");
        }
    }

    @Test
    void shouldShowLastYearNextToThisYear() {
        driver.moveClockTo(MonitoringFixture.FEBRUARY_2034);
        login(DemoUsers.HR);
        navigate("voortgang");
        ProgressDashboardView view = _get(ProgressDashboardView.class);
        view.year.setValue(YEAR);
        assertThat(view.completion).isNotNull();
        List<String> cells = view.completion.table.getBody().getRows().stream()
                .flatMap(r -> r.getAllCells().stream()).map(c -> c.getElement().getText()).toList();
        // week 6: Wolters has finished her planning; last year nobody had by that week
        assertThat(cells.subList(0, 3)).containsExactly("Planning", "1", "0");
        assertThat(_find(view.completion, Svg.class)).hasSize(1);
    }

    @Test
    void shouldRefuseTheDashboardToAnyoneButHr() {
        for (String user : List.of(DemoUsers.EMPLOYEE, DemoUsers.MANAGER, DemoUsers.ADMIN)) {
            login(user);
            try {
                navigate("voortgang");
            } catch (MockAccessDeniedException expected) {
                // Karibu reports the annotation check directly
            }
            assertThat(UI.getCurrent().getCurrentView()).as(user).isNotInstanceOf(ProgressDashboardView.class);
            navigate("");
            assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).as(user).doesNotContain("Voortgang");
        }
        login(DemoUsers.HR);
        navigate("");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).contains("Voortgang");
    }

    private long reminders(long reviewId) {
        return notifications.ofReview(reviewId).stream().filter(n -> n.getKind() == NotificationKind.REMINDER).count();
    }

    private static List<ConfirmDialog> openConfirms() {
        return _find(ConfirmDialog.class).stream().filter(ConfirmDialog::isOpened).toList();
    }
}
