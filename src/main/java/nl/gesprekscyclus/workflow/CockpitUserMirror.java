package nl.gesprekscyclus.workflow;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda's container-based single sign-on only accepts users that exist in the engine's own identity
 * tables. Before Cockpit sees a request, the logged-in ADMIN (the only role the security chain lets
 * through) is mirrored there: a user without a password, so nobody can log in to Camunda directly,
 * in the {@code camunda-admin} group.
 */
class CockpitUserMirror extends OncePerRequestFilter {

    static final String ADMIN_GROUP = "camunda-admin";

    private final IdentityService identity;
    private final Set<String> mirrored = ConcurrentHashMap.newKeySet();

    CockpitUserMirror(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated()
                && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"))) {
            mirror(auth.getName());
        }
        chain.doFilter(request, response);
    }

    private void mirror(String userId) {
        if (mirrored.contains(userId)) {
            return;
        }
        synchronized (this) {
            if (identity.createGroupQuery().groupId(ADMIN_GROUP).count() == 0) {
                Group group = identity.newGroup(ADMIN_GROUP);
                group.setName("Camunda administrators");
                group.setType("SYSTEM");
                identity.saveGroup(group);
            }
            if (identity.createUserQuery().userId(userId).count() == 0) {
                User user = identity.newUser(userId);
                user.setFirstName(userId);
                identity.saveUser(user);
            }
            if (identity.createUserQuery().userId(userId).memberOfGroup(ADMIN_GROUP).count() == 0) {
                identity.createMembership(userId, ADMIN_GROUP);
            }
            mirrored.add(userId);
        }
    }
}
