package nl.gesprekscyclus.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A resultaatafspraak: linked to a resultaatgebied of the employee's normfunctie (its code, and its name as it was
 * when the version was saved) or to a role the employee fills in the review's year (its code and name as they were
 * when the version was saved; V22), with a measurable criterion, a deadline and a weight. Rows of before V22 may
 * carry the free text of the old "rol" field ({@code work_role}); it is kept and shown as the old text.
 * All versions of one agreement share a lineage; a change after agreement makes a new row with the next version
 * number.
 */
@Entity
@Table(name = "result_agreement")
public class ResultAgreement extends AgreementVersion {

    /** Null for an agreement linked to a role. */
    @Column(name = "result_area")
    private String resultArea;

    /** The name of the resultaatgebied when this version was saved (V14; older rows were named by V14_1). */
    @Column(name = "result_area_name")
    private String resultAreaName;

    /** The normfunctie and book version the name was read from. */
    @Column(name = "result_area_profile")
    private String resultAreaProfile;

    @Column(name = "result_area_book_version_id")
    private Long resultAreaBookVersionId;

    /** The free text of the old "rol" field (before V22); never typed any more, carried on to later versions. */
    @Column(name = "work_role")
    private String workRole;

    @Column(name = "role_code")
    private String roleCode;

    /** The role's name when this version was saved: the document shows it, also once the catalogue renamed it. */
    @Column(name = "role_name")
    private String roleName;

    @Column(nullable = false)
    private String description;

    @Column(nullable = false)
    private String criterion;

    private LocalDate deadline;

    private Integer weight;

    protected ResultAgreement() {
    }

    ResultAgreement(Long reviewId, String lineage, int versionNumber, ResultAgreementData data, AgreedArea area,
            String roleName, AgreementStatus status, String createdBy, Instant createdAt, Long changeId) {
        super(reviewId, lineage, versionNumber, status, createdBy, createdAt, changeId);
        apply(data, area, roleName);
    }

    /**
     * @param area     the resultaatgebied of {@code data} as the review's profile names it now (all null for an
     *                 agreement linked to a role)
     * @param roleName the name of the role of {@code data}, or null
     */
    void apply(ResultAgreementData data, AgreedArea area, String roleName) {
        this.resultArea = data.resultArea();
        this.resultAreaName = data.resultArea() == null ? null : area.name();
        this.resultAreaProfile = data.resultArea() == null ? null : area.profileCode();
        this.resultAreaBookVersionId = data.resultArea() == null ? null : area.bookVersionId();
        this.workRole = data.workRole();
        this.roleCode = data.roleCode();
        this.roleName = data.roleCode() == null ? null : roleName;
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

    /** The name of the role the agreement is linked to, as it was when this version was saved; null: no role. */
    public String roleName() {
        return roleCode == null ? null : roleName == null ? roleCode : roleName;
    }

    /** The normfunctie the area belongs to (its code), as it was when this version was saved; null when unknown. */
    public String resultAreaProfile() {
        return resultAreaProfile;
    }

    public ResultAgreementData data() {
        return new ResultAgreementData(resultArea, workRole, description, criterion, deadline, weight, roleCode);
    }
}
