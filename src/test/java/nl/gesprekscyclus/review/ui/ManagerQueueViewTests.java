package nl.gesprekscyclus.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.gesprekscyclus.review.ui.QueueTestData.HOFMAN;
import static nl.gesprekscyclus.review.ui.QueueTestData.HORST;
import static nl.gesprekscyclus.review.ui.QueueTestData.MINE;
import static nl.gesprekscyclus.review.ui.QueueTestData.TIMMERMAN;
import static nl.gesprekscyclus.review.ui.QueueTestData.VELDMAN;
import static nl.gesprekscyclus.review.ui.QueueTestData.WESSELS;
import static nl.gesprekscyclus.review.ui.QueueTestData.YEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import nl.gesprekscyclus.review.ManagerQueue.Order;
import nl.gesprekscyclus.review.ManagerQueue.SortField;
import nl.gesprekscyclus.review.ManagerQueueService;
import nl.gesprekscyclus.review.ManagerQueueService.Line;
import nl.gesprekscyclus.review.ManagerQueueService.Query;
import nl.gesprekscyclus.review.ReviewPhase;
import nl.gesprekscyclus.review.ReviewTask;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.KaribuTest;
import nl.gesprekscyclus.test_support.Login;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Wachtrij": the manager sees the open tasks of the reviews they hold, with unit, phase, task, due date and
 * "te laat"; the column headers sort and the filters narrow what the database returns, a page at a time. Others
 * cannot open the screen or call the service.
 * <p>
 * The shared database holds other tests' reviews too (all managed by Annemarie Bakker), so the assertions look at
 * the four reviews of {@link QueueTestData} and where they stand among the rest.
 */
class ManagerQueueViewTests extends KaribuTest {

    QueueTestData data;

    @BeforeEach
    void givenFourReviewsOfNextYear() {
        data = new QueueTestData(context);
        data.prepare();
    }

    @AfterEach
    void logout() {
        Login.logout();
    }

    @Test
    void shouldShowTheManagerTheOpenTaskOfAnEmployeeWithUnitPhaseAndLateness() {
        ManagerQueueView view = openQueue();
        assertThat(_get(H1.class).getText()).isEqualTo("Wachtrij");
        view.name.setValue("hofman");

        List<Line> lines = lines(view.grid);
        assertThat(lines).isNotEmpty().extracting(Line::personnelNumber).containsOnly(HOFMAN);
        int row = lines.indexOf(lines.stream().filter(l -> l.year() == YEAR).findFirst().orElseThrow());
        assertThat(lines.get(row).reviewId()).isEqualTo(data.reviewId(HOFMAN));
        Anchor link = (Anchor) GridKt._getCellComponent(view.grid, row, "employee");
        assertThat(link.getText()).isEqualTo("Roel Hofman (100007)");
        assertThat(link.getHref()).isEqualTo("gesprek/" + data.reviewId(HOFMAN));
        assertThat(GridKt._getFormatted(view.grid, row, "unit")).isNotBlank();
        assertThat(GridKt._getFormatted(view.grid, row, "phase")).isEqualTo("Planning");
        assertThat(GridKt._getFormatted(view.grid, row, "task")).isEqualTo("Inbreng geven (planning)");
        assertThat(GridKt._getCellComponent(view.grid, row, "due").getChildren().map(c -> c.getElement().getText()))
                .contains("te laat");
        assertThat(view.summary.getText()).endsWith("openstaande taak.").doesNotStartWith("Geen");
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource({"Roel Hofman, 100007", "hofman roel, 100007", "HÓFMAN, 100007", "Hofman 100007, 100007",
            "Erik ter Horst, 100009", "horst ter erik, 100009", "Ter Hórst, 100009"})
    void shouldFindFullNamesInAnyOrderWithoutRegardToCaseOrAccents(String typed, String expected) {
        ManagerQueueView view = openQueue();
        view.name.setValue(typed);
        List<Line> lines = lines(view.grid);
        assertThat(lines).as(typed).isNotEmpty().extracting(Line::personnelNumber).containsOnly(expected);
        assertThat(lines).anyMatch(l -> l.year() == YEAR);

        view.name.setValue("roel horst");
        assertThat(GridKt._size(view.grid)).as("every word must match the same person").isZero();
    }

    @Test
    void shouldSortByDueDateFirstAndByNameOrPhaseOnRequest() {
        ManagerQueueView view = openQueue();
        assertThat(mineOfNextYear(lines(view.grid))).as("soonest due first: the late one on top")
                .containsExactly(HOFMAN, VELDMAN, WESSELS, HORST);

        Grid.Column<Line> employee = view.grid.getColumnByKey("employee");
        view.grid.sort(GridSortOrder.asc(employee).build());
        assertThat(mineOfNextYear(lines(view.grid))).containsExactly(HOFMAN, HORST, VELDMAN, WESSELS);
        view.grid.sort(GridSortOrder.desc(employee).build());
        assertThat(mineOfNextYear(lines(view.grid))).containsExactly(WESSELS, VELDMAN, HORST, HOFMAN);

        view.grid.sort(GridSortOrder.desc(view.grid.getColumnByKey("phase")).build());
        List<Line> byPhase = lines(view.grid);
        assertThat(byPhase).extracting(l -> l.phase().ordinal())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void shouldNarrowTheRowsWithEachFilter() {
        ManagerQueueView view = openQueue();

        view.overdueOnly.setValue(true);
        assertThat(mineOfNextYear(lines(view.grid))).containsExactly(HOFMAN);
        assertThat(lines(view.grid)).allMatch(Line::overdue);
        view.overdueOnly.setValue(false);

        view.task.setValue(ReviewTask.PLANNING_CONVERSATION);
        assertThat(mineOfNextYear(lines(view.grid))).containsExactly(HORST);
        assertThat(lines(view.grid)).extracting(Line::task).containsOnly(ReviewTask.PLANNING_CONVERSATION);
        view.task.clear();

        view.unit.setValue(view.unit.getListDataView().getItems()
                .filter(c -> c.code().equals("regie-en-coordinatie")).findFirst().orElseThrow());
        assertThat(mineOfNextYear(lines(view.grid))).containsExactly(VELDMAN, HORST);
        view.unit.clear();

        view.onlyMine.setValue(true);
        List<Line> mine = lines(view.grid);
        assertThat(mineOfNextYear(mine)).containsExactly(HORST);
        assertThat(mine).allMatch(Line::mine);
        int horst = IntStream.range(0, mine.size()).filter(i -> mine.get(i).personnelNumber().equals(HORST)
                && mine.get(i).year() == YEAR).findFirst().orElseThrow();
        assertThat(GridKt._getFormatted(view.grid, horst, "task")).isEqualTo("Planningsgesprek voeren (u)");
        view.onlyMine.setValue(false);

        view.phase.setValue(ReviewPhase.PROGRESS);
        assertThat(mineOfNextYear(lines(view.grid))).isEmpty();
        view.phase.clear();

        view.name.setValue("niemand-heet-zo");
        assertThat(GridKt._size(view.grid)).isZero();
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.summary.getText()).isEqualTo("Geen openstaande taken gevonden.");
        view.name.clear();
        assertThat(view.grid.isVisible()).isTrue();
        assertThat(mineOfNextYear(lines(view.grid))).hasSize(4);
    }

    @Test
    void shouldReadTheQueueAPageAtATimeFromTheDatabase() {
        Login.as(users, DemoUsers.MANAGER);
        ManagerQueueService queue = context.getBean(ManagerQueueService.class);
        Query all = Query.everything();
        List<Order> order = List.of(new Order(SortField.DUE, true), new Order(SortField.NAME, true));
        long count = queue.count(all);
        assertThat(count).isGreaterThanOrEqualTo(4);

        List<Line> paged = new ArrayList<>();
        for (int offset = 0; offset < count; offset += 2) {
            List<Line> page = queue.page(all, order, offset, 2);
            assertThat(page).hasSizeBetween(1, 2);
            paged.addAll(page);
        }
        assertThat(queue.page(all, order, (int) count, 2)).isEmpty();
        assertThat(queue.page(all, List.of(), 0, 2)).as("without a sort order: by task").hasSize(2);
        List<Line> whole = queue.page(all, order, 0, (int) count);
        assertThat(paged).containsExactlyElementsOf(whole);
        assertThat(new HashSet<>(paged)).hasSize(paged.size());
        assertThat(mineOfNextYear(paged)).containsExactly(HOFMAN, VELDMAN, WESSELS, HORST);

        // the grid asks the same: its size is the count, rows beyond its first page come from a later query
        ManagerQueueView view = openQueue();
        view.grid.setPageSize(2);
        assertThat(GridKt._size(view.grid)).isEqualTo((int) count);
        assertThat(GridKt._fetch(view.grid, 2, 2)).containsExactlyElementsOf(whole.subList(2, Math.min(4, whole.size())));
    }

    @Test
    void shouldOpenTheReviewFromARow() {
        ManagerQueueView view = openQueue();
        view.name.setValue("wessels");
        int row = IntStream.range(0, GridKt._size(view.grid)).filter(i -> GridKt._get(view.grid, i).year() == YEAR)
                .findFirst().orElseThrow();
        GridKt._clickItem(view.grid, row, 1, false, false, false, false);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("gesprek/" + data.reviewId(WESSELS));
        assertThat(_find(ReviewView.class)).hasSize(1);
    }

    @Test
    void shouldPutTheItemInTheManagersMenu() {
        login(DemoUsers.MANAGER);
        navigate("");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).contains("Wachtrij");
    }

    @ParameterizedTest
    @ValueSource(strings = {DemoUsers.EMPLOYEE, TIMMERMAN, DemoUsers.HR})
    void shouldRefuseTheScreenAndTheServiceToOthersThanManagers(String user) {
        login(user);
        try {
            navigate("wachtrij");
        } catch (MockAccessDeniedException expected) {
            // Karibu reports the annotation check directly
        }
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(ManagerQueueView.class);
        navigate("");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).doesNotContain("Wachtrij");
        ManagerQueueService queue = context.getBean(ManagerQueueService.class);
        assertThatThrownBy(() -> queue.count(Query.everything())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> queue.page(Query.everything(), List.of(), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void shouldOfferTheRunningPhasesInTheOrderOfTheYearAsPhaseFilter() {
        ManagerQueueView view = openQueue();
        assertThat(view.phase.getListDataView().getItems().map(view.phase.getItemLabelGenerator()::apply))
                .containsExactly("Planning", "Voortgang", "Feedbackronde", "Beoordeling", "Ontwikkelgesprek");
    }

    private ManagerQueueView openQueue() {
        login(DemoUsers.MANAGER);
        navigate("wachtrij");
        return _get(ManagerQueueView.class);
    }

    private static List<Line> lines(Grid<Line> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    /** The personnel numbers of this test's four reviews, in the order the rows show them. */
    private static List<String> mineOfNextYear(List<Line> lines) {
        return lines.stream().filter(l -> l.year() == YEAR && MINE.contains(l.personnelNumber()))
                .map(Line::personnelNumber).toList();
    }
}
