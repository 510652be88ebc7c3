package nl.gesprekscyclus.security;

import nl.gesprekscyclus.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Every refused access is logged (who, what, which record) and recorded in the audit trail before it is refused.
 */
@Component
public class AccessRefusals {

    private static final Logger log = LoggerFactory.getLogger("gesprekscyclus.security");

    private final CurrentUser currentUser;
    private final AuditTrail audit;

    AccessRefusals(CurrentUser currentUser, AuditTrail audit) {
        this.currentUser = currentUser;
        this.audit = audit;
    }

    public AccessDeniedException refuse(String action, String record) {
        return refuse(action, record, null);
    }

    /**
     * The same, naming whose file the record belongs to (when known and the person asking may know it exists), so
     * the employee sees on "Mijn gegevens" that someone tried to reach their data.
     */
    public AccessDeniedException refuse(String action, String record, Long subjectEmployeeId) {
        String who = currentUser.get().map(AppUser::getUsername).orElse("(anonymous)");
        // a record can name what the address held (a tampered personnel number): no line breaks into the log
        String safeRecord = LogSafe.text(record, 200);
        log.warn("Access refused: user={} action={} record={}", who, action, safeRecord);
        audit.record(action, safeRecord, subjectEmployeeId, AuditTrail.REFUSED, null);
        return new AccessDeniedException("Access refused: " + action + " " + safeRecord);
    }
}
