package nl.gesprekscyclus.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.gesprekscyclus.privacy.PrivacyFixture;
import nl.gesprekscyclus.test_support.DatabaseTest;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.Login;
import nl.gesprekscyclus.test_support.ProcessDriver;
import nl.gesprekscyclus.test_support.ReviewScenario;
import nl.gesprekscyclus.test_support.TestPeople;
import nl.gesprekscyclus.test_support.TestYears;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Who reads what of a review (PRODUCT.md): the employee, the manager and the coordinator read it, each with
 * less or more; a colleague and HR (without an advice task) are refused; "Mijn taken" lists the right tasks.
 */
@DatabaseTest
@Import({ProcessDriver.class, PrivacyFixture.class})
class ReviewReadTests {

    static final int YEAR = TestYears.NEXT;
    /** Thijs Visser, beleidsadviseur, coordinated by Jeroen van der Meer, managed by Annemarie Bakker. */
    static final String THIJS = TestPeople.THIJS.personnelNumber();
    static final String KEY = YEAR + "/" + THIJS;

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    ReviewReadService reading;
    @Autowired
    MyTasksService myTasks;
    @Autowired
    PlanningService planning;
    @Autowired
    CoordinatorInputService input;

    @AfterEach
    void reset() {
        Login.logout();
    }

    @Test
    void shouldShowEachPartyWhatTheyMaySeeAndRefuseTheRest() {
        long id = startReview();

        Login.as(users, "visser");
        assertThat(myTasks.page(MyTasksService.Query.everything(), List.of(), List.of(), 0, 500)).extracting(ReviewSummary::openTask, ReviewSummary::processKey)
                .contains(org.assertj.core.groups.Tuple.tuple(ReviewTask.DRAFT_AGREEMENTS, KEY));
        assertThat(reading.myReviews()).extracting(ReviewSummary::year).contains(YEAR);
        ReviewDossier own = reading.dossier(id);
        assertThat(own.viewer()).isEqualTo(Party.EMPLOYEE);
        assertThat(own.myOpenTasks()).containsExactly(ReviewTask.DRAFT_AGREEMENTS);
        assertThat(own.jobProfile().code()).isEqualTo("medewerker-ontwikkeling-ii");
        assertThat(own.competencies()).hasSize(5);
        ResultAgreement agreement = planning.saveResultAgreement(id, null, null, new ResultAgreementData("RG1", null,
                "Nota", "Vastgesteld", LocalDate.of(YEAR, 6, 30), null));
        planning.submitDrafts(id);

        // the coordinator's input is hidden from the employee while the coordinator is still writing it
        Login.as(users, DemoUsers.COORDINATOR);
        assertThat(myTasks.page(MyTasksService.Query.everything(), List.of(), List.of(), 0, 500)).extracting(ReviewSummary::openTask, ReviewSummary::employeeName)
                .contains(org.assertj.core.groups.Tuple.tuple(ReviewTask.PLANNING_INPUT, "Thijs Visser"));
        input.addInput(id, agreement.getLineage(), null, "Concept-inbreng");
        ReviewDossier asCoordinator = reading.dossier(id);
        assertThat(asCoordinator.viewer()).isEqualTo(Party.COORDINATOR);
        assertThat(asCoordinator.coordinatorInputs()).hasSize(1);
        assertThat(asCoordinator.signatures()).isEmpty();
        assertThat(asCoordinator.scores()).isEmpty();
        Login.as(users, "visser");
        assertThat(reading.dossier(id).coordinatorInputs()).isEmpty();
        assertThat(reading.dossier(id).myOpenTasks()).isEmpty();
        Login.as(users, DemoUsers.COORDINATOR);
        input.submitInput(id);
        Login.as(users, "visser");
        assertThat(reading.dossier(id).coordinatorInputs()).extracting(CoordinatorInput::getText)
                .containsExactly("Concept-inbreng");

        Login.as(users, DemoUsers.MANAGER);
        ReviewDossier asManager = reading.dossier(id);
        assertThat(asManager.viewer()).isEqualTo(Party.MANAGER);
        assertThat(asManager.myOpenTasks()).containsExactly(ReviewTask.PLANNING_CONVERSATION);

        // a colleague, HR without an advice task, and someone guessing ids are refused
        for (String stranger : List.of("dijkstra", DemoUsers.HR, DemoUsers.ADMIN)) {
            Login.as(users, stranger);
            assertThatThrownBy(() -> reading.dossier(id)).as(stranger).isInstanceOf(AccessDeniedException.class);
        }
        Login.as(users, "visser");
        assertThatThrownBy(() -> reading.dossier(id + 100_000)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reading.history(id + 100_000, agreement.getLineage()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long startReview() {
        return ReviewScenario.of(context, TestPeople.THIJS).inYear(YEAR).started().id();
    }
}
