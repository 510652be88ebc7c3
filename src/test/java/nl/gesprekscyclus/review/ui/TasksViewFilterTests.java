package nl.gesprekscyclus.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.gesprekscyclus.review.ui.QueueTestData.HOFMAN;
import static nl.gesprekscyclus.review.ui.QueueTestData.TIMMERMAN;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.util.List;
import java.util.stream.IntStream;
import nl.gesprekscyclus.review.ReviewSummary;
import nl.gesprekscyclus.review.ReviewTask;
import nl.gesprekscyclus.test_support.KaribuTest;
import nl.gesprekscyclus.test_support.Login;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Mijn taken" with filters: only what is late, and a search on task or name; late tasks on top. */
class TasksViewFilterTests extends KaribuTest {

    QueueTestData data;

    @BeforeEach
    void givenAnOverdueInputRequestForTimmerman() {
        data = new QueueTestData(context);
        data.prepare();
    }

    @AfterEach
    void logout() {
        Login.logout();
    }

    @Test
    void shouldShowOnlyLateTasksAndSearchByTaskOrName() {
        login(TIMMERMAN);
        navigate("taken");
        TasksView view = _get(TasksView.class);
        long hofman = data.reviewId(HOFMAN);
        List<ReviewSummary> all = rows(view);
        assertThat(all).extracting(ReviewSummary::reviewId).contains(hofman);
        assertThat(all.get(0).overdue()).as("late tasks on top").isTrue();

        view.overdueOnly.setValue(true);
        assertThat(rows(view)).allMatch(ReviewSummary::overdue).extracting(ReviewSummary::reviewId).contains(hofman);
        view.overdueOnly.setValue(false);

        view.search.setValue("HOFMAN");
        assertThat(rows(view)).isNotEmpty().allMatch(s -> s.employeePersonnelNumber().equals(HOFMAN));
        view.search.setValue("inbreng geven (planning)");
        assertThat(rows(view)).isNotEmpty().allMatch(s -> s.openTask() == ReviewTask.PLANNING_INPUT);
        view.search.setValue("niemand-heet-zo");
        assertThat(rows(view)).isEmpty();
        view.search.clear();
        assertThat(rows(view)).hasSameSizeAs(all);
    }

    private static List<ReviewSummary> rows(TasksView view) {
        return IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i)).toList();
    }
}
