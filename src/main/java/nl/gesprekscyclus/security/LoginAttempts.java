package nl.gesprekscyclus.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.gesprekscyclus.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureProviderNotFoundEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Throttles password guessing: after {@value #MAX_FAILURES} failed logins for one username within
 * {@link #WINDOW}, that username is locked for {@link #LOCK} (also for the right password). Per username,
 * not per address: a municipality's employees often share one outgoing address. Every login success
 * and failure is logged with the remote address.
 */
@Component
public class LoginAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);

    private static final Logger log = LoggerFactory.getLogger("gesprekscyclus.security");

    private final Clock clock;
    private final AuditTrail audit;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginAttempts(Clock clock, AuditTrail audit) {
        this.clock = clock;
        this.audit = audit;
    }

    /** Whether logins for this username are refused at the moment. */
    public boolean isLocked(String username) {
        Deque<Instant> recent = failures.get(key(username));
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            prune(recent);
            return recent.size() >= MAX_FAILURES
                    && recent.peekLast().plus(LOCK).isAfter(clock.instant());
        }
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        if (event instanceof AuthenticationFailureProviderNotFoundEvent) {
            // not a person's failed login: the password manager saying it cannot check a single sign-on token
            // (tried after a refused one); OidcLoginFailures records that refusal
            return;
        }
        String username = String.valueOf(event.getAuthentication().getName());
        if (failures.size() > 100_000) {
            failures.clear(); // bounded memory under a flood of made-up usernames
        }
        Deque<Instant> recent = failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent);
            recent.addLast(clock.instant());
            if (recent.size() > MAX_FAILURES * 4) {
                recent.removeFirst();
            }
        }
        log.warn("Login failed: user={} from={} reason={}", username, remote(event.getAuthentication()),
                event.getException().getClass().getSimpleName());
        audit.record(username, "LOGIN", null, null, AuditTrail.FAILURE, remote(event.getAuthentication()),
                event.getException().getClass().getSimpleName());
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        failures.remove(key(event.getAuthentication().getName()));
        log.info("Login succeeded: user={} from={}", event.getAuthentication().getName(), remote(event.getAuthentication()));
        // about the person's own file: they see their logins on "Mijn gegevens"
        Long subject = event.getAuthentication().getPrincipal() instanceof AppUser user ? user.employeeId() : null;
        audit.record(event.getAuthentication().getName(), "LOGIN", null, subject, AuditTrail.SUCCESS,
                remote(event.getAuthentication()), null);
    }

    private void prune(Deque<Instant> recent) {
        Instant horizon = clock.instant().minus(WINDOW.plus(LOCK));
        while (!recent.isEmpty() && recent.peekFirst().isBefore(horizon)) {
            recent.removeFirst();
        }
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static String remote(Authentication auth) {
        return auth.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "?";
    }
}
