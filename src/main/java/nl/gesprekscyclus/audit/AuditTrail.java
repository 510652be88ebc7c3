package nl.gesprekscyclus.audit;

import java.time.Clock;
import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records who did what to which record, when and from where. Written in its own transaction, so a
 * refusal is recorded even when the refused work is rolled back. Reading it is for ADMIN and HR (screens
 * come with the trust issue); employees will see the entries about themselves.
 */
@Component
public class AuditTrail {

    public static final String SUCCESS = "SUCCESS";
    public static final String FAILURE = "FAILURE";
    public static final String REFUSED = "REFUSED";

    private final AuditEventRepository events;
    private final Clock clock;

    AuditTrail(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String actor, String action, String record, Long subjectEmployeeId, String outcome,
            String remoteAddress, String detail) {
        events.save(new AuditEvent(clock.instant(), cut(actor == null ? "(anonymous)" : actor, 100), cut(action, 100),
                cut(record, 200), subjectEmployeeId, outcome, cut(remoteAddress, 100), cut(detail, 1000)));
    }

    /** Records an action of whoever is logged in now, from the address of the current request. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String action, String record, Long subjectEmployeeId, String outcome, String detail) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String actor = auth == null || auth instanceof AnonymousAuthenticationToken ? "(system)" : auth.getName();
        record(actor, action, record, subjectEmployeeId, outcome, currentRemoteAddress(), detail);
    }

    static String currentRemoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> latest(String action) {
        return (action == null ? events.findTop200ByOrderByIdDesc() : events.findTop200ByActionOrderByIdDesc(action))
                .stream().map(AuditEvent::toEntry).toList();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
