package nl.gesprekscyclus.review.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
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
 * Data for the screens "Mijn taken" and "Mijn gesprekscyclus", safe to ask for again in a shared database:
 * the review of next year of Ruben Smit (100015, coordinated by Jeroen van der Meer, managed by Annemarie
 * Bakker; no other test uses him), and a login of an operator without a personnel record.
 * <p>
 * Only next year's round is touched: other tests start this year's and last year's rounds themselves and fail
 * when those exist already. Next year's round is reused when another test started it.
 */
final class TasksTestData {

    static final int THIS_YEAR = LocalDate.now().getYear();
    static final int NEXT_YEAR = TestYears.NEXT;
    static final String SMIT = TestPeople.SMIT.login();
    static final String SMIT_NUMBER = TestPeople.SMIT.personnelNumber();
    static final String SMIT_KEY = NEXT_YEAR + "/" + SMIT_NUMBER;
    /** A login without a personnel record (an operator's account): no reviews, no tasks. */
    static final String OPERATOR = "taken-beheer";
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final ApplicationContext context;
    private final JdbcTemplate jdbc;
    final ProcessDriver driver;

    TasksTestData(ApplicationContext context) {
        this.context = context;
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.driver = new ProcessDriver(context.getBean(ManagementService.class), context.getBean(RuntimeService.class),
                context.getBean(TaskService.class));
    }

    /** Ruben Smit's review of next year, started by HR, waiting for him to draft his agreements. */
    long smitsReviewOfNextYear() {
        return ReviewScenario.of(context, TestPeople.SMIT).inYear(NEXT_YEAR).started().id();
    }

    /** The last day for drafting the agreements of Smit's review, as the screens show it. */
    String smitsPlanningDue() {
        return jdbc.queryForObject("select planning_due from review where process_key = ?", LocalDate.class, SMIT_KEY)
                .format(DATE);
    }

    boolean smitHasAReviewOf(int year) {
        Integer count = jdbc.queryForObject("select count(*) from review where process_key = ?", Integer.class,
                year + "/" + SMIT_NUMBER);
        return count != null && count > 0;
    }

    /**
     * Moves the due date of Smit's open task to the end of a day (as the engine sets it); closing the result
     * puts the old date back.
     */
    AutoCloseable smitsTaskDueOn(LocalDate day) {
        TaskService tasks = context.getBean(TaskService.class);
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(SMIT_KEY).taskDefinitionKey("draftAgreements")
                .singleResult();
        Date before = task.getDueDate();
        task.setDueDate(Date.from(day.atTime(23, 59, 59).atZone(ZoneId.systemDefault()).toInstant()));
        tasks.saveTask(task);
        return () -> {
            Task again = tasks.createTaskQuery().taskId(task.getId()).singleResult();
            again.setDueDate(before);
            tasks.saveTask(again);
        };
    }

    /** The operator login (created once per database). */
    String operator() {
        Integer known = jdbc.queryForObject("select count(*) from user_account where username = ?", Integer.class,
                OPERATOR);
        if (known == null || known == 0) {
            jdbc.update("insert into user_account (username, password_hash, extra_roles, enabled) values (?, null, '', true)",
                    OPERATOR);
        }
        return OPERATOR;
    }
}
