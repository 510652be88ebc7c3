package nl.gesprekscyclus.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An ontwikkelafspraak (POP), with the functieperspectief: which activities grow, which shrink, and what
 * that asks of the employee, the manager and HR. Versioned like result agreements.
 */
@Entity
@Table(name = "development_agreement")
public class DevelopmentAgreement extends AgreementVersion {

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

    protected DevelopmentAgreement() {
    }

    DevelopmentAgreement(Long reviewId, String lineage, int versionNumber, DevelopmentAgreementData data,
            AgreementStatus status, String createdBy, Instant createdAt, Long changeId) {
        super(reviewId, lineage, versionNumber, status, createdBy, createdAt, changeId);
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

    public DevelopmentAgreementData data() {
        return new DevelopmentAgreementData(goal, activities, growingActivities, shrinkingActivities, employeeActions,
                managerActions, hrActions, deadline);
    }
}
