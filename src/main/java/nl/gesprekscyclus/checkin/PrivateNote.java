package nl.gesprekscyclus.checkin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A writer's own note on a check-in: read by its writer only, never part of the dossier (not shown to the other
 * party, HR or the line; not in the PDF or the other party's inzage). It is the writer's personal data, so it is in
 * the writer's own inzage. Kept apart from {@link CheckIn}, so loading a check-in never loads a note.
 */
@Entity
@Table(name = "check_in_private_note")
class PrivateNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "check_in_id", nullable = false)
    private Long checkInId;

    @Column(name = "review_id", nullable = false)
    private Long reviewId;

    @Column(name = "writer_id", nullable = false)
    private Long writerId;

    @Column(nullable = false)
    private String text;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Version
    private long version;

    protected PrivateNote() {
    }

    PrivateNote(Long checkInId, Long reviewId, Long writerId, String text, Instant writtenAt) {
        this.checkInId = checkInId;
        this.reviewId = reviewId;
        this.writerId = writerId;
        this.text = text;
        this.writtenAt = writtenAt;
    }

    void rewrite(String text, Instant at) {
        this.text = text;
        this.writtenAt = at;
    }

    Long getCheckInId() {
        return checkInId;
    }

    Long getReviewId() {
        return reviewId;
    }

    Long getWriterId() {
        return writerId;
    }

    String getText() {
        return text;
    }

    Instant getWrittenAt() {
        return writtenAt;
    }
}
