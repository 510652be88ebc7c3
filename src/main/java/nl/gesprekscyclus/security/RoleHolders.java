package nl.gesprekscyclus.security;

import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds an assignable role (HR, ADMIN), e.g. to mail everyone in HR about a group task: from local accounts
 * (Beheer) and from the identity provider's groups as seen at each person's last single sign-on.
 */
@Component
@Transactional(readOnly = true)
public class RoleHolders {

    private final UserAccountRepository accounts;
    private final SsoRoleGrants singleSignOn;

    RoleHolders(UserAccountRepository accounts, SsoRoleGrants singleSignOn) {
        this.accounts = accounts;
        this.singleSignOn = singleSignOn;
    }

    /**
     * Employee ids of the enabled accounts with this role and of those a group gave it at their last single sign-on;
     * accounts without a personnel record are left out.
     */
    public List<Long> employeeIds(String role) {
        Stream<Long> local = accounts.findByExtraRolesContaining(role).stream()
                .filter(a -> a.isEnabled() && a.getEmployeeId() != null && a.getExtraRoles().contains(role))
                .map(UserAccount::getEmployeeId);
        return Stream.concat(local, singleSignOn.employeeIds(role).stream()).distinct().sorted().toList();
    }
}
