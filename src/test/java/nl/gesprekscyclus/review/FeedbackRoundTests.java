package nl.gesprekscyclus.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.gesprekscyclus.feedback.FeedbackItemKind;
import nl.gesprekscyclus.feedback.FeedbackOverview;
import nl.gesprekscyclus.feedback.FeedbackRequestData;
import nl.gesprekscyclus.feedback.FeedbackService;
import nl.gesprekscyclus.monitoring.MonitoringScope;
import nl.gesprekscyclus.monitoring.MonitoringService;
import nl.gesprekscyclus.monitoring.ProgressFigures;
import nl.gesprekscyclus.monitoring.ReviewStatus;
import nl.gesprekscyclus.test_support.DatabaseTest;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.FeedbackRoundPeople;
import nl.gesprekscyclus.test_support.Login;
import nl.gesprekscyclus.test_support.ProcessDriver;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The feedback round before the assessment (issue 19) on the real services and process: a round whose shape offers it
 * opens each assessment with the employee's task "Feedbackronde" (the review is in the phase FEEDBACK, HR's Voortgang
 * counts it as a phase of its own); the employee's first request completes it, a request of the manager does not;
 * "geen feedbackronde" completes it too, for the employee only; a round without it goes straight to the
 * self-assessment, as before. Years 2086, 2087 and 2089, people 52xxxx ({@link FeedbackRoundPeople}).
 */
@DatabaseTest
class FeedbackRoundTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    FeedbackService feedback;
    @Autowired
    FeedbackRoundService feedbackRound;
    @Autowired
    MonitoringService monitoring;
    @Autowired
    ReviewRepository reviews;
    @Autowired
    JdbcTemplate jdbc;

    ProcessDriver driver;

    @BeforeEach
    void driver() {
        driver = new ProcessDriver(context.getBean(ManagementService.class), context.getBean(RuntimeService.class),
                context.getBean(TaskService.class));
    }

    @AfterEach
    void reset() {
        Login.logout();
        driver.resetClock();
    }

    private FeedbackRequestData request(long reviewId, boolean anonymous, List<String> numbers) {
        FeedbackOverview.Option item = feedback.of(reviewId).options().stream()
                .filter(o -> o.kind() == FeedbackItemKind.COMPETENCY).findFirst().orElseThrow();
        return new FeedbackRequestData(List.of(new FeedbackRequestData.Item(item.kind(), item.subject())),
                "Hoe werkt u met mij samen?", LocalDate.now().plusDays(14), anonymous,
                numbers.stream().map(n -> FeedbackRoundPeople.id(context, n)).toList());
    }

    /** The employee's review of the year in its assessment, whose first open task is checked. */
    private long inAssessment(int year, String number, String login, boolean feedbackRound, String firstTask) {
        long id = FeedbackRoundPeople.reviewInAssessment(context, year, number, login, feedbackRound);
        assertThat(driver.openTasks(year + "/" + number)).containsExactly(firstTask);
        return id;
    }

    private ReviewPhase phase(long reviewId) {
        return reviews.findById(reviewId).orElseThrow().getPhase();
    }

    private ProgressFigures figures(int year) {
        Login.as(users, DemoUsers.HR);
        try {
            MonitoringService.RoundRef round = monitoring.round(year).orElseThrow();
            return monitoring.figures(new MonitoringScope(round.id(), null, null));
        } finally {
            Login.logout();
        }
    }

    @Test
    void shouldOpenTheAssessmentWithTheEmployeesFeedbackRoundWhichHerFirstRequestCompletes() {
        int year = 2086;
        String key = year + "/" + FeedbackRoundPeople.EVA;
        long id = inAssessment(year, FeedbackRoundPeople.EVA, FeedbackRoundPeople.EVA_LOGIN, true, "feedbackRound");
        org.camunda.bpm.engine.task.Task task = driver.openTask(key, "feedbackRound");
        assertThat(task.getAssignee()).isEqualTo(FeedbackRoundPeople.EVA);
        Review review = reviews.findById(id).orElseThrow();
        // due inside the assessment window: a third of it from the start (FeedbackRoundRules)
        LocalDate due = task.getDueDate().toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate();
        assertThat(due).isEqualTo(FeedbackRoundRules.due(true, review.dates().assessmentStart(),
                review.dates().assessmentDue()).orElseThrow()).isBefore(review.dates().assessmentDue());
        assertThat(phase(id)).isEqualTo(ReviewPhase.FEEDBACK);
        // HR's Voortgang: the round counts the feedback round as its own phase, between progress and assessment
        Login.as(users, DemoUsers.HR);
        assertThat(monitoring.round(year).orElseThrow().phases()).containsExactly(ReviewPhase.PLANNING,
                ReviewPhase.PROGRESS, ReviewPhase.FEEDBACK, ReviewPhase.ASSESSMENT);
        ProgressFigures during = figures(year);
        assertThat(during.count(ReviewPhase.PROGRESS, null, ReviewStatus.DONE)).isEqualTo(1);
        assertThat(during.count(ReviewPhase.FEEDBACK, null, ReviewStatus.IN_PROGRESS)).isEqualTo(1);
        assertThat(during.count(ReviewPhase.ASSESSMENT, null, ReviewStatus.NOT_STARTED)).isEqualTo(1);

        // the manager may ask colleagues too, but that is not the employee's feedback round; nor may he skip it
        Login.as(users, FeedbackRoundPeople.MANAGER_LOGIN);
        feedback.ask(id, request(id, false, List.of(FeedbackRoundPeople.COLLEAGUES.get(3))));
        assertThat(driver.openTasks(key)).containsExactly("feedbackRound");
        assertThatThrownBy(() -> feedbackRound.skip(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(driver.openTasks(key)).containsExactly("feedbackRound");

        // her first request completes it: on to the self-assessment
        Login.as(users, FeedbackRoundPeople.EVA_LOGIN);
        feedback.ask(id, request(id, true, FeedbackRoundPeople.COLLEAGUES.subList(0, 3)));
        assertThat(driver.openTasks(key)).containsExactly("selfAssessment");
        assertThat(phase(id)).isEqualTo(ReviewPhase.ASSESSMENT);
        assertThat(jdbc.queryForList("select kind from review_phase_change where review_id = ? and phase = 'FEEDBACK'"
                + " order by kind", String.class, id)).containsExactly("ENTERED", "FINISHED");
        ProgressFigures after = figures(year);
        assertThat(after.count(ReviewPhase.FEEDBACK, null, ReviewStatus.DONE)).isEqualTo(1);
        assertThat(after.count(ReviewPhase.ASSESSMENT, null, ReviewStatus.IN_PROGRESS)).isEqualTo(1);
        // asking more later is still possible, and changes nothing in the process
        Login.as(users, FeedbackRoundPeople.EVA_LOGIN);
        feedback.ask(id, request(id, false, List.of(FeedbackRoundPeople.COLLEAGUES.get(3))));
        assertThat(driver.openTasks(key)).containsExactly("selfAssessment");
    }

    @Test
    void shouldLetOnlyTheEmployeeSayThereIsNoFeedbackRoundAndStillAskLater() {
        int year = 2087;
        String key = year + "/" + FeedbackRoundPeople.FRITS;
        long id = inAssessment(year, FeedbackRoundPeople.FRITS, FeedbackRoundPeople.FRITS_LOGIN, true, "feedbackRound");
        Login.as(users, FeedbackRoundPeople.COLLEAGUE_LOGINS.get(0));
        assertThatThrownBy(() -> feedbackRound.skip(id)).isInstanceOf(AccessDeniedException.class);

        Login.as(users, FeedbackRoundPeople.FRITS_LOGIN);
        feedbackRound.skip(id);

        assertThat(driver.openTasks(key)).containsExactly("selfAssessment");
        assertThat(phase(id)).isEqualTo(ReviewPhase.ASSESSMENT);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'review.feedback-round.skip'"
                + " and record = ?", Integer.class, "review " + id)).isEqualTo(1);
        // once done it is not open any more; feedback can still be asked at any time
        assertThatThrownBy(() -> feedbackRound.skip(id)).isInstanceOf(TaskNotOpenException.class);
        feedback.ask(id, request(id, false, List.of(FeedbackRoundPeople.COLLEAGUES.get(0))));
        assertThat(driver.openTasks(key)).containsExactly("selfAssessment");
    }

    @Test
    void shouldGoStraightToTheSelfAssessmentInARoundWithoutFeedbackRounds() {
        int year = 2089;
        long id = inAssessment(year, FeedbackRoundPeople.EVA, FeedbackRoundPeople.EVA_LOGIN, false, "selfAssessment");
        assertThat(phase(id)).isEqualTo(ReviewPhase.ASSESSMENT);
        Login.as(users, DemoUsers.HR);
        assertThat(monitoring.round(year).orElseThrow().phases()).containsExactly(ReviewPhase.PLANNING,
                ReviewPhase.PROGRESS, ReviewPhase.ASSESSMENT);
        assertThatThrownBy(() -> {
            Login.as(users, FeedbackRoundPeople.EVA_LOGIN);
            feedbackRound.skip(id);
        }).isInstanceOf(TaskNotOpenException.class);
    }
}
