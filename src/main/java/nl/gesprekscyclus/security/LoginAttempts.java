package nl.gesprekscyclus.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
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
 * Throttles password guessing: after {@value #MAX_FAILURES} failed logins for one account within {@link #WINDOW},
 * that account is locked for {@link #LOCK} (also for the right password). Per account, not per address: a
 * municipality's employees often share one outgoing address. A failure counts for the account the typed name
 * reaches, however it was spelled ({@code HUISMAN}, {@code huiſman}, full-width letters: {@link Usernames}), so
 * spelling variants cannot spread the guesses over several counters. Every login success and failure is logged
 * and audited with the remote address, under the account's name; a typed name that is no possible username under
 * a neutralised form ({@link LogSafe}), so that it cannot forge a log line or pass for an account in the audit.
 */
@Component
public class LoginAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);
    /** Made-up names remembered at most; a flood of them empties only this memory, never an account's count. */
    static final int MAX_UNKNOWN_NAMES = 10_000;

    private static final Logger log = LoggerFactory.getLogger("gesprekscyclus.security");

    private final Clock clock;
    private final AuditTrail audit;
    private final UserAccountRepository accounts;
    /** Per existing account, by its (canonical) username: bounded by the number of accounts. */
    private final Map<String, Deque<Instant>> accountFailures = new ConcurrentHashMap<>();
    /** Per name that is no account, by its canonical or neutralised form. */
    private final Map<String, Deque<Instant>> unknownFailures = new ConcurrentHashMap<>();

    LoginAttempts(Clock clock, AuditTrail audit, UserAccountRepository accounts) {
        this.clock = clock;
        this.audit = audit;
        this.accounts = accounts;
    }

    /** Whether logins to the account with this (stored, canonical) username are refused at the moment. */
    public boolean isLocked(String accountUsername) {
        Deque<Instant> recent = accountFailures.get(accountUsername);
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
        String typed = event.getAuthentication().getName();
        Optional<String> canonical = Usernames.canonical(typed);
        String who = canonical.orElseGet(() -> LogSafe.ascii(typed));
        if (canonical.isPresent() && accounts.existsByUsername(who)) {
            count(accountFailures, who);
        } else {
            if (unknownFailures.size() >= MAX_UNKNOWN_NAMES) {
                unknownFailures.clear();
            }
            count(unknownFailures, who);
        }
        log.warn("Login failed: user={} from={} reason={}", who, remote(event.getAuthentication()),
                event.getException().getClass().getSimpleName());
        audit.record(who, "LOGIN", null, null, AuditTrail.FAILURE, remote(event.getAuthentication()),
                event.getException().getClass().getSimpleName());
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        // the principal's name: the account's own, whatever was typed
        String who = event.getAuthentication().getName();
        accountFailures.remove(who);
        log.info("Login succeeded: user={} from={}", LogSafe.ascii(who), remote(event.getAuthentication()));
        // about the person's own file: they see their logins on "Mijn gegevens"
        Long subject = event.getAuthentication().getPrincipal() instanceof AppUser user ? user.employeeId() : null;
        audit.record(who, "LOGIN", null, subject, AuditTrail.SUCCESS, remote(event.getAuthentication()), null);
    }

    private void count(Map<String, Deque<Instant>> failures, String key) {
        Deque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent);
            recent.addLast(clock.instant());
            if (recent.size() > MAX_FAILURES * 4) {
                recent.removeFirst();
            }
        }
    }

    private void prune(Deque<Instant> recent) {
        Instant horizon = clock.instant().minus(WINDOW.plus(LOCK));
        while (!recent.isEmpty() && recent.peekFirst().isBefore(horizon)) {
            recent.removeFirst();
        }
    }

    private static String remote(Authentication auth) {
        return auth.getDetails() instanceof WebAuthenticationDetails d ? LogSafe.ascii(d.getRemoteAddress()) : "?";
    }
}
