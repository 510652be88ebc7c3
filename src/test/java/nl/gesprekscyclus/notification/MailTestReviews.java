package nl.gesprekscyclus.notification;

import java.time.LocalDate;
import java.util.Set;
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
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Reviews of the notification tests' own employees (100014 Postma, 100016 Prins, 100019 Meijer) in next year's
 * round, which other tests may have started already. Starting one twice gives the same review. Built from the
 * context rather than imported as a bean, so these tests share the application context of the others.
 */
public class MailTestReviews {

    public static final int YEAR = LocalDate.now().getYear() + 1;
    public static final String POSTMA = "100014";
    public static final String PRINS = "100016";
    public static final String MEIJER = "100019";

    private final RoundService rounds;
    private final RoundMembership membership;
    public final ProcessDriver driver;
    private final UserDetailsService users;

    public MailTestReviews(ApplicationContext context) {
        this.rounds = context.getBean(RoundService.class);
        this.membership = context.getBean(RoundMembership.class);
        this.driver = new ProcessDriver(context.getBean(ManagementService.class), context.getBean(RuntimeService.class),
                context.getBean(TaskService.class));
        this.users = context.getBean(UserDetailsService.class);
    }

    public long reviewId(String personnelNumber) {
        return driver.reviewId(start(personnelNumber));
    }

    /** Starts (or finds) the employee's review; returns its business key. Leaves nobody logged in. */
    public String start(String personnelNumber) {
        String key = YEAR + "/" + personnelNumber;
        Login.as(users, DemoUsers.HR);
        Round round = rounds.round(YEAR).orElseGet(() -> rounds.startRound(rounds.defaultCalendar(YEAR),
                new RoundSelection(Set.of(), Set.of(personnelNumber))));
        membership.addEmployee(round.getId(), personnelNumber);
        driver.runDueJobsOf(key, "round-" + YEAR);
        Login.logout();
        return key;
    }
}
