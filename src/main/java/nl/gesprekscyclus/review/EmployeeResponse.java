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

/** The zienswijze: the employee's written bedenkingen on the assessment, possibly asking for a conversation. */
@Entity
@Table(name = "employee_response")
public class EmployeeResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "review_id", nullable = false)
    private Long reviewId;

    @Column(nullable = false)
    private String text;

    @Column(name = "conversation_requested", nullable = false)
    private boolean conversationRequested;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected EmployeeResponse() {
    }

    EmployeeResponse(Long reviewId, String text, boolean conversationRequested, Instant submittedAt) {
        this.reviewId = reviewId;
        this.text = text;
        this.conversationRequested = conversationRequested;
        this.submittedAt = submittedAt;
    }

    public String getText() {
        return text;
    }

    public boolean isConversationRequested() {
        return conversationRequested;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
