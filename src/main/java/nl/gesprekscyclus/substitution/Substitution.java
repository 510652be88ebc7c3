package nl.gesprekscyclus.substitution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A colleague acts for a manager from one day to another, both inclusive (vervanging: holiday, illness). Only the
 * end can change afterwards, when the substitution is ended early.
 */
@Entity
@Table(name = "substitution")
public class Substitution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "manager_id", nullable = false, updatable = false)
    private Long managerId;

    @Column(name = "substitute_id", nullable = false, updatable = false)
    private Long substituteId;

    @Column(name = "from_date", nullable = false, updatable = false)
    private LocalDate from;

    @Column(name = "to_date", nullable = false)
    private LocalDate to;

    @Column(name = "set_by", nullable = false, updatable = false)
    private String setBy;

    @Column(updatable = false)
    private String reason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Substitution() {
    }

    Substitution(Long managerId, Long substituteId, LocalDate from, LocalDate to, String setBy, String reason,
            Instant createdAt) {
        this.managerId = managerId;
        this.substituteId = substituteId;
        this.from = from;
        this.to = to;
        this.setBy = setBy;
        this.reason = reason;
        this.createdAt = createdAt;
    }

    void endOn(LocalDate lastDay) {
        this.to = lastDay;
    }

    public Long getId() {
        return id;
    }

    public Long getManagerId() {
        return managerId;
    }

    public Long getSubstituteId() {
        return substituteId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public String getSetBy() {
        return setBy;
    }

    public String getReason() {
        return reason;
    }

    /** Whether the substitute acts for the manager on this day. */
    public boolean covers(LocalDate day) {
        return SubstitutionRules.covers(from, to, day);
    }
}
