package nl.gesprekscyclus.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.gesprekscyclus.review.ui.QueueTestData.HOFMAN;
import static nl.gesprekscyclus.test_support.SearchPeople.MULDER;
import static nl.gesprekscyclus.test_support.SearchPeople.PAST_YEAR;
import static nl.gesprekscyclus.test_support.SearchPeople.VAN_DER_MEER;
import static nl.gesprekscyclus.test_support.SearchPeople.YEAR;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.stream.IntStream;
import nl.gesprekscyclus.monitoring.ui.DossierOpeningDialog;
import nl.gesprekscyclus.review.ReviewSearch.Row;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.KaribuTest;
import nl.gesprekscyclus.test_support.Login;
import nl.gesprekscyclus.test_support.SearchPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Gesprekken zoeken" on screen: the filters narrow what the database returns a page at a time; a row opens the
 * review for its manager, the dossier opening for HR (never the content straight away) and only a word for who
 * sees the status; the menu shows it to managers and HR; a profile links to the person's reviews. The world is
 * {@link SearchPeople}, plus the real review of Roel Hofman of {@link QueueTestData} for opening a review screen.
 */
class ReviewSearchViewTests extends KaribuTest {

    @BeforeEach
    void givenTheWorld() {
        SearchPeople.ensure(context);
    }

    @AfterEach
    void logout() {
        Login.logout();
    }

    @Test
    void shouldFindByNameInAnyOrderAndShowTheStatus() {
        ReviewSearchView view = open(SearchPeople.TESSA);
        assertThat(_get(H1.class).getText()).isEqualTo("Gesprekken zoeken");
        view.name.setValue("mulder NOOR");

        List<Row> rows = rows(view.grid);
        assertThat(rows).extracting(r -> r.personnelNumber() + "/" + r.year())
                .containsExactly(MULDER + "/" + YEAR, MULDER + "/" + PAST_YEAR);
        assertThat(view.summary.getText()).isEqualTo("2 gesprekken gevonden.");
        Anchor link = (Anchor) GridKt._getCellComponent(view.grid, 0, "employee");
        assertThat(link.getText()).isEqualTo("Noor Mulder (430011)");
        assertThat(link.getHref()).isEqualTo("gesprek/" + SearchPeople.reviewId(context, YEAR, MULDER));
        assertThat(GridKt._getFormatted(view.grid, 0, "unit")).isEqualTo("Zoekteam");
        assertThat(GridKt._getFormatted(view.grid, 0, "phase")).isEqualTo("Planning");
        assertThat(GridKt._getFormatted(view.grid, 0, "manager")).isEqualTo("Tessa Teamleider");
        assertThat(GridKt._getFormatted(view.grid, 1, "phase")).isEqualTo("Afgerond (ondertekend)");
        assertThat(GridKt._getCellComponent(view.grid, 1, "employee")).as("a past review another manager held")
                .isInstanceOf(Span.class);

        view.year.setValue(PAST_YEAR);
        assertThat(rows(view.grid)).extracting(Row::year).containsExactly(PAST_YEAR);
        view.year.clear();
        view.phase.setValue(nl.gesprekscyclus.review.ReviewPhase.ASSESSMENT);
        view.name.clear();
        assertThat(rows(view.grid)).extracting(Row::personnelNumber).containsExactly(VAN_DER_MEER);
    }

    @Test
    void shouldSayClearlyWhenNothingMatches() {
        ReviewSearchView view = open(SearchPeople.TESSA);
        view.name.setValue("Noortje Mulders");
        assertThat(GridKt._size(view.grid)).as("the neighbouring unit's employee").isZero();
        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getText()).startsWith("Er is geen gesprek dat bij deze zoekopdracht past.");
        assertThat(view.summary.getText()).isEqualTo("Geen gesprekken gevonden.");
        view.name.clear();
        assertThat(view.grid.isVisible()).isTrue();
    }

    @Test
    void shouldOpenTheReviewForItsManager() {
        QueueTestData queue = new QueueTestData(context);
        queue.prepare();
        ReviewSearchView view = open(DemoUsers.MANAGER);
        view.name.setValue("hofman roel");
        view.year.setValue(QueueTestData.YEAR);
        assertThat(rows(view.grid)).extracting(Row::personnelNumber).containsExactly(HOFMAN);
        GridKt._clickItem(view.grid, 0, 1, false, false, false, false);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("gesprek/" + queue.reviewId(HOFMAN));
        assertThat(_find(ReviewView.class)).hasSize(1);
    }

    @Test
    void shouldLeadHrToTheDossierOpeningAndNotToTheContent() {
        ReviewSearchView view = open(DemoUsers.HR);
        view.name.setValue("Noor Mulder");
        view.year.setValue(YEAR);
        int row = IntStream.range(0, GridKt._size(view.grid))
                .filter(i -> GridKt._get(view.grid, i).personnelNumber().equals(MULDER)).findFirst().orElseThrow();
        assertThat(GridKt._getCellComponent(view.grid, row, "employee")).isInstanceOf(Button.class);
        GridKt._clickItem(view.grid, row, 1, false, false, false, false);

        assertStillSearching();
        DossierOpeningDialog dialog = openDialog(DossierOpeningDialog.class);
        assertThat(dialog.getHeaderTitle()).contains("Noor Mulder");
    }

    @Test
    void shouldTellWhoSeesOnlyTheStatusWhyTheRowDoesNotOpen() {
        ReviewSearchView view = open(SearchPeople.AREND);
        view.name.setValue("muller jurgen");
        GridKt._clickItem(view.grid, 0, 1, false, false, false, false);
        assertStillSearching();
        NotificationsKt.expectNotifications("Van dit gesprek ziet u alleen de status: alleen de medewerker, de eigen"
                + " leidinggevende en wie erin beoordeelt of vaststelt, lezen de inhoud.");
        NotificationsKt.clearNotifications();

        ReviewSearchView bert = open(SearchPeople.BERT);
        bert.name.setValue("van der meer");
        bert.year.setValue(YEAR);
        assertThat(rows(bert.grid)).extracting(Row::personnelNumber).containsExactly(VAN_DER_MEER);
        GridKt._clickItem(bert.grid, 0, 1, false, false, false, false);
        assertStillSearching();
        NotificationsKt.expectNotifications("U kunt dit gesprek lezen zodra uw stap als tweede beoordelaar of"
                + " vaststeller openstaat; tot dan ziet u alleen de status.");
    }

    @Test
    void shouldShowOnePersonsReviewsFromTheirProfile() {
        login(SearchPeople.TESSA);
        navigate("profiel/" + MULDER);
        Anchor link = _get(Anchor.class, spec -> spec.withId("profile-reviews"));
        assertThat(link.getText()).isEqualTo("Gesprekken van Noor Mulder");
        assertThat(link.getHref()).isEqualTo("gesprekken-zoeken?medewerker=" + MULDER);

        navigate(link.getHref());
        ReviewSearchView view = _get(ReviewSearchView.class);
        assertThat(rows(view.grid)).extracting(Row::personnelNumber).containsOnly(MULDER).hasSize(2);
        assertThat(view.person.isVisible()).isTrue();
        view.allPeople.click();
        assertThat(view.person.isVisible()).isFalse();
        assertThat(rows(view.grid)).hasSizeGreaterThan(2);
    }

    @Test
    void shouldShowNoReviewsLinkOnAProfileWhenTheViewerFindsNone() {
        login(DemoUsers.MANAGER);
        navigate("profiel/430001");
        assertThat(_find(nl.gesprekscyclus.profile.ui.MyProfileView.class)).hasSize(1);
        assertThat(_find(Anchor.class, spec -> spec.withId("profile-reviews"))).as("Arend Afdeling has no review")
                .isEmpty();
        login(DemoUsers.EMPLOYEE);
        navigate("profiel");
        assertThat(_find(Anchor.class, spec -> spec.withId("profile-reviews"))).as("one's own profile").isEmpty();
    }

    @Test
    void shouldPutTheScreenInTheMenuOfManagersAndHrOnly() {
        for (String user : List.of(DemoUsers.MANAGER, DemoUsers.HR, SearchPeople.TESSA)) {
            login(user);
            navigate("");
            assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).as(user)
                    .contains("Gesprekken zoeken");
        }
        for (String user : List.of(DemoUsers.EMPLOYEE, "zoek-mulder", DemoUsers.COORDINATOR, DemoUsers.ADMIN)) {
            login(user);
            navigate("");
            assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).as(user)
                    .doesNotContain("Gesprekken zoeken");
            try {
                navigate("gesprekken-zoeken");
            } catch (MockAccessDeniedException expected) {
                // Karibu reports the annotation check directly
            }
            assertThat(UI.getCurrent().getCurrentView()).as(user).isNotInstanceOf(ReviewSearchView.class);
        }
    }

    /** The click did not lead to the review's content. */
    private static void assertStillSearching() {
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("gesprekken-zoeken");
        assertThat(_find(ReviewView.class)).isEmpty();
    }

    private ReviewSearchView open(String user) {
        login(user);
        navigate("gesprekken-zoeken");
        return _get(ReviewSearchView.class);
    }

    private static List<Row> rows(Grid<Row> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }
}
