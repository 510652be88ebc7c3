package nl.gesprekscyclus.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One entry of the audit trail. Immutable: Hibernate refuses update and delete statements on it. */
@Entity
@Immutable
@Table(name = "audit_event")
class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(updatable = false)
    private String record;

    @Column(name = "subject_employee_id", updatable = false)
    private Long subjectEmployeeId;

    @Column(nullable = false, updatable = false)
    private String outcome;

    @Column(name = "remote_address", updatable = false)
    private String remoteAddress;

    @Column(updatable = false)
    private String detail;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actor, String action, String record, Long subjectEmployeeId, String outcome,
            String remoteAddress, String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.record = record;
        this.subjectEmployeeId = subjectEmployeeId;
        this.outcome = outcome;
        this.remoteAddress = remoteAddress;
        this.detail = detail;
    }

    AuditEntry toEntry() {
        return new AuditEntry(id, occurredAt, actor, action, record, subjectEmployeeId, outcome, remoteAddress, detail);
    }
}
