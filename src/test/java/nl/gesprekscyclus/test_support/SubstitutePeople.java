package nl.gesprekscyclus.test_support;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.gesprekscyclus.organisation.EmployeeData;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.organisation.OrganisationService;
import nl.gesprekscyclus.security.TestAccounts;
import nl.gesprekscyclus.substitution.SubstitutionService;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two substitutes for the matrix's manager (Lotte Leider, {@link MatrixPeople}): Vera Vervanger acts for her from
 * today for a week (inside the period), Lars Later from in ten days (outside it today). Made through the services,
 * as the manager sets them; personnel numbers of their own, so no other test's people gain a relation.
 */
public final class SubstitutePeople {

    public static final String MANAGER_NUMBER = MatrixPeople.MANAGER_NUMBER;
    public static final String INSIDE_NUMBER = "420020";
    public static final String OUTSIDE_NUMBER = "420021";
    public static final String INSIDE_LOGIN = "matrix-vervanger";
    public static final String OUTSIDE_LOGIN = "matrix-later";

    private SubstitutePeople() {
    }

    /** Creates the people and the two substitutions unless they exist; leaves nobody logged in. */
    public static synchronized void ensure(ApplicationContext context) {
        MatrixPeople.ensure(context);
        OrganisationDirectory directory = context.getBean(OrganisationDirectory.class);
        if (directory.employeeByPersonnelNumber(OUTSIDE_NUMBER).isPresent()) {
            return;
        }
        UserDetailsService users = context.getBean(UserDetailsService.class);
        Login.as(users, DemoUsers.ADMIN);
        try {
            OrganisationService organisation = context.getBean(OrganisationService.class);
            save(organisation, INSIDE_NUMBER, "Vera", "Vervanger");
            save(organisation, OUTSIDE_NUMBER, "Lars", "Later");
            TestAccounts.ensure(context, INSIDE_LOGIN, MatrixPeople.id(context, INSIDE_NUMBER), List.of());
            TestAccounts.ensure(context, OUTSIDE_LOGIN, MatrixPeople.id(context, OUTSIDE_NUMBER), List.of());
            LocalDate today = LocalDate.now(context.getBean(Clock.class));
            Login.as(users, "matrix-leider");
            SubstitutionService substitutions = context.getBean(SubstitutionService.class);
            substitutions.set(null, MatrixPeople.id(context, INSIDE_NUMBER), today, today.plusDays(6), "vakantie");
            substitutions.set(null, MatrixPeople.id(context, OUTSIDE_NUMBER), today.plusDays(10), today.plusDays(20),
                    null);
        } finally {
            Login.logout();
        }
    }

    private static void save(OrganisationService organisation, String number, String first, String last) {
        organisation.saveEmployee(null, null, new EmployeeData(number, first, null, last,
                last.toLowerCase() + "@ommen.nl", "beleidsadviseur", "beleid-en-ontwikkeling", "100001", null, false,
                LocalDate.of(2015, 1, 1), true));
    }
}
