package nl.gesprekscyclus.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A colleague's answer on one item: the level they observed (competencies only) and what they write. */
@Entity
@Table(name = "feedback_answer")
public class FeedbackAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "review_id", nullable = false)
    private Long reviewId;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    private String level;

    private String text;

    protected FeedbackAnswer() {
    }

    FeedbackAnswer(Long reviewId, Long itemId, String level, String text) {
        this.reviewId = reviewId;
        this.itemId = itemId;
        this.level = level;
        this.text = text;
    }

    public Long getItemId() {
        return itemId;
    }

    public String getLevel() {
        return level;
    }

    public String getText() {
        return text;
    }
}
