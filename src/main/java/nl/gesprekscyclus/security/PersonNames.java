package nl.gesprekscyclus.security;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The name a person is shown by, for a username the data keeps (who started a round, who wrote a version of an
 * agreement, who acted in the audit trail): the employee's full name, as the top bar shows the logged-in person
 * ({@link AppUserDetailsService}). A local account finds its employee through its personnel record; a single
 * sign-on username is the personnel number or the e-mail address in the one form of usernames, as
 * {@link OidcAccountMapping} matched it. An operator's account without a personnel record, and a name nobody holds
 * (a mistyped login in the audit trail), are shown as they are. Resolved when shown, so the data keeps the
 * username and a changed name shows as it is now.
 */
@Component
@Transactional(readOnly = true)
public class PersonNames {

    private final UserAccountRepository accounts;
    private final OrganisationDirectory directory;

    PersonNames(UserAccountRepository accounts, OrganisationDirectory directory) {
        this.accounts = accounts;
        this.directory = directory;
    }

    /** The display name of a username; the username itself when it names no employee; null for null. */
    public String of(String username) {
        if (username == null) {
            return null;
        }
        return employee(username).map(EmployeeSummary::fullName).orElse(username);
    }

    /** The display names of several usernames, in the order given. */
    public Map<String, String> of(Collection<String> usernames) {
        Map<String, String> names = new LinkedHashMap<>();
        usernames.stream().distinct().forEach(u -> names.put(u, of(u)));
        return names;
    }

    private Optional<EmployeeSummary> employee(String username) {
        Optional<UserAccount> account = Usernames.canonical(username).flatMap(accounts::findByUsername);
        if (account.isPresent()) {
            Long id = account.get().getEmployeeId();
            return id == null ? Optional.empty() : directory.employee(id);
        }
        Optional<EmployeeSummary> byNumber = directory.employeeByPersonnelNumber(username);
        if (byNumber.isPresent()) {
            return byNumber;
        }
        if (!username.contains("@")) {
            return Optional.empty();
        }
        // exactly as the single sign-on matched it: the address in the one form, never the database's ignore-case
        var byEmail = directory.employeesByEmail(username).stream()
                .filter(e -> Usernames.fromProvider(e.email()).filter(username::equals).isPresent()).toList();
        return byEmail.size() == 1 ? Optional.of(byEmail.get(0)) : Optional.empty();
    }
}
