package nl.gesprekscyclus.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.gesprekscyclus.review.ui.TasksTestData.DATE;
import static nl.gesprekscyclus.review.ui.TasksTestData.NEXT_YEAR;
import static nl.gesprekscyclus.review.ui.TasksTestData.SMIT;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import nl.gesprekscyclus.base.i18n.Messages;
import nl.gesprekscyclus.review.ReviewPhase;
import nl.gesprekscyclus.review.ReviewSummary;
import nl.gesprekscyclus.review.ReviewTask;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Mijn taken": the employee sees their own step with its due date, their manager does not (it is not theirs),
 * a task past its due date says "te laat", and someone without tasks gets a friendly sentence.
 */
class TasksViewTests extends KaribuTest {

    TasksTestData data;
    long reviewId;

    @BeforeEach
    void givenSmitsReviewOfNextYear() {
        data = new TasksTestData(context);
        reviewId = data.smitsReviewOfNextYear();
    }

    @Test
    void shouldShowTheEmployeeTheirOwnTaskWithItsDueDateAndALinkToTheReview() {
        login(SMIT);
        navigate("taken");

        assertThat(_get(H1.class).getText()).isEqualTo("Mijn taken");
        TasksView view = _get(TasksView.class);
        int row = rowOf(view.grid, reviewId).orElseThrow();
        Anchor link = (Anchor) GridKt._getCellComponent(view.grid, row, "task");
        assertThat(link.getText()).isEqualTo("Afspraken opstellen");
        assertThat(link.getHref()).isEqualTo("gesprek/" + reviewId);
        assertThat(link.getElement().getAttribute("aria-label"))
                .isEqualTo("Afspraken opstellen: Uzelf, " + NEXT_YEAR);
        assertThat(GridKt._getFormatted(view.grid, row, "who")).isEqualTo("Uzelf");
        assertThat(GridKt._getFormatted(view.grid, row, "year")).isEqualTo(String.valueOf(NEXT_YEAR));
        assertThat(dueText(view.grid, row)).isEqualTo(data.smitsPlanningDue());
        assertThat(view.grid.getColumns()).extracting(Grid.Column::getKey).containsExactly("task", "who", "year",
                "due");
        assertThat(view.summary.getText()).startsWith("U heeft ").doesNotContain("te laat");
        assertThat(overdueBadges(view.grid, row)).isEmpty();
        assertThat(view.empty.isAttached()).isFalse();
    }

    @Test
    void shouldNotShowTheEmployeesOwnStepToTheirManagerOrCoordinator() {
        for (String other : List.of(DemoUsers.MANAGER, DemoUsers.COORDINATOR)) {
            login(other);
            navigate("taken");
            TasksView view = _get(TasksView.class);
            assertThat(rowOf(view.grid, reviewId)).as(other).isEmpty();
        }
    }

    @Test
    void shouldSayTeLaatWhenTheDueDateHasPassed() throws Exception {
        LocalDate due = LocalDate.now().minusDays(3);
        try (AutoCloseable restore = data.smitsTaskDueOn(due)) {
            login(SMIT);
            navigate("taken");
            TasksView view = _get(TasksView.class);
            int row = rowOf(view.grid, reviewId).orElseThrow();
            assertThat(dueText(view.grid, row)).isEqualTo(due.format(DATE));
            assertThat(overdueBadges(view.grid, row)).containsExactly("te laat");
            assertThat(view.summary.getText()).contains("te laat");
            // soonest due first, so a late task is at the top
            List<Instant> dues = IntStream.range(0, GridKt._size(view.grid))
                    .mapToObj(i -> GridKt._get(view.grid, i).due()).toList();
            assertThat(dues).isSortedAccordingTo(
                    Comparator.nullsLast(Comparator.<Instant>naturalOrder()));
        }
    }

    @Test
    void shouldShowAFriendlySentenceToSomeoneWithoutTasks() {
        login(data.operator());
        navigate("taken");
        TasksView view = _get(TasksView.class);
        assertThat(view.empty.getText()).isEqualTo(
                "U heeft geen openstaande taken. Zodra de gesprekscyclus iets van u vraagt, ziet u het hier.");
        assertThat(_find(Grid.class)).isEmpty();
    }

    @Test
    void shouldSpeakEnglishWhenChosen() {
        login(SMIT);
        UI.getCurrent().setLocale(Messages.ENGLISH);
        navigate("taken");
        TasksView view = _get(TasksView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("My tasks");
        int row = rowOf(view.grid, reviewId).orElseThrow();
        assertThat(((Anchor) GridKt._getCellComponent(view.grid, row, "task")).getText()).isEqualTo("Draft agreements");
        assertThat(GridKt._getFormatted(view.grid, row, "who")).isEqualTo("Yourself");
    }

    @Test
    void shouldNameEveryTaskAndPhaseInDutchAndEnglish() {
        for (var locale : Messages.LOCALES) {
            for (ReviewTask task : ReviewTask.values()) {
                assertThat(Messages.get(locale, "task." + task.name())).as(locale + " " + task).doesNotStartWith("!");
            }
            for (ReviewPhase phase : ReviewPhase.values()) {
                assertThat(Messages.get(locale, "myReviews.phase." + phase.name())).as(locale + " " + phase)
                        .doesNotStartWith("!");
            }
        }
        assertThat(Messages.nl("task.DRAFT_AGREEMENTS")).isEqualTo("Afspraken opstellen");
        assertThat(Messages.nl("task.DECIDE_AGREEMENT_CHANGE")).isEqualTo("Wijziging afspraken beoordelen");
    }

    /** The row of a review in the grid, if it is there. */
    static OptionalInt rowOf(Grid<ReviewSummary> grid, long reviewId) {
        return IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._get(grid, i).reviewId() == reviewId)
                .findFirst();
    }

    /** The date in the due column (without the "te laat" next to it). */
    private static String dueText(Grid<ReviewSummary> grid, int row) {
        return GridKt._getCellComponent(grid, row, "due").getChildren()
                .filter(c -> c.getElement().getClassList().contains("tasks-due-date"))
                .map(c -> c.getElement().getText()).findFirst().orElseThrow();
    }

    private static List<String> overdueBadges(Grid<ReviewSummary> grid, int row) {
        return GridKt._getCellComponent(grid, row, "due").getChildren()
                .filter(c -> c.getElement().getClassList().contains("tasks-overdue"))
                .map(c -> c.getElement().getText()).toList();
    }
}
