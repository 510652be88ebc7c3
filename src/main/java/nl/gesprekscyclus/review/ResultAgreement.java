package nl.gesprekscyclus.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A resultaatafspraak: linked to a resultaatgebied of the employee's normfunctie and optionally a work
 * role, with a measurable criterion, a deadline and a weight. All versions of one agreement share a
 * lineage; a change after agreement makes a new row with the next version number.
 */
@Entity
@Table(name = "result_agreement")
public class ResultAgreement extends AgreementVersion {

    @Column(name = "result_area", nullable = false)
    private String resultArea;

    @Column(name = "work_role")
    private String workRole;

    @Column(nullable = false)
    private String description;

    @Column(nullable = false)
    private String criterion;

    private LocalDate deadline;

    private Integer weight;

    protected ResultAgreement() {
    }

    ResultAgreement(Long reviewId, String lineage, int versionNumber, ResultAgreementData data, AgreementStatus status,
            String createdBy, Instant createdAt, Long changeId) {
        super(reviewId, lineage, versionNumber, status, createdBy, createdAt, changeId);
        apply(data);
    }

    void apply(ResultAgreementData data) {
        this.resultArea = data.resultArea();
        this.workRole = data.workRole();
        this.description = data.description();
        this.criterion = data.criterion();
        this.deadline = data.deadline();
        this.weight = data.weight();
    }

    public ResultAgreementData data() {
        return new ResultAgreementData(resultArea, workRole, description, criterion, deadline, weight);
    }
}
