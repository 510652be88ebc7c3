package nl.gesprekscyclus.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assignable roles (HR, ADMIN) an identity provider's groups gave someone at their last single sign-on. With
 * single sign-on those roles live at the provider, so between logins the application would not know who is in HR:
 * a group task for HR would be announced to nobody. A login replaces the person's rows, so leaving the group
 * takes effect at the next login; someone who has not logged in for {@code gesprekscyclus.security.oidc.role-memory}
 * (default 90 days) is no longer counted, nor is anyone who left service.
 */
@Component
public class SsoRoleGrants {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration memory;

    SsoRoleGrants(JdbcTemplate jdbc, Clock clock,
            @Value("${gesprekscyclus.security.oidc.role-memory:P90D}") Duration memory) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.memory = memory;
    }

    /** What the provider's groups said at this login; roles that are not assignable are not kept. */
    @Transactional
    public void recordLogin(long employeeId, Set<String> roles) {
        jdbc.update("delete from sso_role_grant where employee_id = ?", employeeId);
        Timestamp now = Timestamp.from(clock.instant());
        roles.stream().filter(Roles.ASSIGNABLE::contains).sorted().forEach(role -> jdbc.update(
                "insert into sso_role_grant (employee_id, role, seen_at) values (?, ?, ?)", employeeId, role, now));
    }

    /** Employees in service whom a group gave this role at a login within the role memory. */
    @Transactional(readOnly = true)
    public List<Long> employeeIds(String role) {
        Instant since = clock.instant().minus(memory);
        return jdbc.queryForList("select g.employee_id from sso_role_grant g join employee e on e.id = g.employee_id "
                + "where g.role = ? and g.seen_at >= ? and e.active = true order by g.employee_id", Long.class,
                role, Timestamp.from(since));
    }
}
