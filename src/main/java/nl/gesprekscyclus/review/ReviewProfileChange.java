package nl.gesprekscyclus.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * A change of function during the review's year: from which day the employee worked on another job title (and so
 * another normfunctie), which profile and book version the review ran on until then, and who made the change. The
 * review itself holds the profile in force now; these rows keep the ones before it, so nothing is overwritten.
 */
@Entity
@Immutable
@Table(name = "review_profile_change")
public class ReviewProfileChange {

    /** The change of the employee's job title on the employee screen or through the import. */
    public static final String FUNCTION_CHANGE = "FUNCTION_CHANGE";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "review_id", nullable = false, updatable = false)
    private Long reviewId;

    @Column(name = "effective_date", nullable = false, updatable = false)
    private LocalDate effectiveDate;

    @Column(name = "old_job_title_code", nullable = false, updatable = false)
    private String oldJobTitleCode;

    @Column(name = "old_job_profile_code", updatable = false)
    private String oldJobProfileCode;

    @Column(name = "old_function_book_version_id", updatable = false)
    private Long oldFunctionBookVersionId;

    @Column(name = "new_job_title_code", nullable = false, updatable = false)
    private String newJobTitleCode;

    @Column(name = "new_job_profile_code", updatable = false)
    private String newJobProfileCode;

    @Column(name = "new_function_book_version_id", updatable = false)
    private Long newFunctionBookVersionId;

    @Column(nullable = false, updatable = false)
    private String cause;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected ReviewProfileChange() {
    }

    ReviewProfileChange(Review review, LocalDate effectiveDate, Review.Function next, String cause, String recordedBy,
            Instant recordedAt) {
        this.reviewId = review.getId();
        this.effectiveDate = effectiveDate;
        this.oldJobTitleCode = review.getJobTitleCode();
        this.oldJobProfileCode = review.getJobProfileCode();
        this.oldFunctionBookVersionId = review.getFunctionBookVersionId();
        this.newJobTitleCode = next.jobTitleCode();
        this.newJobProfileCode = next.jobProfileCode();
        this.newFunctionBookVersionId = next.functionBookVersionId();
        this.cause = cause;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getReviewId() {
        return reviewId;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public Review.Function before() {
        return new Review.Function(oldJobTitleCode, oldJobProfileCode, oldFunctionBookVersionId);
    }

    public Review.Function after() {
        return new Review.Function(newJobTitleCode, newJobProfileCode, newFunctionBookVersionId);
    }

    public String getCause() {
        return cause;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
