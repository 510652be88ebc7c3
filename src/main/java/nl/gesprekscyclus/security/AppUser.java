package nl.gesprekscyclus.security;

import java.util.Collection;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The logged-in person: the account, the employee it belongs to (if any) and the roles in force for this session. */
public class AppUser extends User {

    private final Long employeeId;
    private final String displayName;
    private final Set<String> roles;

    AppUser(String username, String passwordHash, boolean enabled, boolean locked,
            Collection<? extends GrantedAuthority> authorities, Long employeeId, String displayName, Set<String> roles) {
        super(username, passwordHash == null ? "" : passwordHash, enabled, true, true, !locked, authorities);
        this.employeeId = employeeId;
        this.displayName = displayName;
        this.roles = Set.copyOf(roles);
    }

    /** The employee this login belongs to; null for an operator account without a personnel record. */
    public Long employeeId() {
        return employeeId;
    }

    public String displayName() {
        return displayName;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public Set<String> roles() {
        return roles;
    }
}
