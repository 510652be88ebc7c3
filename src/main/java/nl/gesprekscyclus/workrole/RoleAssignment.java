package nl.gesprekscyclus.workrole;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A person fills a role from one day to another (both inclusive; no end: until further notice), optionally for a
 * share of their time. Proposed by the coordinator or assigned by the manager; never deleted, so the rows of a
 * person are their roles over the years.
 */
@Entity
@Table(name = "role_assignment")
class RoleAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "employee_id", nullable = false, updatable = false)
    private Long employeeId;

    @Column(name = "role_code", nullable = false)
    private String roleCode;

    @Column(name = "role_name", nullable = false)
    private String roleName;

    @Column(name = "from_date", nullable = false)
    private LocalDate from;

    @Column(name = "to_date")
    private LocalDate to;

    @Column(name = "share_percent")
    private Integer sharePercent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RoleAssignmentStatus status;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "ended_by")
    private String endedBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Version
    private long version;

    protected RoleAssignment() {
    }

    RoleAssignment(Long employeeId, String roleCode, String roleName, LocalDate from, LocalDate to,
            Integer sharePercent, RoleAssignmentStatus status, String createdBy, Instant createdAt) {
        this.employeeId = employeeId;
        this.roleCode = roleCode;
        this.roleName = roleName;
        this.from = from;
        this.to = to;
        this.sharePercent = sharePercent;
        this.status = status;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void decide(boolean accepted, String by, Instant at) {
        this.status = accepted ? RoleAssignmentStatus.ASSIGNED : RoleAssignmentStatus.REJECTED;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    /** The catalogue replaced the role by another before this assignment began (or while it is only proposed). */
    void retarget(String newRoleCode, String newRoleName) {
        this.roleCode = newRoleCode;
        this.roleName = newRoleName;
    }

    void endOn(LocalDate lastDay, String by, Instant at) {
        this.to = lastDay;
        this.status = RoleAssignmentStatus.ENDED;
        this.endedBy = by;
        this.endedAt = at;
    }

    Long getId() {
        return id;
    }

    Long getEmployeeId() {
        return employeeId;
    }

    String getRoleCode() {
        return roleCode;
    }

    String getRoleName() {
        return roleName;
    }

    LocalDate getFrom() {
        return from;
    }

    LocalDate getTo() {
        return to;
    }

    Integer getSharePercent() {
        return sharePercent;
    }

    RoleAssignmentStatus getStatus() {
        return status;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getDecidedBy() {
        return decidedBy;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    String getEndedBy() {
        return endedBy;
    }

    RoleAssignmentRules.Period period() {
        return new RoleAssignmentRules.Period(id, roleCode, roleName, from, to, sharePercent, status);
    }
}
