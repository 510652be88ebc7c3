package nl.gesprekscyclus.substitution.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.IntStream;
import nl.gesprekscyclus.audit.AuditEntry;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.review.CoordinatorInputService;
import nl.gesprekscyclus.review.PlanningService;
import nl.gesprekscyclus.review.ResultAgreementData;
import nl.gesprekscyclus.review.ReviewSummary;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.KaribuTest;
import nl.gesprekscyclus.test_support.MatrixPeople;
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

        int row = IntStream.range(0, GridKt._size(view.grid)).filter(i -> GridKt._get(view.grid, i).id() == line.id())
                .findFirst().orElseThrow();
        Button end = (Button) GridKt._getCellComponent(view.grid, row, "actions");
        assertThat(end.getId()).hasValue("substitution-end-" + line.id());
        _click(end);
        assertThat(GridKt._size(view.grid)).isEqualTo(listed);
    }

    @Test
    void shouldNotOpenForAColleagueWhoIsNoManager() {
        login("matrix-collega");
        UI.getCurrent().navigate("vervanging");
        assertThat(_find(SubstitutionView.class)).as("refused: the 'Geen toegang' page instead").isEmpty();
    }

    @Test
    void shouldListTheManagersTaskNamensHerAndLetTheSubstituteDoItOnTheReviewScreen() {
        long id = MatrixPeople.review(context, 2049, MatrixPeople.OTHER_EMPLOYEE_NUMBER);
        login("matrix-buur");
        context.getBean(PlanningService.class).saveResultAgreement(id, null, null, new ResultAgreementData("RG1",
                null, "Nota", "Vastgesteld", LocalDate.of(2049, 6, 30), 100));
        context.getBean(PlanningService.class).submitDrafts(id);
        login("matrix-coordinator");
        context.getBean(CoordinatorInputService.class).submitInput(id);

        login(SubstitutePeople.INSIDE_LOGIN);
        navigate("taken");
        @SuppressWarnings("unchecked")
        Grid<ReviewSummary> tasks = _get(Grid.class, s -> s.withClasses("tasks-grid"));
        int row = IntStream.range(0, GridKt._size(tasks)).filter(i -> GridKt._get(tasks, i).reviewId() == id)
                .findFirst().orElseThrow();
        assertThat(GridKt._getFormatted(tasks, row, "who")).isEqualTo("Bram Buur (420004), namens Lotte Leider");
        // the substitute finds the line by the name she reads on it: the manager's, as well as the employee's
        TextField search = _get(TextField.class, s -> s.withId("tasks-filter-search"));
        search.setValue("namens Lotte Leider");
        assertThat(IntStream.range(0, GridKt._size(tasks)).mapToObj(i -> GridKt._get(tasks, i).reviewId()))
                .contains(id);
        assertThat(IntStream.range(0, GridKt._size(tasks)).mapToObj(i -> GridKt._get(tasks, i).onBehalfOf()))
                .as("only the lines done for her").containsOnly("Lotte Leider");
        search.setValue("Leider");
        assertThat(IntStream.range(0, GridKt._size(tasks)).mapToObj(i -> GridKt._get(tasks, i).reviewId()))
                .contains(id);
        search.setValue("");

        navigate("gesprek/" + id);
        assertThat(_get(Paragraph.class, s -> s.withId("review-acting-for")).getText())
                .isEqualTo("U vervangt Lotte Leider: wat u hier doet, wordt vastgelegd als gedaan door u namens "
                        + "Lotte Leider.");
        _click(_get(Button.class, s -> s.withId("review-set")));
        ConfirmDialogKt._fireConfirm(openConfirm());
        assertThat(driver().openTasks(2049 + "/" + MatrixPeople.OTHER_EMPLOYEE_NUMBER))
                .containsExactly("agreeAgreements");
        AuditEntry set = context.getBean(AuditTrail.class).latest("review.agreements.set").get(0);
        assertThat(set.actor()).isEqualTo(SubstitutePeople.INSIDE_LOGIN);
        assertThat(set.detail()).isEqualTo("namens " + SubstitutePeople.MANAGER_NUMBER);
    }

    private SubstitutionView open() {
        UI.getCurrent().navigate("vervanging");
        return _get(SubstitutionView.class);
    }

    private static EmployeeSummary person(SubstitutionView view, String number) {
        // as a user types the number into the picker: it offers what the service pages for it
        return view.substitute.getLazyDataView().getItems().filter(e -> e.personnelNumber().equals(number))
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
