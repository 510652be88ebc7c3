package nl.gesprekscyclus.review.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import nl.gesprekscyclus.review.ResultAgreementData;
import nl.gesprekscyclus.test_support.ProcessDriver;
import nl.gesprekscyclus.test_support.ReviewScenario;
import nl.gesprekscyclus.test_support.TestPeople;
import nl.gesprekscyclus.test_support.TestYears;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

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

    static final int YEAR = TestYears.NEXT;
    static final String HOFMAN = TestPeople.HOFMAN.personnelNumber();
    static final String HORST = TestPeople.HORST.personnelNumber();
    static final String WESSELS = TestPeople.WESSELS.personnelNumber();
    static final String VELDMAN = TestPeople.VELDMAN.personnelNumber();
    static final List<String> MINE = List.of(HOFMAN, HORST, WESSELS, VELDMAN);
    /** Logins as literals: tests name them in annotations (the same as TestPeople's coordinators). */
    static final String TIMMERMAN = "timmerman";
    static final String SCHOLTEN = "scholten";

    private final ApplicationContext context;
    private final JdbcTemplate jdbc;
    private final TaskService tasks;
    final ProcessDriver driver;

    QueueTestData(ApplicationContext context) {
        this.context = context;
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
        for (TestPeople.Person person : List.of(TestPeople.HOFMAN, TestPeople.HORST, TestPeople.WESSELS,
                TestPeople.VELDMAN)) {
            scenario(person).started();
        }
        scenario(TestPeople.HOFMAN).draftsSubmitted();
        scenario(TestPeople.HORST).to(ReviewScenario.Stage.PLANNING_INPUT_GIVEN);
        LocalDate today = LocalDate.now();
        dueOn(HOFMAN, "planningInput", today.minusDays(3));
        dueOn(WESSELS, "draftAgreements", today.plusDays(10));
        dueOn(HORST, "planningConversation", today.plusDays(20));
        dueOn(VELDMAN, "draftAgreements", today.plusDays(5));
    }

    long reviewId(String number) {
        return jdbc.queryForObject("select id from review where process_key = ?", Long.class, key(number));
    }

    /** The review of next year, with two agreements when drafted. */
    private ReviewScenario scenario(TestPeople.Person person) {
        return ReviewScenario.of(context, person).inYear(YEAR).withAgreements(
                new ResultAgreementData("RG1", null, "Beheer op orde", "Geen achterstanden", LocalDate.of(YEAR, 9, 30),
                        60),
                new ResultAgreementData("RG2", null, "Advies aan het team", "Twee adviezen vastgesteld",
                        LocalDate.of(YEAR, 11, 30), 40));
    }

    /** Sets the due date of an open task to the end of a day, as the engine does. */
    private void dueOn(String number, String taskKey, LocalDate day) {
        Task task = driver.openTask(key(number), taskKey);
        task.setDueDate(Date.from(day.atTime(23, 59, 59).atZone(ZoneId.systemDefault()).toInstant()));
        tasks.saveTask(task);
    }
}
