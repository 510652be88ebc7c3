package nl.gesprekscyclus.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * HR opened the content of a review, with a reason. The opening gives that HR user read access until
 * {@code expiresAt}; it is never changed afterwards, and the employee sees it.
 */
@Entity
@Immutable
@Table(name = "dossier_opening")
public class DossierOpening {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "review_id", nullable = false)
    private Long reviewId;

    @Column(name = "employee_id", nullable = false)
    private Long employeeId;

    @Column(name = "opened_by", nullable = false)
    private String openedBy;

    @Column(name = "opened_by_name", nullable = false)
    private String openedByName;

    @Column(nullable = false)
    private String reason;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected DossierOpening() {
    }

    DossierOpening(Long reviewId, Long employeeId, String openedBy, String openedByName, String reason,
            Instant openedAt, Instant expiresAt) {
        this.reviewId = reviewId;
        this.employeeId = employeeId;
        this.openedBy = openedBy;
        this.openedByName = openedByName;
        this.reason = reason;
        this.openedAt = openedAt;
        this.expiresAt = expiresAt;
    }

    public Long getId() {
        return id;
    }

    public Long getReviewId() {
        return reviewId;
    }

    public Long getEmployeeId() {
        return employeeId;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public String getOpenedByName() {
        return openedByName;
    }

    public String getReason() {
        return reason;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
