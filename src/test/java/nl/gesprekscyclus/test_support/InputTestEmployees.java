package nl.gesprekscyclus.test_support;

import java.time.LocalDate;
import nl.gesprekscyclus.organisation.EmployeeData;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.organisation.OrganisationService;
import nl.gesprekscyclus.security.TestAccounts;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Employees of the bad-input tests (issue #6), personnel numbers 45xxxx, created through the organisation service
 * as the admin would, each with a login (the demo password); managed by the gemeentesecretaris, no coordinator.
 */
public final class InputTestEmployees {

    private InputTestEmployees() {
    }

    /** The employee with this number, created (with login {@code username}) when missing. */
    public static EmployeeSummary ensure(ApplicationContext context, String number, String username, String firstName,
            String lastName) {
        OrganisationService organisation = context.getBean(OrganisationService.class);
        UserDetailsService users = context.getBean(UserDetailsService.class);
        Login.as(users, DemoUsers.ADMIN);
        try {
            EmployeeSummary employee = organisation.employees(number, PageRequest.of(0, 5)).stream()
                    .filter(e -> e.personnelNumber().equals(number)).findFirst()
                    .orElseGet(() -> organisation.saveEmployee(null, null, new EmployeeData(number, firstName, null,
                            lastName, username + "@input.test", "strategisch-beleidsadviseur", "beleid-en-ontwikkeling",
                            "100001", null, false, LocalDate.of(2010, 1, 1), true)));
            TestAccounts.ensureWithPassword(context, username, employee.id(), DemoUsers.PASSWORD);
            return employee;
        } finally {
            Login.logout();
        }
    }
}
