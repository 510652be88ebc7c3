package nl.gesprekscyclus.review.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Set;
import nl.gesprekscyclus.review.CoordinatorInputService;
import nl.gesprekscyclus.review.PlanningService;
import nl.gesprekscyclus.review.ResultAgreementData;
import nl.gesprekscyclus.round.Round;
import nl.gesprekscyclus.round.RoundMembership;
import nl.gesprekscyclus.round.RoundService;
import nl.gesprekscyclus.round.RoundSelection;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.Login;
import nl.gesprekscyclus.test_support.ProcessDriver;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Four reviews of next year for "Inbreng" and "Wachtrij", safe to ask for again in a shared database (no other test
 * uses these employees; all four are managed by Annemarie Bakker):
 * <ul>
 * <li>Roel Hofman (100007, concern-en-ondersteuning, coordinated by Esther Timmerman): drafts handed in, waiting for
 * Timmerman's planning input, due three days ago (late);</li>
 * <li>Jolanda Wessels (100011, concern-en-ondersteuning, Timmerman): still drafting, due in ten days;</li>
 * <li>Erik ter Horst (100009, regie-en-coordinatie, coordinated by Gerrit Scholten): input given, waiting for
 * Bakker's planning conversation, due in twenty days;</li>
 * <li>Johan Veldman (100013, regie-en-coordinatie, Scholten): still drafting, due in five days.</li>
 * </ul>
 */
final class QueueTestData {

    static final int YEAR = LocalDate.now().getYear() + 1;
    static final String HOFMAN = "100007";
    static final String HORST = "100009";
    static final String WESSELS = "100011";
    static final String VELDMAN = "100013";
    static final List<String> MINE = List.of(HOFMAN, HORST, WESSELS, VELDMAN);
    static final String TIMMERMAN = "timmerman";
    static final String SCHOLTEN = "scholten";

    private final ApplicationContext context;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;
    private final TaskService tasks;
    final ProcessDriver driver;

    QueueTestData(ApplicationContext context) {
        this.context = context;
        this.users = context.getBean(UserDetailsService.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.tasks = context.getBean(TaskService.class);
        this.driver = new ProcessDriver(context.getBean(ManagementService.class), context.getBean(RuntimeService.class),
                tasks);
    }

    static String key(String number) {
        return YEAR + "/" + number;
    }

    /** Brings the four reviews where the class comment says (once) and sets their due dates (every time). */
    void prepare() {
        for (String number : MINE) {
            ensureReview(number);
        }
        if (driver.openTasks(key(HOFMAN)).contains("draftAgreements")) {
            submitDrafts(HOFMAN, "hofman");
        }
        if (driver.openTasks(key(HORST)).contains("draftAgreements")) {
            submitDrafts(HORST, "horst");
        }
        if (driver.openTasks(key(HORST)).contains("planningInput")) {
            Login.as(users, SCHOLTEN);
            context.getBean(CoordinatorInputService.class).submitInput(reviewId(HORST));
        }
        Login.logout();
        LocalDate today = LocalDate.now();
        dueOn(HOFMAN, "planningInput", today.minusDays(3));
        dueOn(WESSELS, "draftAgreements", today.plusDays(10));
        dueOn(HORST, "planningConversation", today.plusDays(20));
        dueOn(VELDMAN, "draftAgreements", today.plusDays(5));
    }

    long reviewId(String number) {
        return jdbc.queryForObject("select id from review where process_key = ?", Long.class, key(number));
    }

    private void ensureReview(String number) {
        Integer known = jdbc.queryForObject("select count(*) from review where process_key = ?", Integer.class,
                key(number));
        if (known != null && known > 0) {
            return;
        }
        Login.as(users, DemoUsers.HR);
        RoundService rounds = context.getBean(RoundService.class);
        Round round = rounds.round(YEAR).orElseGet(() -> rounds.startRound(rounds.defaultCalendar(YEAR),
                new RoundSelection(Set.of(), Set.of(number))));
        context.getBean(RoundMembership.class).addEmployee(round.getId(), number);
        driver.runDueJobsOf(key(number), "round-" + YEAR);
        Login.logout();
    }

    private void submitDrafts(String number, String login) {
        Login.as(users, login);
        PlanningService planning = context.getBean(PlanningService.class);
        long id = reviewId(number);
        planning.saveResultAgreement(id, null, null, new ResultAgreementData("RG1", null, "Beheer op orde",
                "Geen achterstanden", LocalDate.of(YEAR, 9, 30), 60));
        planning.saveResultAgreement(id, null, null, new ResultAgreementData("RG2", null, "Advies aan het team",
                "Twee adviezen vastgesteld", LocalDate.of(YEAR, 11, 30), 40));
        planning.submitDrafts(id);
    }

    /** Sets the due date of an open task to the end of a day, as the engine does. */
    private void dueOn(String number, String taskKey, LocalDate day) {
        Task task = driver.openTask(key(number), taskKey);
        task.setDueDate(Date.from(day.atTime(23, 59, 59).atZone(ZoneId.systemDefault()).toInstant()));
        tasks.saveTask(task);
    }
}
