package nl.gesprekscyclus.checkin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An agreement a check-in touched (by lineage, so a later version of it is the same agreement) and how it stands. */
@Entity
@Table(name = "check_in_agreement")
public class CheckInAgreement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "review_id", nullable = false)
    private Long reviewId;

    @Column(name = "agreement_lineage", nullable = false)
    private String lineage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgreementProgress status;

    protected CheckInAgreement() {
    }

    CheckInAgreement(Long reviewId, String lineage, AgreementProgress status) {
        this.reviewId = reviewId;
        this.lineage = lineage;
        this.status = status;
    }

    public String getLineage() {
        return lineage;
    }

    public AgreementProgress getStatus() {
        return status;
    }
}
