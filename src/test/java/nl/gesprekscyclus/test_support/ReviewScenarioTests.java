package nl.gesprekscyclus.test_support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.gesprekscyclus.review.ReviewDossier;
import nl.gesprekscyclus.review.ReviewPhase;
import nl.gesprekscyclus.review.ReviewReadService;
import nl.gesprekscyclus.review.ReviewTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Each stage of {@link ReviewScenario} is where its name says, as the people of the review see it: the open step in
 * the engine, and the phase and "my open tasks" the review screen's service gives the person whose step it is
 * (nobody's between the phases). Loïs Kramer's review of {@link TestYears#SCENARIO}, taken through the whole year one
 * stage at a time; asked again, a scenario finds the review where it stands.
 */
@DatabaseTest
class ReviewScenarioTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    ReviewReadService reads;

    @AfterEach
    void reset() {
        new ProcessDriver(context.getBean(org.camunda.bpm.engine.ManagementService.class),
                context.getBean(org.camunda.bpm.engine.RuntimeService.class),
                context.getBean(org.camunda.bpm.engine.TaskService.class)).resetClock();
        Login.logout();
    }

    /** A stage, whose step is open (task key, the person, the screen's name for it), or nobody's. */
    record Expected(ReviewScenario.Stage stage, ReviewPhase phase, String task, String login, ReviewTask mine) {
    }

    @Test
    void shouldStandAtEachStageWhereItsNameSaysInTheEngineAndOnTheReviewScreensService() {
        TestPeople.Person lois = TestPeople.LOIS;
        String employee = lois.login();
        String coordinator = lois.coordinator();
        String manager = lois.manager();
        List<Expected> walk = List.of(
                new Expected(ReviewScenario.Stage.STARTED, ReviewPhase.PLANNING, "draftAgreements", employee,
                        ReviewTask.DRAFT_AGREEMENTS),
                new Expected(ReviewScenario.Stage.DRAFTS_SUBMITTED, ReviewPhase.PLANNING, "planningInput",
                        coordinator, ReviewTask.PLANNING_INPUT),
                new Expected(ReviewScenario.Stage.PLANNING_INPUT_GIVEN, ReviewPhase.PLANNING, "planningConversation",
                        manager, ReviewTask.PLANNING_CONVERSATION),
                new Expected(ReviewScenario.Stage.AGREEMENTS_SET, ReviewPhase.PLANNING, "agreeAgreements", employee,
                        ReviewTask.AGREE_AGREEMENTS),
                new Expected(ReviewScenario.Stage.AGREED, ReviewPhase.PLANNING, null, employee, null),
                new Expected(ReviewScenario.Stage.PLANNED, ReviewPhase.PLANNING, null, manager, null),
                new Expected(ReviewScenario.Stage.IN_PROGRESS, ReviewPhase.PROGRESS, "selfReflection", employee,
                        ReviewTask.SELF_REFLECTION),
                new Expected(ReviewScenario.Stage.REFLECTED, ReviewPhase.PROGRESS, "progressInput", coordinator,
                        ReviewTask.PROGRESS_INPUT),
                new Expected(ReviewScenario.Stage.PROGRESS_INPUT_GIVEN, ReviewPhase.PROGRESS, "progressConversation",
                        manager, ReviewTask.PROGRESS_CONVERSATION),
                new Expected(ReviewScenario.Stage.PROGRESS_RECORDED, ReviewPhase.PROGRESS, null, manager, null),
                new Expected(ReviewScenario.Stage.IN_ASSESSMENT, ReviewPhase.ASSESSMENT, "selfAssessment", employee,
                        ReviewTask.SELF_ASSESSMENT),
                new Expected(ReviewScenario.Stage.SELF_ASSESSED, ReviewPhase.ASSESSMENT, "informantInput",
                        coordinator, ReviewTask.INFORMANT_INPUT),
                new Expected(ReviewScenario.Stage.ASSESSMENT_INPUT_GIVEN, ReviewPhase.ASSESSMENT, "writeAssessment",
                        manager, ReviewTask.WRITE_ASSESSMENT),
                new Expected(ReviewScenario.Stage.ASSESSED, ReviewPhase.ASSESSMENT, "respond", employee,
                        ReviewTask.RESPOND),
                new Expected(ReviewScenario.Stage.ACKNOWLEDGED, ReviewPhase.ASSESSMENT, "signOff", manager,
                        ReviewTask.SIGN_OFF),
                new Expected(ReviewScenario.Stage.CLOSED, ReviewPhase.CLOSED, null, employee, null));
        assertThat(walk).extracting(Expected::stage).containsExactly(
                List.of(ReviewScenario.Stage.values()).subList(1, ReviewScenario.Stage.values().length)
                        .toArray(ReviewScenario.Stage[]::new));

        ReviewScenario review = ReviewScenario.of(context, lois).inYear(TestYears.SCENARIO);
        for (Expected expected : walk) {
            review.to(expected.stage());
            String at = expected.stage().name();
            assertThat(review.driver().openTasks(review.key())).as(at)
                    .isEqualTo(expected.task() == null ? List.of() : List.of(expected.task()));
            Login.as(users, expected.login());
            ReviewDossier dossier = reads.dossier(review.id());
            assertThat(dossier.review().getPhase()).as(at).isEqualTo(expected.phase());
            assertThat(dossier.myOpenTasks()).as(at)
                    .isEqualTo(expected.mine() == null ? java.util.Set.of() : java.util.Set.of(expected.mine()));
            Login.logout();
        }

        // asked again for an earlier stage, a scenario of the same review finds it closed and changes nothing
        ReviewScenario again = ReviewScenario.of(context, lois).inYear(TestYears.SCENARIO).agreed();
        assertThat(again.id()).isEqualTo(review.id());
        assertThat(again.stage()).isEqualTo(ReviewScenario.Stage.CLOSED);
    }
}
