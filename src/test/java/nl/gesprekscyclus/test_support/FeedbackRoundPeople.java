package nl.gesprekscyclus.test_support;

import java.time.LocalDate;
import java.util.List;
import nl.gesprekscyclus.cycle.CycleSettings;
import nl.gesprekscyclus.cycle.RoundCalendar;
import nl.gesprekscyclus.cycle.RoundShape;
import nl.gesprekscyclus.organisation.EmployeeData;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.organisation.OrganisationService;
import nl.gesprekscyclus.review.ProgressStatus;
import nl.gesprekscyclus.security.TestAccounts;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The people of the feedback round (issue 19), with personnel numbers of their own (52xxxx) and rounds in years of
 * their own (2086–2089): Maarten Meester manages the employees Eva Eerland and Frits Flink (no coordinator); Anna
 * Akker, Bram Bos, Cato Claes and Dirk Dam are colleagues who are asked. Each review is brought to its assessment
 * through the services (planning and progress done by the people whose steps they are), under a round whose shape
 * offers a feedback round or not.
 */
public final class FeedbackRoundPeople {

    public static final String MANAGER = "520001";
    public static final String EVA = "520002";
    public static final String FRITS = "520003";
    public static final List<String> COLLEAGUES = List.of("520004", "520005", "520006", "520007");
    public static final String MANAGER_LOGIN = "fr-meester";
    public static final String EVA_LOGIN = "fr-eerland";
    public static final String FRITS_LOGIN = "fr-flink";
    public static final List<String> COLLEAGUE_LOGINS = List.of("fr-akker", "fr-bos", "fr-claes", "fr-dam");
    public static final List<String> COLLEAGUE_NAMES = List.of("Anna Akker", "Bram Bos", "Cato Claes", "Dirk Dam");

    private FeedbackRoundPeople() {
    }

    /** Creates the people unless they exist (tests share one database); leaves nobody logged in. */
    public static synchronized void ensure(ApplicationContext context) {
        OrganisationDirectory directory = context.getBean(OrganisationDirectory.class);
        if (directory.employeeByPersonnelNumber(COLLEAGUES.get(3)).isPresent()) {
            return;
        }
        Login.as(context.getBean(UserDetailsService.class), DemoUsers.ADMIN);
        try {
            OrganisationService organisation = context.getBean(OrganisationService.class);
            person(context, organisation, directory, MANAGER, "Maarten Meester", "100001", MANAGER_LOGIN);
            person(context, organisation, directory, EVA, "Eva Eerland", MANAGER, EVA_LOGIN);
            person(context, organisation, directory, FRITS, "Frits Flink", MANAGER, FRITS_LOGIN);
            for (int i = 0; i < COLLEAGUES.size(); i++) {
                person(context, organisation, directory, COLLEAGUES.get(i), COLLEAGUE_NAMES.get(i), "100001",
                        COLLEAGUE_LOGINS.get(i));
            }
        } finally {
            Login.logout();
        }
    }

    public static long id(ApplicationContext context, String personnelNumber) {
        return MatrixPeople.id(context, personnelNumber);
    }

    /**
     * The employee's review of {@code year}, started in a round whose shape has a feedback round or not, taken through
     * planning and progress by the services ({@link ReviewScenario}) and, with the engine's clock at the assessment
     * window, into the assessment. Leaves nobody logged in and the engine's clock at the assessment's start (the
     * caller resets it).
     */
    public static long reviewInAssessment(ApplicationContext context, int year, String number, String login,
            boolean feedbackRound) {
        ensure(context);
        CycleSettings settings = context.getBean(CycleSettings.class);
        RoundCalendar calendar = RoundCalendar.of(settings, year);
        return ReviewScenario.of(context, TestPeople.feedbackRound(number, login))
                .inRound(year, settings.assessmentPolicy(), new RoundShape(List.of(calendar.progress()), true,
                        feedbackRound))
                .reflecting(ProgressStatus.ON_TRACK, null).reflecting(ProgressStatus.AT_RISK, "Wacht op het college.")
                .withProgressReport("Besproken: de evaluatie loopt achter.").inAssessment().id();
    }

    private static void person(ApplicationContext context, OrganisationService organisation,
            OrganisationDirectory directory, String number, String name, String manager, String login) {
        String[] parts = name.split(" ");
        organisation.saveEmployee(null, null, new EmployeeData(number, parts[0], null, parts[1],
                login + "@ommen.nl", "beleidsadviseur", "beleid-en-ontwikkeling", manager, null, false,
                LocalDate.of(2015, 1, 1), true));
        // with the demo's password: the browser walk logs them in through the form
        TestAccounts.ensureWithPassword(context, login, directory.employeeByPersonnelNumber(number).orElseThrow().id(),
                DemoUsers.PASSWORD);
    }
}
