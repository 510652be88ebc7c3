package nl.gesprekscyclus.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.gesprekscyclus.review.ui.QueueTestData.HOFMAN;
import static nl.gesprekscyclus.review.ui.QueueTestData.HORST;
import static nl.gesprekscyclus.review.ui.QueueTestData.SCHOLTEN;
import static nl.gesprekscyclus.review.ui.QueueTestData.TIMMERMAN;
import static nl.gesprekscyclus.review.ui.QueueTestData.VELDMAN;
import static nl.gesprekscyclus.review.ui.QueueTestData.WESSELS;
import static nl.gesprekscyclus.review.ui.QueueTestData.YEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.stream.IntStream;
import nl.gesprekscyclus.review.InputWorkList;
import nl.gesprekscyclus.review.InputWorkList.Line;
import nl.gesprekscyclus.review.ReviewTask;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.KaribuTest;
import nl.gesprekscyclus.test_support.Login;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Inbreng": a coordinator sees the colleagues whose review asks for their input now, late ones marked, with a
 * button to the review; the other colleagues they coordinate greyed and in words; nobody else's; and people
 * without the coordinator role cannot open the screen or call the service.
 */
class InputViewTests extends KaribuTest {

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
    void shouldShowTheCoordinatorTheOpenRequestFirstAndTheOtherColleaguesGreyed() {
        login(TIMMERMAN);
        navigate("inbreng");

        assertThat(_get(H1.class).getText()).isEqualTo("Inbreng");
        InputView view = _get(InputView.class);
        List<Line> lines = lines(view.grid);
        int hofman = indexOf(lines, HOFMAN, true);
        int wessels = indexOf(lines, WESSELS, false);
        assertThat(hofman).as("open requests come before colleagues without one").isLessThan(wessels);
        assertThat(lines).as("only colleagues Timmerman coordinates").extracting(Line::personnelNumber)
                .doesNotContain(HORST, VELDMAN);

        Line request = lines.get(hofman);
        assertThat(request.reviewId()).isEqualTo(data.reviewId(HOFMAN));
        assertThat(request.task()).isEqualTo(ReviewTask.PLANNING_INPUT);
        assertThat(GridKt._getFormatted(view.grid, hofman, "colleague")).isEqualTo("Roel Hofman (100007)");
        assertThat(GridKt._getFormatted(view.grid, hofman, "jobTitle")).isNotBlank();
        assertThat(GridKt._getFormatted(view.grid, hofman, "input")).isEqualTo("Inbreng geven (planning) (" + YEAR + ")");
        assertThat(texts(GridKt._getCellComponent(view.grid, hofman, "due"))).contains("te laat");
        assertThat(view.grid.getPartNameGenerator().apply(request)).isNull();
        assertThat(view.summary.getText()).contains("te laat");

        assertThat(GridKt._getFormatted(view.grid, wessels, "input")).isEqualTo("Geen open verzoek");
        assertThat(view.grid.getPartNameGenerator().apply(lines.get(wessels))).isEqualTo(InputView.IDLE_PART);
        assertThat(GridKt._getCellComponent(view.grid, wessels, "action")).isNotInstanceOf(Button.class);
    }

    @Test
    void shouldOpenTheReviewWithTheInputFormFromTheButton() {
        login(TIMMERMAN);
        navigate("inbreng");
        long id = data.reviewId(HOFMAN);
        InputView view = _get(InputView.class);
        Button open = (Button) GridKt._getCellComponent(view.grid, indexOf(lines(view.grid), HOFMAN, true), "action");
        assertThat(open.getId()).contains("input-open-" + id);
        assertThat(open.getText()).isEqualTo("Inbreng geven");

        _click(open);

        ReviewView review = _get(ReviewView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("gesprek/" + id);
        assertThat(review.todo.panel(CoordinatorInputPanel.class).form)
                .as("the planning input form next to profile and agreements").isNotNull();
    }

    @Test
    void shouldShowAColleagueWhoseInputIsGivenWithoutRequest() {
        login(SCHOLTEN);
        navigate("inbreng");
        List<Line> lines = lines(_get(InputView.class).grid);
        indexOf(lines, HORST, false);
        indexOf(lines, VELDMAN, false);
        assertThat(lines).extracting(Line::personnelNumber).doesNotContain(HOFMAN, WESSELS);
    }

    @Test
    void shouldPutTheItemAfterMyTasksInTheCoordinatorsMenuOnly() {
        login(TIMMERMAN);
        navigate("");
        List<String> menu = _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
        assertThat(menu).containsSubsequence("Mijn taken", "Inbreng").doesNotContain("Wachtrij");
        assertThat(menu.indexOf("Inbreng")).isEqualTo(menu.indexOf("Mijn taken") + 1);

        login(DemoUsers.EMPLOYEE);
        navigate("");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).doesNotContain("Inbreng");
    }

    @ParameterizedTest
    @ValueSource(strings = {DemoUsers.EMPLOYEE, DemoUsers.MANAGER, DemoUsers.HR})
    void shouldRefuseTheScreenAndTheServiceToOthersThanCoordinators(String user) {
        login(user);
        try {
            navigate("inbreng");
        } catch (MockAccessDeniedException expected) {
            // Karibu reports the annotation check directly
        }
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(InputView.class);
        assertThatThrownBy(() -> context.getBean(InputWorkList.class).colleagues())
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void shouldSpeakEnglishWhenChosen() {
        login(TIMMERMAN);
        UI.getCurrent().setLocale(nl.gesprekscyclus.base.i18n.Messages.ENGLISH);
        navigate("inbreng");
        InputView view = _get(InputView.class);
        int wessels = indexOf(lines(view.grid), WESSELS, false);
        assertThat(_get(H1.class).getText()).isEqualTo("Input");
        assertThat(GridKt._getFormatted(view.grid, wessels, "input")).isEqualTo("No open request");
    }

    private static List<Line> lines(Grid<Line> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    /** The row of a colleague for next year's review (open) or without a request; fails when it is not there. */
    private static int indexOf(List<Line> lines, String number, boolean open) {
        int index = IntStream.range(0, lines.size())
                .filter(i -> lines.get(i).personnelNumber().equals(number) && lines.get(i).open() == open
                        && (!open || lines.get(i).year() == YEAR))
                .findFirst().orElse(-1);
        assertThat(index).as(number + (open ? " with an open request" : " without a request")).isNotNegative();
        return index;
    }

    private static List<String> texts(com.vaadin.flow.component.Component cell) {
        return cell.getChildren().map(c -> c.getElement().getText()).toList();
    }
}
