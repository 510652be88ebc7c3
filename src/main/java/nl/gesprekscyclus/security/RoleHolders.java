package nl.gesprekscyclus.security;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Who holds an assignable role (HR, ADMIN), e.g. to mail everyone in HR about a group task. */
@Component
@Transactional(readOnly = true)
public class RoleHolders {

    private final UserAccountRepository accounts;

    RoleHolders(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** Employee ids of the enabled accounts with this role; accounts without a personnel record are left out. */
    public List<Long> employeeIds(String role) {
        return accounts.findByExtraRolesContaining(role).stream()
                .filter(a -> a.isEnabled() && a.getEmployeeId() != null && a.getExtraRoles().contains(role))
                .map(UserAccount::getEmployeeId).distinct().sorted().toList();
    }
}
