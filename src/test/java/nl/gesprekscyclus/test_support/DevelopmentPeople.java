package nl.gesprekscyclus.test_support;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.gesprekscyclus.cycle.AssessmentPolicy;
import nl.gesprekscyclus.cycle.CycleShape;
import nl.gesprekscyclus.cycle.RoundShape;
import nl.gesprekscyclus.organisation.EmployeeData;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.organisation.OrganisationService;
import nl.gesprekscyclus.review.ProgressStatus;
import nl.gesprekscyclus.review.ResultAgreementData;
import nl.gesprekscyclus.round.RoundService;
import nl.gesprekscyclus.security.TestAccounts;
import nl.gesprekscyclus.substitution.SubstitutionService;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The people of the development conversation's tests (issue 19, item 3), personnel numbers 50xxxx, reviews in
 * 2080-2085 only: Daan Doorgroei (the employee), his manager Mira Middel, his coordinator Cor Coach, Sam Stand-in who
 * stands in for Mira from today for a week, and Olaf Ander, a colleague without a relation.
 */
public final class DevelopmentPeople {

    public static final String EMPLOYEE = "500001";
    public static final String MANAGER = "500002";
    public static final String COORDINATOR = "500003";
    public static final String SUBSTITUTE = "500004";
    public static final String OTHER = "500005";
    public static final String EMPLOYEE_LOGIN = "dev-daan";
    public static final String MANAGER_LOGIN = "dev-mira";
    public static final String COORDINATOR_LOGIN = "dev-cor";
    public static final String SUBSTITUTE_LOGIN = "dev-sam";
    public static final String OTHER_LOGIN = "dev-olaf";

    private DevelopmentPeople() {
    }

    /** Creates the people, their accounts and the substitution unless they exist; leaves nobody logged in. */
    public static synchronized void ensure(ApplicationContext context) {
        OrganisationDirectory directory = context.getBean(OrganisationDirectory.class);
        if (directory.employeeByPersonnelNumber(OTHER).isPresent()) {
            return;
        }
        UserDetailsService users = context.getBean(UserDetailsService.class);
        Login.as(users, DemoUsers.ADMIN);
        try {
            OrganisationService organisation = context.getBean(OrganisationService.class);
            save(organisation, MANAGER, "Mira", "Middel", "100001", null, false);
            save(organisation, COORDINATOR, "Cor", "Coach", "100001", null, true);
            save(organisation, EMPLOYEE, "Daan", "Doorgroei", MANAGER, COORDINATOR, false);
            save(organisation, SUBSTITUTE, "Sam", "Standin", "100001", null, false);
            save(organisation, OTHER, "Olaf", "Ander", "100001", null, false);
            account(context, directory, EMPLOYEE_LOGIN, EMPLOYEE);
            account(context, directory, MANAGER_LOGIN, MANAGER);
            account(context, directory, COORDINATOR_LOGIN, COORDINATOR);
            account(context, directory, SUBSTITUTE_LOGIN, SUBSTITUTE);
            account(context, directory, OTHER_LOGIN, OTHER);
            LocalDate today = LocalDate.now(context.getBean(Clock.class));
            Login.as(users, MANAGER_LOGIN);
            context.getBean(SubstitutionService.class).set(null, MatrixPeople.id(context, SUBSTITUTE), today,
                    today.plusDays(6), "vakantie");
        } finally {
            Login.logout();
        }
    }

    /**
     * A round of {@code year} started with this shape for Daan, and his review through the planning (one agreement,
     * agreed) and the progress conversation ({@link ReviewScenario}), with the engine's clock at the assessment window:
     * at the development conversation, or in a year with an assessment at the self-assessment. Leaves nobody logged
     * in.
     */
    public static long reviewAtItsLastPhase(ApplicationContext context, int year, RoundShape shape) {
        ensure(context);
        return ReviewScenario.of(context, TestPeople.DAAN).inRound(year, AssessmentPolicy.DEFAULTS, shape)
                .withAgreements(new ResultAgreementData("RG1", null, "Nota duurzaamheid",
                        "Vastgesteld door het college", LocalDate.of(year, 9, 30), 100))
                .reflecting(ProgressStatus.ON_TRACK, "Loopt.").withProgressReport("Besproken.").inAssessment().id();
    }

    /** The shape of a round of {@code year} from a cycleShape (as the round start makes it from cycle.yaml). */
    public static RoundShape shape(ApplicationContext context, int year, CycleShape cycleShape) {
        Login.as(context.getBean(UserDetailsService.class), DemoUsers.HR);
        try {
            return RoundShape.of(cycleShape, context.getBean(RoundService.class).defaultCalendar(year));
        } finally {
            Login.logout();
        }
    }

    private static void save(OrganisationService organisation, String number, String first, String last,
            String manager, String coordinator, boolean coordinationModule) {
        organisation.saveEmployee(null, null, new EmployeeData(number, first, null, last,
                last.toLowerCase() + "@ommen.nl", "beleidsadviseur", "beleid-en-ontwikkeling", manager, coordinator,
                coordinationModule, LocalDate.of(2015, 1, 1), true));
    }

    private static void account(ApplicationContext context, OrganisationDirectory directory, String username,
            String number) {
        TestAccounts.ensure(context, username, directory.employeeByPersonnelNumber(number).orElseThrow().id(),
                List.of());
    }
}
