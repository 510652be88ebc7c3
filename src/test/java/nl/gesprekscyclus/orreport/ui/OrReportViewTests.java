package nl.gesprekscyclus.orreport.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.ArrayList;
import java.util.List;
import nl.gesprekscyclus.orreport.OrReport;
import nl.gesprekscyclus.orreport.OrReportWorld;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Rapportage OR" on screen for HR with the organisation of {@link OrReportWorld}: the table per unit with Team
 * Klein's cells as "–" and the note that explains them, the level chooser, both downloads; not in the menu or at
 * its address for anyone else.
 */
class OrReportViewTests extends KaribuTest {

    @BeforeEach
    void givenTheWorld() {
        OrReportWorld.ensure(context);
    }

    private static List<String> column(Grid<OrReport.Row> grid, String key) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            values.add(GridKt._getFormatted(grid, i, key));
        }
        return values;
    }

    @Test
    void shouldShowTheYearPerUnitWithTheSmallUnitSuppressedAndExplained() {
        login(DemoUsers.HR);
        navigate("or-rapportage");
        OrReportView view = _get(OrReportView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Rapportage voor de ondernemingsraad");
        view.year.setValue(OrReportWorld.YEAR);
        assertThat(view.level.getValue()).as("every unit apart by default").isNull();

        Grid<OrReport.Row> units = view.grids.get(0);
        assertThat(column(units, "label")).containsExactly("\u00a0\u00a0\u00a0\u00a0Team Groot",
                "\u00a0\u00a0\u00a0\u00a0Team Klein", "Totaal organisatie");
        assertThat(column(units, "inCycle")).containsExactly("–", "–", "12");
        assertThat(column(units, "judgement.goed")).containsExactly("–", "–", "8");
        assertThat(units.getColumnByKey("judgement.goed").getHeaderText()).isEqualTo("goed");
        assertThat(view.note.getText()).startsWith("– = niet getoond. Een aantal van minder dan 5 personen")
                .contains("het totaal min de andere eenheden");
        assertThat(view.levelNote.isVisible()).isFalse();

        view.level.setValue(view.level.getListDataView().getItems().filter(l -> l.depth() == 1).findFirst()
                .orElseThrow());
        units = view.grids.get(0);
        assertThat(column(units, "label")).containsExactly("\u00a0\u00a0Rapportagedirectie", "Totaal organisatie");
        assertThat(column(units, "inCycle")).containsExactly("12", "12");
        assertThat(column(units, "planningAgreed")).containsExactly("12", "12");
        assertThat(column(units, "progressHeld")).containsExactly("–", "–");
        assertThat(view.levelNote.isVisible()).isTrue();

        assertThat(view.pdf.getHref()).isNotBlank();
        assertThat(view.csv.getHref()).isNotBlank();
        assertThat(view.pdf.isVisible()).isTrue();
        assertThat(view.empty.isVisible()).isFalse();
    }

    @Test
    void shouldOfferTheScreenToHrOnly() {
        login(DemoUsers.HR);
        navigate("");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).contains("Rapportage OR");
        for (String user : List.of(DemoUsers.EMPLOYEE, DemoUsers.COORDINATOR, DemoUsers.MANAGER, DemoUsers.ADMIN)) {
            login(user);
            navigate("");
            assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).as(user)
                    .doesNotContain("Rapportage OR");
            try {
                navigate("or-rapportage");
            } catch (MockAccessDeniedException expected) {
                // Karibu reports the annotation check directly
            }
            assertThat(UI.getCurrent().getCurrentView()).as(user).isNotInstanceOf(OrReportView.class);
        }
    }
}
