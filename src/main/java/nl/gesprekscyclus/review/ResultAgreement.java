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
 * A resultaatafspraak: linked to a resultaatgebied of the employee's normfunctie and optionally a work
 * role, with a measurable criterion, a deadline and a weight. All versions of one agreement share a
 * lineage; a change after agreement makes a new row with the next version number.
 */
@Entity
@Table(name = "result_agreement")
public class ResultAgreement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "review_id", nullable = false)
    private Long reviewId;

    @Column(nullable = false)
    private String lineage;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

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

    protected ResultAgreement() {
    }

    ResultAgreement(Long reviewId, String lineage, int versionNumber, ResultAgreementData data, AgreementStatus status,
            String createdBy, Instant createdAt, Long changeId) {
        this.reviewId = reviewId;
        this.lineage = lineage;
        this.versionNumber = versionNumber;
        this.status = status;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.changeId = changeId;
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

    void setStatus(AgreementStatus status) {
        this.status = status;
    }

    public ResultAgreementData data() {
        return new ResultAgreementData(resultArea, workRole, description, criterion, deadline, weight);
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

    public Long getChangeId() {
        return changeId;
    }

    public long getVersion() {
        return version;
    }
}
