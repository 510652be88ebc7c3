package nl.gesprekscyclus.test_support;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.gesprekscyclus.cycle.AssessmentPolicy;
import nl.gesprekscyclus.cycle.CycleSettings;
import nl.gesprekscyclus.organisation.EmployeeData;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.organisation.OrganisationService;
import nl.gesprekscyclus.security.Roles;
import nl.gesprekscyclus.security.TestAccounts;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The people of the authorization matrix (docs/access-rules.md), made through the organisation service with
 * personnel numbers of their own (42xxxx), so the matrix's reviews are nobody else's: an employee, her
 * coordinator and her manager, the manager's manager (the next level, second assessor under a policy that has
 * one), a colleague with no relation to her, a second HR adviser (the one who opens the dossier), her former
 * manager and the manager of a sibling team. The top of
 * the line is the demo's gemeentesecretaris, Annemarie Bakker. HR without an opening and the ADMIN are the demo's berg and brink. Keys are the table's
 * column names.
 */
public final class MatrixPeople {

    public static final String EMPLOYEE_NUMBER = "420003";
    public static final String OTHER_EMPLOYEE_NUMBER = "420004";
    /** The manager of the employee's manager (the next level), who reports to the gemeentesecretaris. */
    public static final String NEXT_LEVEL_NUMBER = "420007";
    /** The employee's manager when her review of the matrix started (Olga Oud): she moved to Lotte Leider since. */
    public static final String FORMER_MANAGER_NUMBER = "420008";
    /** Lotte Leider, the employee's manager. */
    public static final String MANAGER_NUMBER = "420001";
    /**
     * Login per column of the tables in src/test/resources/access/, and of the relations that must get exactly
     * what OTHER gets ({@link #LIKE_OTHER}).
     */
    public static final Map<String, String> LOGIN = Map.ofEntries(Map.entry("EMPLOYEE", "matrix-werknemer"),
            Map.entry("COORDINATOR", "matrix-coordinator"), Map.entry("MANAGER", "matrix-leider"),
            Map.entry("HR", DemoUsers.HR), Map.entry("HR_OPENED", "matrix-hr"), Map.entry("OTHER", "matrix-collega"),
            Map.entry("ADMIN", DemoUsers.ADMIN), Map.entry("SECOND_ASSESSOR", "matrix-niveau"),
            Map.entry("SIGNER", DemoUsers.MANAGER), Map.entry("FORMER_MANAGER", "matrix-oud"),
            Map.entry("SIBLING_MANAGER", "matrix-zijtak"), Map.entry("SUBSTITUTE", SubstitutePeople.INSIDE_LOGIN),
            Map.entry("SUBSTITUTE_OUT", SubstitutePeople.OUTSIDE_LOGIN));
    /**
     * Managers near the review without a relation to it, who must get exactly what OTHER gets at every step: the
     * manager the employee had when the review started (her access ended when the employee moved), and the manager
     * of a sibling team under the same next level.
     */
    public static final List<String> LIKE_OTHER = List.of("FORMER_MANAGER", "SIBLING_MANAGER");
    public static final List<String> PARTIES = List.of("EMPLOYEE", "COORDINATOR", "MANAGER", "HR", "HR_OPENED",
            "OTHER", "ADMIN");
    /**
     * The relations of a review under a policy with a second assessor and a signer who is not the manager: the
     * next level (Nico Niveau) and the gemeentesecretaris at the top of the line (Annemarie Bakker, the demo's);
     * and the manager's substitutes ({@link SubstitutePeople}): one whose period covers today, one whose period has
     * not begun.
     */
    public static final List<String> REVIEW_PARTIES = List.of("EMPLOYEE", "COORDINATOR", "MANAGER", "HR", "HR_OPENED",
            "OTHER", "ADMIN", "SECOND_ASSESSOR", "SIGNER", "SUBSTITUTE", "SUBSTITUTE_OUT");

    private MatrixPeople() {
    }

    /** Creates the people unless they exist (tests share one database); leaves nobody logged in. */
    public static synchronized void ensure(ApplicationContext context) {
        OrganisationDirectory directory = context.getBean(OrganisationDirectory.class);
        if (directory.employeeByPersonnelNumber("420010").isPresent()) {
            return;
        }
        Login.as(context.getBean(UserDetailsService.class), DemoUsers.ADMIN);
        try {
            OrganisationService organisation = context.getBean(OrganisationService.class);
            // the line: Wies -> Lotte -> Nico -> Annemarie Bakker (the gemeentesecretaris, without a manager)
            save(organisation, NEXT_LEVEL_NUMBER, "Nico", "Niveau", "100001", null, false);
            save(organisation, MANAGER_NUMBER, "Lotte", "Leider", NEXT_LEVEL_NUMBER, null, false);
            save(organisation, "420002", "Cas", "Coordinator", "100001", null, true);
            save(organisation, EMPLOYEE_NUMBER, "Wies", "Werknemer", "420001", "420002", false);
            // a second employee of the same manager and coordinator: "another review" for the employee above
            save(organisation, OTHER_EMPLOYEE_NUMBER, "Bram", "Buur", "420001", "420002", false);
            save(organisation, "420005", "Cor", "Collega", "100001", null, false);
            save(organisation, "420006", "Hanna", "Hrmatrix", "100001", null, false);
            // a former manager of the employee, and the manager of a sibling team (Tim's) under the same next level
            save(organisation, FORMER_MANAGER_NUMBER, "Olga", "Oud", NEXT_LEVEL_NUMBER, null, false);
            save(organisation, "420009", "Sien", "Zijtak", NEXT_LEVEL_NUMBER, null, false);
            save(organisation, "420010", "Tim", "Team", "420009", null, false);
            account(context, directory, "matrix-leider", "420001", List.of());
            account(context, directory, "matrix-coordinator", "420002", List.of());
            account(context, directory, "matrix-werknemer", EMPLOYEE_NUMBER, List.of());
            account(context, directory, "matrix-buur", OTHER_EMPLOYEE_NUMBER, List.of());
            account(context, directory, "matrix-collega", "420005", List.of());
            account(context, directory, "matrix-hr", "420006", List.of(Roles.HR));
            account(context, directory, "matrix-niveau", NEXT_LEVEL_NUMBER, List.of());
            account(context, directory, "matrix-oud", FORMER_MANAGER_NUMBER, List.of());
            account(context, directory, "matrix-zijtak", "420009", List.of());
        } finally {
            Login.logout();
        }
    }

    /** The review of an employee of the matrix in a year of its own (2042, 2043); started unless it exists. */
    public static long review(ApplicationContext context, int year, String personnelNumber) {
        return review(context, year, personnelNumber, context.getBean(CycleSettings.class).assessmentPolicy());
    }

    /** The same in a round that runs under this assessment policy (the round is made unless it exists). */
    public static long review(ApplicationContext context, int year, String personnelNumber, AssessmentPolicy policy) {
        ensure(context);
        TestPeople.Person person = TestPeople.WIES.personnelNumber().equals(personnelNumber) ? TestPeople.WIES
                : TestPeople.BRAM.personnelNumber().equals(personnelNumber) ? TestPeople.BRAM : null;
        if (person == null) {
            throw new IllegalArgumentException(personnelNumber + " has no review in the matrix");
        }
        return ReviewScenario.of(context, person).inRound(year, policy).started().id();
    }

    /** Gives the matrix's employee another manager in the organisation (the records, not yet her reviews). */
    public static void moveEmployee(ApplicationContext context, String managerNumber) {
        Login.as(context.getBean(UserDetailsService.class), DemoUsers.ADMIN);
        try {
            OrganisationService organisation = context.getBean(OrganisationService.class);
            long id = id(context, EMPLOYEE_NUMBER);
            organisation.saveEmployee(id, organisation.employee(id).version(), data(EMPLOYEE_NUMBER, "Wies",
                    "Werknemer", managerNumber, "420002", false));
        } finally {
            Login.logout();
        }
    }

    /** The employee id of a person of the matrix (or the demo). */
    public static long id(ApplicationContext context, String personnelNumber) {
        return context.getBean(OrganisationDirectory.class).employeeByPersonnelNumber(personnelNumber).orElseThrow()
                .id();
    }

    private static void save(OrganisationService organisation, String number, String first, String last,
            String manager, String coordinator, boolean coordinationModule) {
        organisation.saveEmployee(null, null, data(number, first, last, manager, coordinator, coordinationModule));
    }

    private static EmployeeData data(String number, String first, String last, String manager, String coordinator,
            boolean coordinationModule) {
        return new EmployeeData(number, first, null, last, last.toLowerCase() + "@ommen.nl", "beleidsadviseur",
                "beleid-en-ontwikkeling", manager, coordinator, coordinationModule, LocalDate.of(2015, 1, 1), true);
    }

    private static void account(ApplicationContext context, OrganisationDirectory directory, String username,
            String number, List<String> roles) {
        TestAccounts.ensure(context, username, directory.employeeByPersonnelNumber(number).orElseThrow().id(), roles);
    }
}
