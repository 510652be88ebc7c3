package nl.gesprekscyclus.substitution.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.Clock;
import java.time.LocalDate;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.KaribuTest;
import nl.gesprekscyclus.test_support.SubstitutePeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Vervanging" on the screen: a bad period or the manager themself as substitute gets a Dutch message next to the
 * field and nothing is stored; a good one is listed; HR chooses the manager too; a colleague cannot open it.
 */
class SubstitutionViewTests extends KaribuTest {

    @Autowired
    Clock clock;

    LocalDate today;

    @BeforeEach
    void people() {
        SubstitutePeople.ensure(context);
        today = LocalDate.now(clock);
    }

    @Test
    void shouldShowABadPeriodNextToItsFieldInDutchAndStoreNothing() {
        login("matrix-leider");
        SubstitutionView view = open();
        int listed = GridKt._size(view.grid);

        view.substitute.setValue(person(view, SubstitutePeople.OUTSIDE_NUMBER));
        view.from.setValue(today.minusDays(1));
        view.to.setValue(today.plusDays(3));
        _click(view.save);
        assertThat(view.from.isInvalid()).isTrue();
        assertThat(view.from.getErrorMessage())
                .isEqualTo("De vervanging kan niet in het verleden beginnen: kies vandaag of later.");
        assertThat(view.to.isInvalid()).isFalse();
        assertThat(GridKt._size(view.grid)).isEqualTo(listed);

        // overlapping Vera's week: named, with her dates
        view.from.setValue(today.plusDays(2));
        _click(view.save);
        assertThat(view.from.getErrorMessage()).startsWith("Deze periode overlapt met de vervanging door Vera Vervanger");

        // herself
        view.substitute.setValue(person(view, SubstitutePeople.MANAGER_NUMBER));
        view.from.setValue(today.plusDays(30));
        view.to.setValue(today.plusDays(29));
        _click(view.save);
        assertThat(view.substitute.getErrorMessage())
                .isEqualTo("U kunt niet uzelf als vervanger aanwijzen: kies een collega.");
        assertThat(view.to.getErrorMessage()).isEqualTo("De laatste dag ligt vóór de eerste dag.");
        assertThat(view.from.isInvalid()).as("the earlier message is gone").isFalse();
        assertThat(GridKt._size(view.grid)).isEqualTo(listed);
        assertThat(view.manager.isAttached()).as("a manager sets her own substitute only").isFalse();
    }

    @Test
    void shouldLetHrNameASubstituteForAnIllManagerAndEndIt() {
        login(DemoUsers.HR);
        SubstitutionView view = open();
        int listed = GridKt._size(view.grid);
        view.manager.setValue(person(view, SubstitutePeople.MANAGER_NUMBER));
        view.substitute.setValue(person(view, SubstitutePeople.OUTSIDE_NUMBER));
        view.from.setValue(today.plusDays(70));
        view.to.setValue(today.plusDays(75));
        view.reason.setValue("ziek");
        _click(view.save);
        assertThat(GridKt._size(view.grid)).isEqualTo(listed + 1);
        SubstitutionServiceLine line = SubstitutionServiceLine.last(view);
        assertThat(line.text()).isEqualTo("Lotte Leider / Lars Later / ziek");

        _click(_get(Button.class, s -> s.withId("substitution-end-" + line.id())));
        assertThat(GridKt._size(view.grid)).isEqualTo(listed);
    }

    @Test
    void shouldNotOpenForAColleagueWhoIsNoManager() {
        login("matrix-collega");
        assertThatThrownBy(() -> UI.getCurrent().navigate("vervanging"))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    private SubstitutionView open() {
        UI.getCurrent().navigate("vervanging");
        return _get(SubstitutionView.class);
    }

    private static EmployeeSummary person(SubstitutionView view, String number) {
        return view.substitute.getListDataView().getItems().filter(e -> e.personnelNumber().equals(number))
                .findFirst().orElseThrow();
    }

    /** The newest line of the grid, by the start of its period. */
    record SubstitutionServiceLine(long id, String text) {
        static SubstitutionServiceLine last(SubstitutionView view) {
            var line = view.grid.getListDataView().getItems()
                    .max(java.util.Comparator.comparing(nl.gesprekscyclus.substitution.SubstitutionService.Line::from))
                    .orElseThrow();
            return new SubstitutionServiceLine(line.id(), line.managerName() + " / " + line.substituteName() + " / "
                    + line.reason());
        }
    }
}
