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
 * A rating of one competency on the function book's scale, next to the level the profile expects. Self,
 * informant (input, not a judgement) or manager; per phase.
 */
@Entity
@Table(name = "competency_rating")
public class CompetencyRating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "review_id", nullable = false)
    private Long reviewId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReviewPhase phase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RatingSource source;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(name = "competency_code", nullable = false)
    private String competencyCode;

    @Column(name = "level_code", nullable = false)
    private String levelCode;

    @Column(name = "expected_level")
    private String expectedLevel;

    private String comment;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "changed_by")
    private String changedBy;

    @Version
    private long version;

    protected CompetencyRating() {
    }

    CompetencyRating(Long reviewId, ReviewPhase phase, RatingSource source, Long authorId, String competencyCode) {
        this.reviewId = reviewId;
        this.phase = phase;
        this.source = source;
        this.authorId = authorId;
        this.competencyCode = competencyCode;
    }

    void update(String levelCode, String expectedLevel, String comment, Instant at) {
        this.levelCode = levelCode;
        this.expectedLevel = expectedLevel;
        this.comment = comment;
        this.createdAt = at;
    }

    public ReviewPhase getPhase() {
        return phase;
    }

    /** Records who saved it (a display name); the time is the one {@code update} just set. */
    void changedBy(String name) {
        this.changedBy = name;
    }

    public String getChangedBy() {
        return changedBy;
    }

    /** When it was saved last: every save sets it. */
    public Instant getChangedAt() {
        return createdAt;
    }

    /** The optimistic-locking version, for a form to send back with its save. */
    public long getVersion() {
        return version;
    }

    public RatingSource getSource() {
        return source;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getCompetencyCode() {
        return competencyCode;
    }

    public String getLevelCode() {
        return levelCode;
    }

    public String getExpectedLevel() {
        return expectedLevel;
    }

    public String getComment() {
        return comment;
    }
}
