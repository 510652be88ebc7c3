package nl.gesprekscyclus.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A resultaatafspraak: linked to a resultaatgebied of the employee's normfunctie (its code, and its name as it was
 * when the version was saved) and optionally a work role, with a measurable criterion, a deadline and a weight.
 * All versions of one agreement share a lineage; a change after agreement makes a new row with the next version
 * number.
 */
@Entity
@Table(name = "result_agreement")
public class ResultAgreement extends AgreementVersion {

    @Column(name = "result_area", nullable = false)
    private String resultArea;

    /** The name of the resultaatgebied when this version was saved (V14; older rows were named by V14_1). */
    @Column(name = "result_area_name")
    private String resultAreaName;

    /** The normfunctie and book version the name was read from. */
    @Column(name = "result_area_profile")
    private String resultAreaProfile;

    @Column(name = "result_area_book_version_id")
    private Long resultAreaBookVersionId;

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

    ResultAgreement(Long reviewId, String lineage, int versionNumber, ResultAgreementData data, AgreedArea area,
            AgreementStatus status, String createdBy, Instant createdAt, Long changeId) {
        super(reviewId, lineage, versionNumber, status, createdBy, createdAt, changeId);
        apply(data, area);
    }

    /** @param area the resultaatgebied of {@code data} as the review's profile names it now */
    void apply(ResultAgreementData data, AgreedArea area) {
        this.resultArea = data.resultArea();
        this.resultAreaName = area.name();
        this.resultAreaProfile = area.profileCode();
        this.resultAreaBookVersionId = area.bookVersionId();
        this.workRole = data.workRole();
        this.description = data.description();
        this.criterion = data.criterion();
        this.deadline = data.deadline();
        this.weight = data.weight();
    }

    /**
     * The name of the resultaatgebied as it was when this version was saved; its code only for a row whose area its
     * review's profile did not have when V14_1 named the older rows.
     */
    public String resultAreaName() {
        return resultAreaName == null ? resultArea : resultAreaName;
    }

    /** The normfunctie the area belongs to (its code), as it was when this version was saved; null when unknown. */
    public String resultAreaProfile() {
        return resultAreaProfile;
    }

    public ResultAgreementData data() {
        return new ResultAgreementData(resultArea, workRole, description, criterion, deadline, weight);
    }
}
