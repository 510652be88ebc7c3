package nl.gesprekscyclus.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.gesprekscyclus.review.ui.TasksTestData.NEXT_YEAR;
import static nl.gesprekscyclus.review.ui.TasksTestData.SMIT;
import static nl.gesprekscyclus.review.ui.TasksTestData.THIS_YEAR;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.stream.Stream;
import nl.gesprekscyclus.test_support.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Mijn gesprekscyclus": the employee sees their review of next year with its phase and their next step, the
 * review of this year (or, before it exists, the coming one) on a card with a button; someone without a
 * review gets a sentence that P&O starts the cycle.
 */
class MyReviewsViewTests extends KaribuTest {

    TasksTestData data;
    long reviewId;

    @BeforeEach
    void givenSmitsReviewOfNextYear() {
        data = new TasksTestData(context);
        reviewId = data.smitsReviewOfNextYear();
    }

    @Test
    void shouldShowTheEmployeeNextYearsReviewWithItsPhaseAndNextStep() {
        login(SMIT);
        navigate("mijn-gesprekscyclus");

        assertThat(_get(H1.class).getText()).isEqualTo("Mijn gesprekscyclus");
        MyReviewsView view = _get(MyReviewsView.class);
        Component year = yearBlock(NEXT_YEAR);
        String text = year.getElement().getTextRecursively();
        assertThat(text).contains("Gesprekscyclus " + NEXT_YEAR).contains("Fase: Planning")
                .contains("Uw volgende stap: Afspraken opstellen, uiterlijk " + data.smitsPlanningDue())
                .doesNotContain("te laat");
        // other tests may have started this year's round for everyone; then this year's review is on the card
        boolean hasThisYear = data.smitHasAReviewOf(THIS_YEAR);
        int cardYear = hasThisYear ? THIS_YEAR : NEXT_YEAR;
        assertThat(view.current).isNotNull();
        assertThat(view.current.getElement().getAttribute("data-year")).isEqualTo(String.valueOf(cardYear));
        assertThat(view.open.getText()).isEqualTo("Open mijn gesprekscyclus " + cardYear);
        if (!hasThisYear) {
            assertThat(view.current).isSameAs(year);
        } else {
            Anchor link = _get(year, Anchor.class);
            assertThat(link.getText()).isEqualTo("Bekijk gesprekscyclus " + NEXT_YEAR);
            assertThat(link.getHref()).isEqualTo("gesprek/" + reviewId);
        }
        assertThat(view.empty.isAttached()).isFalse();
    }

    @Test
    void shouldTellSomeoneWithoutAReviewThatPAndOStartsTheCycle() {
        login(data.operator());
        navigate("mijn-gesprekscyclus");
        MyReviewsView view = _get(MyReviewsView.class);
        assertThat(view.empty.getText()).startsWith("Er is nog geen gesprekscyclus voor u gestart.")
                .contains("P&O start de gesprekscyclus elk jaar");
        assertThat(view.current).isNull();
        assertThat(view.others).isNull();
    }

    @Test
    void shouldOfferTheScreenInTheMenuOfAnEmployee() {
        login(SMIT);
        navigate("");
        assertThat(menu()).startsWith("Mijn taken", "Mijn gesprekscyclus");
    }

    @Test
    void shouldLeaveTheScreenOutOfTheMenuOfAnAccountWithoutPersonnelRecord() {
        login(data.operator());
        navigate("");
        assertThat(menu()).startsWith("Mijn taken").doesNotContain("Mijn gesprekscyclus");
    }

    /** The card or the list item of a year. */
    private static Component yearBlock(int year) {
        List<Component> blocks = Stream.concat(_find(Section.class).stream(),
                        _find(ListItem.class).stream())
                .filter(c -> String.valueOf(year).equals(c.getElement().getAttribute("data-year")))
                .map(Component.class::cast).toList();
        assertThat(blocks).hasSize(1);
        return blocks.get(0);
    }

    private static List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
