package nl.gesprekscyclus.notification;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.gesprekscyclus.test_support.ProcessDriver;
import nl.gesprekscyclus.test_support.ReviewScenario;
import nl.gesprekscyclus.test_support.TestPeople;
import nl.gesprekscyclus.test_support.TestYears;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.ApplicationContext;

/**
 * Reviews of the notification tests' own employees (100014 Postma, 100016 Prins, 100019 Meijer, and NotificationBellTests'
 * 100044 Groen) in next year's round, which other tests may have started already. Starting one twice gives the same
 * review ({@link ReviewScenario}). Built from the context rather than imported as a bean, so these tests share the
 * application context of the others.
 */
public class MailTestReviews {

    public static final int YEAR = TestYears.NEXT;
    public static final String POSTMA = TestPeople.POSTMA.personnelNumber();
    public static final String PRINS = TestPeople.PRINS.personnelNumber();
    public static final String MEIJER = TestPeople.MEIJER.personnelNumber();
    private static final Map<String, TestPeople.Person> PEOPLE = Stream.of(TestPeople.POSTMA, TestPeople.PRINS,
            TestPeople.MEIJER, TestPeople.GROEN).collect(Collectors.toMap(TestPeople.Person::personnelNumber,
            Function.identity()));

    private final ApplicationContext context;
    public final ProcessDriver driver;

    public MailTestReviews(ApplicationContext context) {
        this.context = context;
        this.driver = new ProcessDriver(context.getBean(ManagementService.class), context.getBean(RuntimeService.class),
                context.getBean(TaskService.class));
    }

    public long reviewId(String personnelNumber) {
        return started(personnelNumber).id();
    }

    /** Starts (or finds) the employee's review; returns its business key. Leaves nobody logged in. */
    public String start(String personnelNumber) {
        return started(personnelNumber).key();
    }

    private ReviewScenario started(String personnelNumber) {
        TestPeople.Person person = PEOPLE.get(personnelNumber);
        if (person == null) {
            throw new IllegalArgumentException(personnelNumber + " is not one of the notification tests' people");
        }
        return ReviewScenario.of(context, person).inYear(YEAR).started();
    }
}
