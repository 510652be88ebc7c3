package nl.gesprekscyclus.checkin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What one party added to the shared part after the check-in was recorded. Added, never edited: both parties can
 * add at the same moment without overwriting each other, so no locking is needed.
 */
@Entity
@Table(name = "check_in_entry")
public class CheckInEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "review_id", nullable = false)
    private Long reviewId;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(nullable = false)
    private String text;

    protected CheckInEntry() {
    }

    CheckInEntry(Long reviewId, Long authorId, String authorName, String text, Instant writtenAt) {
        this.reviewId = reviewId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.text = text;
        this.writtenAt = writtenAt;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getText() {
        return text;
    }
}
