package nl.gesprekscyclus.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.regex.Pattern;
import nl.gesprekscyclus.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Audits Camunda's web surface: {@code /engine-rest/**} (not shipped: every request there is refused) and
 * {@code /camunda/**} (refused, or Cockpit when an operator switches it on). Every call to an API under
 * {@code /camunda/api/} is recorded with its outcome, reads too: they show what an operator looked at, and Cockpit
 * is off by default, for ADMIN only and opened rarely (measured: 12 calls to load its dashboard, 3 for the list of
 * processes, 9 for a process instance; one small row each, no aggregation needed). Of the other paths (Cockpit's
 * pages, and the scripts and styles its plugins serve) only refusals are recorded.
 *
 * <p>Sits in the security chain before CSRF, so it also sees the refusals made before authorization (a missing
 * CSRF token), and judges by the answer that went out: 401 and 403 (ours, or Camunda's own CSRF check) and a
 * redirect to our login page (someone not logged in) are refusals, other 4xx and 5xx failures. Not a bean:
 * each chain that guards these paths makes its own, so Spring Boot does not also put it in front of every request.
 */
public final class CamundaWebSurfaceAudit extends OncePerRequestFilter {

    public static final String ENGINE_REST_CALL = "engine-rest.call";
    public static final String COCKPIT_CALL = "cockpit.call";

    private static final Logger log = LoggerFactory.getLogger("gesprekscyclus.security");
    private static final String LOGIN = "/login";
    /** Cockpit's APIs, without the scripts and styles its plugins serve from there. */
    private static final Pattern ENGINE_CALL = Pattern.compile("/camunda/api/(?![^/]+/plugin/[^/]+/static/)");

    private final AuditTrail audit;

    public CamundaWebSurfaceAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return action(path(request)) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failed) {
            record(request, AuditTrail.FAILURE, failed.getClass().getSimpleName());
            throw failed;
        }
        String outcome = outcome(request, response);
        boolean refused = AuditTrail.REFUSED.equals(outcome);
        String path = path(request);
        if (!refused && COCKPIT_CALL.equals(action(path)) && !ENGINE_CALL.matcher(path).lookingAt()) {
            return; // a page, script or style of Cockpit (served, or not there): no engine call
        }
        record(request, outcome, "HTTP " + response.getStatus()
                + (refused && response.getStatus() / 100 == 3 ? ": not logged in, sent to the login page" : ""));
    }

    private void record(HttpServletRequest request, String outcome, String detail) {
        String actor = actor();
        String action = action(path(request));
        String record = request.getMethod() + " " + path(request);
        if (AuditTrail.REFUSED.equals(outcome)) {
            log.warn("Access refused: user={} action={} record={}", actor == null ? "(anonymous)" : actor, action,
                    record);
        }
        audit.record(actor, action, record, null, outcome, request.getRemoteAddr(), detail);
    }

    private static String outcome(HttpServletRequest request, HttpServletResponse response) {
        int status = response.getStatus();
        if (status == HttpServletResponse.SC_UNAUTHORIZED || status == HttpServletResponse.SC_FORBIDDEN
                || redirectsToLogin(request, response)) {
            return AuditTrail.REFUSED;
        }
        return status >= 400 ? AuditTrail.FAILURE : AuditTrail.SUCCESS;
    }

    private static boolean redirectsToLogin(HttpServletRequest request, HttpServletResponse response) {
        String location = response.getHeader(HttpHeaders.LOCATION);
        if (response.getStatus() / 100 != 3 || location == null) {
            return false;
        }
        try {
            return (request.getContextPath() + LOGIN).equals(URI.create(location).getPath());
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    /** The logged-in person, or null for a request without a login (AuditTrail writes "(anonymous)"). */
    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated() ? null
                : auth.getName();
    }

    private static String action(String path) {
        if (path.equals("/engine-rest") || path.startsWith("/engine-rest/")) {
            return ENGINE_REST_CALL;
        }
        if (path.equals("/camunda") || path.startsWith("/camunda/")) {
            return COCKPIT_CALL;
        }
        return null;
    }

    /** Decoded, as the servlet container routes it (and as the security chain matched it): no %-spelling slips by. */
    private static String path(HttpServletRequest request) {
        return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }
}
