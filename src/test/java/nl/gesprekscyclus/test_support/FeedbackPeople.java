package nl.gesprekscyclus.test_support;

import java.time.LocalDate;
import java.util.List;
import nl.gesprekscyclus.organisation.EmployeeData;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.organisation.OrganisationService;
import nl.gesprekscyclus.security.TestAccounts;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Colleagues who give feedback on the matrix employee's reviews of 2068 and 2069 (issue 19, item 2), with personnel
 * numbers of their own (68xxxx). The first four are only ever asked anonymously, so a test can prove that their names,
 * numbers and logins appear nowhere the asked employee or HR looks; the next three answer named requests; the last
 * has left (inactive) and cannot be asked.
 */
public final class FeedbackPeople {

    public static final List<String> ANONYMOUS = List.of("680001", "680002", "680003", "680004");
    public static final List<String> ANONYMOUS_LOGINS = List.of("fb-fien", "fb-gijs", "fb-hester", "fb-ivo");
    public static final List<String> ANONYMOUS_NAMES = List.of("Fien Feedback", "Gijs Geven", "Hester Hulp",
            "Ivo Inbreng");
    public static final List<String> NAMED = List.of("680006", "680007", "680008");
    public static final List<String> NAMED_LOGINS = List.of("fb-jet", "fb-kees", "fb-lieke");
    public static final List<String> NAMED_NAMES = List.of("Jet Jansen", "Kees Kritisch", "Lieke Lof");
    public static final String LEFT = "680005";

    private FeedbackPeople() {
    }

    /** Creates the people (and the matrix's) unless they exist; leaves nobody logged in. */
    public static synchronized void ensure(ApplicationContext context) {
        SubstitutePeople.ensure(context);
        OrganisationDirectory directory = context.getBean(OrganisationDirectory.class);
        if (directory.employeeByPersonnelNumber(LEFT).isPresent()) {
            return;
        }
        Login.as(context.getBean(UserDetailsService.class), DemoUsers.ADMIN);
        try {
            OrganisationService organisation = context.getBean(OrganisationService.class);
            for (int i = 0; i < ANONYMOUS.size(); i++) {
                person(context, organisation, directory, ANONYMOUS.get(i), ANONYMOUS_NAMES.get(i), ANONYMOUS_LOGINS.get(i));
            }
            for (int i = 0; i < NAMED.size(); i++) {
                person(context, organisation, directory, NAMED.get(i), NAMED_NAMES.get(i), NAMED_LOGINS.get(i));
            }
            organisation.saveEmployee(null, null, new EmployeeData(LEFT, "Vera", null, "Vertrokken",
                    "vertrokken@ommen.nl", "beleidsadviseur", "beleid-en-ontwikkeling", "100001", null, false,
                    LocalDate.of(2015, 1, 1), false));
        } finally {
            Login.logout();
        }
    }

    public static long id(ApplicationContext context, String personnelNumber) {
        return MatrixPeople.id(context, personnelNumber);
    }

    private static void person(ApplicationContext context, OrganisationService organisation,
            OrganisationDirectory directory, String number, String name, String login) {
        String[] parts = name.split(" ");
        organisation.saveEmployee(null, null, new EmployeeData(number, parts[0], null, parts[1],
                login + "@ommen.nl", "beleidsadviseur", "beleid-en-ontwikkeling", "100001", null, false,
                LocalDate.of(2015, 1, 1), true));
        TestAccounts.ensure(context, login, directory.employeeByPersonnelNumber(number).orElseThrow().id(), List.of());
    }
}
