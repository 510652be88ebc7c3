package nl.gesprekscyclus.workrole.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.KaribuTest;
import nl.gesprekscyclus.test_support.Login;
import nl.gesprekscyclus.test_support.SearchPeople;
import nl.gesprekscyclus.workrole.RoleOverviewExport.Section;
import nl.gesprekscyclus.workrole.RoleOverviewWorld;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Rollen in de organisatie" on screen with the roles of {@link RoleOverviewWorld}: the filters change what the
 * grids fetch from the database, the tabs switch between the four lists, both exports are offered, and the menu and
 * the address are there for HR, the functioneel beheerder, managers and coordinators only.
 */
@Transactional
class RoleOverviewViewTests extends KaribuTest {

    @BeforeEach
    void givenTheWorld() {
        RoleOverviewWorld.create(context);
    }

    @AfterEach
    void logout() {
        Login.logout();
    }

    @Test
    void shouldNarrowTheListsWithTheFiltersAndOfferBothExports() {
        login(DemoUsers.HR);
        navigate("rollen-overzicht");
        RoleOverviewView view = _get(RoleOverviewView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Rollen in de organisatie");
        assertThat(view.year.getValue()).as("this year by default").isEqualTo(LocalDate.now().getYear());
        assertThat(view.day.getValue()).isNull();

        view.year.setValue(RoleOverviewWorld.YEAR);
        view.unit.setValue(view.unit.getListDataView().getItems()
                .filter(u -> u.name().equals("Zoekafdeling")).findFirst().orElseThrow());
        assertThat(column(view.holders, "employee")).containsExactly("Jan van der Meer (430012)",
                "Noor Mulder (430011)");
        assertThat(view.summary.getText()).isEqualTo("2 toewijzingen in 2057.");
        assertThat(GridKt._getFormatted(view.holders, 1, "period")).isEqualTo("01-01-2057 t/m 31-12-2057");
        assertThat(GridKt._getFormatted(view.holders, 1, "share")).isEqualTo("40%");

        view.role.setValue(view.role.getListDataView().getItems().filter(r -> r.code().equals("projectleider"))
                .findFirst().orElseThrow());
        assertThat(column(view.holders, "employee")).containsExactly("Noor Mulder (430011)");
        view.role.clear();
        view.day.setValue(LocalDate.of(2057, 8, 1));
        assertThat(column(view.holders, "employee")).containsExactly("Noor Mulder (430011)");
        assertThat(view.summary.getText()).isEqualTo("1 toewijzing op 1 augustus 2057.");

        view.tabs.setSelectedTab(view.tabOf.get(Section.VACANT));
        assertThat(view.vacant.isVisible()).isTrue();
        assertThat(view.holders.isVisible()).isFalse();
        assertThat(column(view.vacant, "role")).containsExactlyInAnyOrder("Contractmanager", "Opdrachtgever",
                "Clustercoördinator");
        view.tabs.setSelectedTab(view.tabOf.get(Section.WITHOUT_ROLE));
        assertThat(column(view.withoutRole, "employee")).contains("Jan van der Meer (430012)")
                .doesNotContain("Noor Mulder (430011)");
        view.day.clear();
        view.tabs.setSelectedTab(view.tabOf.get(Section.CHANGES));
        assertThat(column(view.changes, "change")).containsExactly("begonnen", "voorgesteld", "geëindigd",
                "geëindigd");
        assertThat(view.summary.getText()).isEqualTo("4 wijzigingen in 2057.");
        view.year.setValue(2056);
        assertThat(column(view.changes, "employee")).containsExactly("Jan van der Meer (430012)");

        assertThat(view.csv.getText()).isEqualTo("CSV: Wijzigingen in het jaar");
        assertThat(view.csv.getHref()).isNotBlank();
        assertThat(view.excel.getText()).isEqualTo("Excel (alle vier de lijsten)");
        assertThat(view.excel.getHref()).isNotBlank();
    }

    @Test
    void shouldShowTheScreenToHrTheAdminManagersAndCoordinatorsAndNotToAnEmployee() {
        for (String user : List.of(DemoUsers.HR, DemoUsers.ADMIN, DemoUsers.MANAGER, DemoUsers.COORDINATOR,
                SearchPeople.TESSA)) {
            login(user);
            navigate("");
            assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).as(user)
                    .contains("Rollen in de organisatie");
            navigate("rollen-overzicht");
            assertThat(UI.getCurrent().getCurrentView()).as(user).isInstanceOf(RoleOverviewView.class);
        }
        // Tessa sees her team's people and no other unit to choose
        assertThat(_get(RoleOverviewView.class).unit.getListDataView().getItems().map(u -> u.name()))
                .containsExactly("Zoekteam");
        for (String user : List.of(DemoUsers.EMPLOYEE, "zoek-mulder")) {
            login(user);
            navigate("");
            assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).as(user)
                    .doesNotContain("Rollen in de organisatie");
            try {
                navigate("rollen-overzicht");
            } catch (MockAccessDeniedException expected) {
                // Karibu reports the annotation check directly
            }
            assertThat(UI.getCurrent().getCurrentView()).as(user).isNotInstanceOf(RoleOverviewView.class);
        }
    }

    private static <T> List<String> column(Grid<T> grid, String key) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._getFormatted(grid, i, key)).toList();
    }
}
