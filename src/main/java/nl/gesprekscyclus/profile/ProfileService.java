package nl.gesprekscyclus.profile;

import java.util.Optional;
import nl.gesprekscyclus.functionbook.FunctionBook;
import nl.gesprekscyclus.functionbook.FunctionBooks;
import nl.gesprekscyclus.functionbook.JobProfile;
import nl.gesprekscyclus.functionbook.JobTitle;
import nl.gesprekscyclus.functionbook.LoadedFunctionBook;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.security.AccessRefusals;
import nl.gesprekscyclus.security.AppUser;
import nl.gesprekscyclus.security.CurrentUser;
import nl.gesprekscyclus.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Generic profiles of employees. Who may read whose (PRODUCT.md): the employee their own; their manager
 * and their coordinator; the functioneel beheerder (organisation data). Anyone else is refused, and the
 * refusal is logged.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ProfileService {

    private final OrganisationDirectory directory;
    private final FunctionBooks books;
    private final CurrentUser currentUser;
    private final AccessRefusals refusals;

    ProfileService(OrganisationDirectory directory, FunctionBooks books, CurrentUser currentUser,
            AccessRefusals refusals) {
        this.directory = directory;
        this.books = books;
        this.currentUser = currentUser;
        this.refusals = refusals;
    }

    /** The logged-in person's own profile; empty for an account without a personnel record. */
    public Optional<EmployeeProfile> myProfile() {
        AppUser user = currentUser.require();
        if (user.employeeId() == null) {
            return Optional.empty();
        }
        return directory.employee(user.employeeId()).map(this::profile);
    }

    /** Someone's profile by personnel number, if the logged-in person may read it. */
    public EmployeeProfile profileOf(String personnelNumber) {
        AppUser user = currentUser.require();
        EmployeeSummary employee = directory.employeeByPersonnelNumber(personnelNumber == null ? "" : personnelNumber)
                // an unknown number is refused like a forbidden one: the answer must not tell who exists
                .orElseThrow(() -> refusals.refuse("read profile", "employee " + personnelNumber));
        if (!mayRead(user, employee)) {
            throw refusals.refuse("read profile", "employee " + personnelNumber, employee.id());
        }
        return profile(employee);
    }

    private boolean mayRead(AppUser user, EmployeeSummary employee) {
        Long me = user.employeeId();
        if (me != null && me.equals(employee.id())) {
            return true;
        }
        if (user.hasRole(Roles.ADMIN)) {
            return true;
        }
        return me != null && (user.hasRole(Roles.MANAGER) && directory.isManagerOf(me, employee.id())
                || user.hasRole(Roles.COORDINATOR) && directory.isCoordinatorOf(me, employee.id()));
    }

    private EmployeeProfile profile(EmployeeSummary employee) {
        LoadedFunctionBook loaded = books.current();
        FunctionBook book = loaded.book();
        JobTitle title = book.jobTitle(employee.jobTitleCode()).orElse(null);
        JobProfile jobProfile = title == null ? null : book.jobProfile(title.jobProfile()).orElse(null);
        return new EmployeeProfile(employee, title, jobProfile, book.organisationWide(),
                book.organisationWideCompetencies() == null ? null : book.organisationWideCompetencies().note(),
                employee.coordinationModule() ? book.coordinationModule() : null, loaded);
    }
}
