package nl.gesprekscyclus.review;

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
 * An ontwikkelafspraak (POP), with the functieperspectief: which activities grow, which shrink, and what
 * that asks of the employee, the manager and HR. Versioned like result agreements.
 */
@Entity
@Table(name = "development_agreement")
public class DevelopmentAgreement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "review_id", nullable = false)
    private Long reviewId;

    @Column(nullable = false)
    private String lineage;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Column(nullable = false)
    private String goal;

    private String activities;

    @Column(name = "growing_activities")
    private String growingActivities;

    @Column(name = "shrinking_activities")
    private String shrinkingActivities;

    @Column(name = "employee_actions")
    private String employeeActions;

    @Column(name = "manager_actions")
    private String managerActions;

    @Column(name = "hr_actions")
    private String hrActions;

    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgreementStatus status;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "change_id")
    private Long changeId;

    @Version
    private long version;

    protected DevelopmentAgreement() {
    }

    DevelopmentAgreement(Long reviewId, String lineage, int versionNumber, DevelopmentAgreementData data,
            AgreementStatus status, String createdBy, Instant createdAt, Long changeId) {
        this.reviewId = reviewId;
        this.lineage = lineage;
        this.versionNumber = versionNumber;
        this.status = status;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.changeId = changeId;
        apply(data);
    }

    void apply(DevelopmentAgreementData data) {
        this.goal = data.goal();
        this.activities = data.activities();
        this.growingActivities = data.growingActivities();
        this.shrinkingActivities = data.shrinkingActivities();
        this.employeeActions = data.employeeActions();
        this.managerActions = data.managerActions();
        this.hrActions = data.hrActions();
        this.deadline = data.deadline();
    }

    void setStatus(AgreementStatus status) {
        this.status = status;
    }

    public DevelopmentAgreementData data() {
        return new DevelopmentAgreementData(goal, activities, growingActivities, shrinkingActivities, employeeActions,
                managerActions, hrActions, deadline);
    }

    public Long getId() {
        return id;
    }

    public Long getReviewId() {
        return reviewId;
    }

    public String getLineage() {
        return lineage;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
