package nl.gesprekscyclus.security;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a login with its roles: HR and ADMIN as assigned to the account, the others from the organisation
 * ({@link OrganisationRoles}).
 * An account of an employee who left service cannot log in.
 */
@Service
class AppUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final OrganisationDirectory directory;
    private final LoginAttempts attempts;
    private final OrganisationRoles organisationRoles;

    AppUserDetailsService(UserAccountRepository accounts, OrganisationDirectory directory, LoginAttempts attempts,
            OrganisationRoles organisationRoles) {
        this.accounts = accounts;
        this.directory = directory;
        this.attempts = attempts;
        this.organisationRoles = organisationRoles;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        // exactly the one form: a name without it (huısman) is unknown like any other, with the same message
        UserAccount account = Usernames.canonical(username).flatMap(accounts::findByUsername)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        Set<String> roles = new LinkedHashSet<>();
        Optional<EmployeeSummary> employee = account.getEmployeeId() == null ? Optional.empty()
                : directory.employee(account.getEmployeeId());
        boolean activeEmployee = employee.map(EmployeeSummary::active).orElse(false);
        employee.ifPresent(e -> roles.addAll(organisationRoles.of(e)));
        for (String role : account.getExtraRoles()) {
            if (Roles.ASSIGNABLE.contains(role)) {
                roles.add(role);
            }
        }
        boolean enabled = account.isEnabled() && (employee.isEmpty() ? account.getEmployeeId() == null : activeEmployee);
        String displayName = employee.map(EmployeeSummary::fullName).orElse(account.getUsername());
        // a throttled account is "locked": refused before the password is even compared, whatever the spelling
        return new AppUser(account.getUsername(), account.getPasswordHash(), enabled,
                attempts.isLocked(account.getUsername()),
                roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList(),
                employee.map(EmployeeSummary::id).orElse(null), displayName, roles);
    }
}
