package nl.gesprekscyclus.vlootschouw.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import nl.gesprekscyclus.test_support.KaribuTest;
import nl.gesprekscyclus.test_support.VlootschouwPeople;
import nl.gesprekscyclus.vlootschouw.VlootschouwService;
import nl.gesprekscyclus.vlootschouw.VlootschouwService.PlacedPerson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Vlootschouw screen (issue 20): the manager places an employee with a reason through the dialog (no reason: the
 * message next to the field, nothing saved), the SVG grid counts the people per cell with a link per cell named in
 * words, the same counts are in a table, and a cell's link lists its people, for the manager and the manager above;
 * the screen is refused to an employee and a coordinator.
 */
class VlootschouwViewTests extends KaribuTest {

    static final String YEAR = "?jaar=" + VlootschouwPeople.YEAR;

    @BeforeEach
    void world() {
        VlootschouwPeople.ensure(context);
        VlootschouwPeople.clearPlacements(context);
        VlootschouwPeople.beaSubstitutesTom(context, false);
    }

    @Test
    void shouldPlaceWithAReasonAndCountThePlacementInTheGridAndItsTable() {
        login(VlootschouwPeople.TOM);
        navigate(VlootschouwView.ROUTE + YEAR);
        VlootschouwView view = _get(VlootschouwView.class);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Vlootschouw");
        assertThat(GridKt._size(view.toPlace)).isEqualTo(3);

        int pim = GridKt._findAll(view.toPlace).stream().map(VlootschouwService.ToPlace::name).toList()
                .indexOf("Pim Plaats");
        Button place = (Button) GridKt._getCellComponent(view.toPlace, pim, "place");
        assertThat(place.getElement().getAttribute("aria-label")).isEqualTo("Plaatsen: Pim Plaats");
        place.click();
        PlacementDialog dialog = openDialog(PlacementDialog.class);
        dialog.performance.setValue(dialog.performance.getListDataView().getItems()
                .filter(s -> s.code().equals("goed")).findFirst().orElseThrow());
        dialog.potential.setValue(dialog.potential.getListDataView().getItems()
                .filter(s -> s.code().equals("groei-op-termijn")).findFirst().orElseThrow());
        dialog.save.click();
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("Geef een korte reden voor deze plaats.");
        assertThat(context.getBean(VlootschouwService.class).placed(VlootschouwPeople.YEAR, null)).isEmpty();

        dialog.reason.setValue("Trekt het nieuwe project");
        dialog.save.click();
        assertThat(dialog.isOpened()).isFalse();

        String svg = svg(view);
        assertThat(svg).contains("role=\"group\"", "<title id=\"vlootschouw-svg-title\">")
                .contains("aria-label=\"Ster (goed, groei op termijn): 1 persoon\"")
                .contains("aria-label=\"Werkbij (goed, grens bereikt): 0 personen\"")
                .contains("href=\"vlootschouw?jaar=2066&amp;prestatie=goed&amp;potentieel=groei-op-termijn\"");
        Anchor star = _get(view.table, Anchor.class,
                spec -> spec.withAttribute("aria-label", "Ster (goed, groei op termijn): 1 persoon"));
        assertThat(star.getText()).isEqualTo("1");
    }

    @Test
    void shouldListTheCellsPeopleForTheManagerAndTheManagerAbove() {
        login(VlootschouwPeople.TOM);
        VlootschouwService service = context.getBean(VlootschouwService.class);
        service.place(VlootschouwPeople.reviewId(context, VlootschouwPeople.YEAR, VlootschouwPeople.PIM_NUMBER),
                "excellent", "direct-doorgroeien", "Klaar voor de volgende stap");
        service.place(VlootschouwPeople.reviewId(context, VlootschouwPeople.YEAR, VlootschouwPeople.KEES_NUMBER),
                "goed", "grens-bereikt", "Betrouwbaar");

        for (String viewer : List.of(VlootschouwPeople.TOM, "vloot-ada")) {
            logInAgain(viewer);
            navigate(VlootschouwView.ROUTE + YEAR);
            VlootschouwView view = _get(VlootschouwView.class);
            Anchor star = _get(view.table, Anchor.class, spec -> spec.withAttribute("aria-label",
                    "Ster (excellent, direct doorgroeien): 1 persoon"));
            navigate(star.getHref());
            view = _get(VlootschouwView.class);
            assertThat(view.cellSection.getElement().getTextRecursively())
                    .contains("Ster: prestatie excellent, potentieel direct doorgroeien")
                    .contains("talent managen: doorgroeien naar een volgende functie en behouden");
            List<PlacedPerson> people = GridKt._findAll(view.people);
            assertThat(people).as(viewer).extracting(PlacedPerson::name, PlacedPerson::reason)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Pim Plaats", "Klaar voor de volgende stap"));
            assertThat(svg(view)).contains("aria-current=\"true\"");
        }
        // the manager of the sibling team follows the same link: the cell is empty for her, nobody is named
        logInAgain(VlootschouwPeople.BEA);
        navigate(VlootschouwView.ROUTE + YEAR + "&prestatie=excellent&potentieel=direct-doorgroeien");
        VlootschouwView view = _get(VlootschouwView.class);
        assertThat(view.cellSection.getElement().getTextRecursively())
                .contains("In dit vak staat niemand die u mag zien.").doesNotContain("Pim");
        assertThat(svg(view)).contains("Ster (excellent, direct doorgroeien): 0 personen").doesNotContain("Pim");
    }

    @Test
    void shouldLetHrOpenAVlootschouwMomentSoTheManagerPlacesOutsideTheAssessmentPhaseUntilHrEndsIt() {
        String nextYear = "?jaar=" + VlootschouwPeople.NEXT_YEAR;
        login(nl.gesprekscyclus.test_support.DemoUsers.HR);
        navigate(VlootschouwView.ROUTE + nextYear);
        VlootschouwView view = _get(VlootschouwView.class);
        assertThat(view.moment.status.getText())
                .isEqualTo("Er is geen vlootschouwmoment voor 2067: plaatsen kan in de beoordelingsfase.");
        assertThat(view.moment.end.isVisible()).isFalse();
        // the last day before the first: the message at the field, nothing stored
        java.time.LocalDate today = view.moment.opensOn.getValue();
        view.moment.closesOn.setValue(today.minusDays(1));
        view.moment.open.click();
        assertThat(view.moment.closesOn.getErrorMessage()).contains("De laatste dag ligt in het verleden.");
        assertThat(context.getBean(nl.gesprekscyclus.vlootschouw.VlootschouwMoments.class)
                .moment(VlootschouwPeople.NEXT_YEAR)).isEmpty();

        view.moment.closesOn.setValue(today.plusDays(20));
        assertThat(view.moment.open.getText()).isEqualTo("Vlootschouwmoment 2067 openen");
        view.moment.open.click();
        assertThat(view.moment.status.getText()).startsWith("Het vlootschouwmoment van 2067 loopt van ")
                .endsWith("leidinggevenden plaatsen hun medewerkers van 2067, in welke fase hun gesprekscyclus ook is.");

        logInAgain(VlootschouwPeople.TOM);
        navigate(VlootschouwView.ROUTE + nextYear);
        view = _get(VlootschouwView.class);
        assertThat(view.moment.open.getParent()).as("the manager has no form").isEmpty();
        assertThat(GridKt._findAll(view.toPlace)).extracting(VlootschouwService.ToPlace::name)
                .containsExactly("Pim Plaats");

        logInAgain(nl.gesprekscyclus.test_support.DemoUsers.HR);
        navigate(VlootschouwView.ROUTE + nextYear);
        view = _get(VlootschouwView.class);
        view.moment.end.click();
        assertThat(openConfirm().getElement().getProperty("header")).isEqualTo("Vlootschouwmoment 2067 beëindigen?");
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(openConfirm());
        assertThat(view.moment.status.getText()).contains("is beëindigd. Plaatsen kan weer alleen in de beoordelingsfase.");

        logInAgain(VlootschouwPeople.TOM);
        navigate(VlootschouwView.ROUTE + nextYear);
        view = _get(VlootschouwView.class);
        assertThat(GridKt._size(view.toPlace)).isZero();
        assertThat(view.noneToPlace.isVisible()).isTrue();
    }

    @Test
    void shouldRefuseTheScreenToAnEmployeeAndACoordinator() {
        for (String refused : List.of(VlootschouwPeople.PIM, VlootschouwPeople.SANNE)) {
            logInAgain(refused);
            try {
                navigate(VlootschouwView.ROUTE + YEAR);
            } catch (MockAccessDeniedException expected) {
                // Karibu reports the annotation check directly
            }
            assertThat(UI.getCurrent().getCurrentView()).as(refused).isNotInstanceOf(VlootschouwView.class);
            assertThat(_find(VlootschouwView.class)).as(refused).isEmpty();
            navigate("");
            assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).as(refused)
                    .doesNotContain("Vlootschouw");
        }
    }

    private static String svg(VlootschouwView view) {
        return _get(view.picture, Svg.class).getElement().getProperty("innerHTML");
    }
}
