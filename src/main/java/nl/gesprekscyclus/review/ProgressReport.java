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

/** The manager's report of the voortgangsgesprek. Kept: a low assessment must be able to point to it. */
@Entity
@Table(name = "progress_report")
public class ProgressReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "review_id", nullable = false)
    private Long reviewId;

    /** The progress conversation (1-based) this is the report of. */
    @Column(name = "conversation_number", nullable = false)
    private int conversationNumber;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(name = "conversation_date", nullable = false)
    private LocalDate conversationDate;

    @Column(nullable = false)
    private String report;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ProgressReport() {
    }

    ProgressReport(Long reviewId, int conversationNumber, Long authorId, LocalDate conversationDate, String report,
            Instant createdAt) {
        this.reviewId = reviewId;
        this.conversationNumber = conversationNumber;
        this.authorId = authorId;
        this.conversationDate = conversationDate;
        this.report = report;
        this.createdAt = createdAt;
    }

    public int getConversationNumber() {
        return conversationNumber;
    }

    public LocalDate getConversationDate() {
        return conversationDate;
    }

    public String getReport() {
        return report;
    }

    public Long getAuthorId() {
        return authorId;
    }
}
