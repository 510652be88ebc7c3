package nl.gesprekscyclus.monitoring;

import java.time.LocalDate;
import java.util.Set;
import nl.gesprekscyclus.review.ResultAgreementData;
import nl.gesprekscyclus.round.Round;
import nl.gesprekscyclus.round.RoundMembership;
import nl.gesprekscyclus.round.TestRounds;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.Login;
import nl.gesprekscyclus.test_support.ProcessDriver;
import nl.gesprekscyclus.test_support.ReviewScenario;
import nl.gesprekscyclus.test_support.TestPeople;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two rounds of the monitoring tests' own, built once per test database through the real services and engine:
 * <ul>
 * <li>2033: Wouter Nijland (regie, coordinator Scholten) planned in February and in the progress phase since
 * 1 June; Fatima El Amrani (beleid, coordinator Van der Meer) planned in February, waiting for the progress
 * window; Priya Ramdin (concern, coordinator Timmerman) never drafted her agreements: overdue.</li>
 * <li>2034: Yvonne Wolters planned on 10 February; Rik Zwiers still drafting.</li>
 * </ul>
 * Look at 2033 with the engine's clock at {@link #JUNE_2033}, at 2034 with it at {@link #FEBRUARY_2034}.
 */
public final class MonitoringFixture {

    public static final int LAST_YEAR = 2033;
    public static final int YEAR = 2034;
    public static final LocalDate JUNE_2033 = LocalDate.of(2033, 6, 2);
    public static final LocalDate FEBRUARY_2034 = LocalDate.of(2034, 2, 11);
    public static final String NIJLAND = TestPeople.NIJLAND.personnelNumber();
    public static final String EL_AMRANI = TestPeople.EL_AMRANI.personnelNumber();
    public static final String RAMDIN = "100026";
    public static final String ZWIERS = "100029";
    public static final String WOLTERS = TestPeople.WOLTERS.personnelNumber();

    private MonitoringFixture() {
    }

    public static String key(int year, String number) {
        return year + "/" + number;
    }

    /** Builds both rounds unless they exist; leaves the engine's clock reset and nobody logged in. */
    public static synchronized void ensure(ApplicationContext context) {
        UserDetailsService users = context.getBean(UserDetailsService.class);
        ProcessDriver driver = driver(context);
        RoundMembership membership = context.getBean(RoundMembership.class);
        if (!driver.openTasks(key(LAST_YEAR, RAMDIN)).isEmpty()) {
            return;
        }
        try {
            Login.as(users, DemoUsers.HR);
            Round last = TestRounds.round(context, LAST_YEAR, Set.of(NIJLAND, EL_AMRANI, RAMDIN));
            for (String n : Set.of(NIJLAND, EL_AMRANI, RAMDIN)) {
                membership.addEmployee(last.getId(), n);
            }
            Round current = TestRounds.round(context, YEAR, Set.of(ZWIERS, WOLTERS));
            for (String n : Set.of(ZWIERS, WOLTERS)) {
                membership.addEmployee(current.getId(), n);
            }
            driver.runDueJobsOf(key(LAST_YEAR, NIJLAND), key(LAST_YEAR, EL_AMRANI), key(LAST_YEAR, RAMDIN),
                    key(YEAR, ZWIERS), key(YEAR, WOLTERS), "round-" + LAST_YEAR, "round-" + YEAR);

            driver.moveClockTo(LocalDate.of(2033, 2, 15));
            plan(context, LAST_YEAR, TestPeople.NIJLAND);
            plan(context, LAST_YEAR, TestPeople.EL_AMRANI);
            driver.moveClockTo(LocalDate.of(2033, 6, 1));
            driver.runDueJobsOf(key(LAST_YEAR, NIJLAND));

            driver.moveClockTo(LocalDate.of(2034, 2, 10));
            plan(context, YEAR, TestPeople.WOLTERS);
        } finally {
            driver.resetClock();
            Login.logout();
        }
    }

    /** The whole planning of one review: drafts, the coordinator's input, the agreements set and agreed. */
    private static void plan(ApplicationContext context, int year, TestPeople.Person person) {
        ReviewScenario.of(context, person).inYear(year).withAgreements(new ResultAgreementData("RG1", null,
                "Jaarplan " + year, "Vastgesteld door het MT", LocalDate.of(year, 9, 30), 100)).planned();
    }

    public static long reviewId(ApplicationContext context, int year, String number) {
        return driver(context).reviewId(key(year, number));
    }

    /** The engine driver of the tests; reset its clock after each test. */
    public static ProcessDriver driver(ApplicationContext context) {
        return new ProcessDriver(context.getBean(ManagementService.class), context.getBean(RuntimeService.class),
                context.getBean(TaskService.class));
    }
}
