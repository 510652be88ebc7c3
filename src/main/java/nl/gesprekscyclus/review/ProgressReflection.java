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

/** The employee's self-reflection on one agreement in the progress phase: on track, at risk or behind. */
@Entity
@Table(name = "progress_reflection")
public class ProgressReflection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "review_id", nullable = false)
    private Long reviewId;

    @Column(name = "agreement_lineage", nullable = false)
    private String agreementLineage;

    /** The progress conversation (1-based) the reflection was written for. */
    @Column(name = "conversation_number", nullable = false)
    private int conversationNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "progress_status", nullable = false)
    private ProgressStatus progressStatus;

    private String text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ProgressReflection() {
    }

    ProgressReflection(Long reviewId, int conversationNumber, String agreementLineage) {
        this.reviewId = reviewId;
        this.conversationNumber = conversationNumber;
        this.agreementLineage = agreementLineage;
    }

    void update(ProgressStatus status, String text, Instant at) {
        this.progressStatus = status;
        this.text = text;
        this.createdAt = at;
    }

    public int getConversationNumber() {
        return conversationNumber;
    }

    public String getAgreementLineage() {
        return agreementLineage;
    }

    public ProgressStatus getProgressStatus() {
        return progressStatus;
    }

    public String getText() {
        return text;
    }
}
