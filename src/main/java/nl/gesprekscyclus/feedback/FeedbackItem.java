package nl.gesprekscyclus.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One thing a request asks about: a competency (by name) or an agreement (by lineage), with the label it had when
 * asked, so the colleague reads what the asker chose even if the agreement is reworded later.
 */
@Entity
@Table(name = "feedback_item")
public class FeedbackItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "review_id", nullable = false)
    private Long reviewId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FeedbackItemKind kind;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String label;

    protected FeedbackItem() {
    }

    FeedbackItem(Long reviewId, FeedbackItemKind kind, String subject, String label) {
        this.reviewId = reviewId;
        this.kind = kind;
        this.subject = subject;
        this.label = label;
    }

    public Long getId() {
        return id;
    }

    public FeedbackItemKind getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public String getLabel() {
        return label;
    }
}
