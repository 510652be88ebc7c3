package nl.gesprekscyclus.audit;

import java.time.Instant;

/** An audit-trail entry as readers see it. */
public record AuditEntry(Long id, Instant occurredAt, String actor, String action, String record,
        Long subjectEmployeeId, String outcome, String remoteAddress, String detail) {
}
