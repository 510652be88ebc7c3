package nl.gesprekscyclus.review;

import java.time.Duration;
import java.time.Instant;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.cycle.CycleSettings;
import nl.gesprekscyclus.cycle.RoundCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the review's process tells the domain: a phase begins, the assessment is handed over, the review is
 * closed or ended. Called from process steps (no user logged in); the moments come from the engine's clock,
 * so the process's timers and the recorded times agree.
 */
@Component
@Transactional
public class ReviewLifecycle {

    private final ReviewRepository reviews;
    private final AssessmentRepository assessments;
    private final CycleSettings settings;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final RoundPolicies policies;
    private final java.time.ZoneId zone;

    ReviewLifecycle(ReviewRepository reviews, AssessmentRepository assessments, CycleSettings settings,
            AuditTrail audit, ApplicationEventPublisher events, RoundPolicies policies, java.time.Clock clock) {
        this.policies = policies;
        this.zone = clock.getZone();
        this.reviews = reviews;
        this.assessments = assessments;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
    }

    /** The review enters a phase at {@code now}; monitoring records the moment (completion over time). */
    public void enterPhase(long reviewId, ReviewPhase phase, Instant now) {
        Review review = reviews.findById(reviewId).orElseThrow();
        if (!review.getPhase().isFinished()) {
            review.enter(phase);
            events.publishEvent(new ReviewPhaseEntered(reviewId, review.getRoundId(), phase, now));
        }
    }

    /**
     * Whether the assessment that starts {@code now} opens with a feedback round, and its due date: from the shape
     * the review's round was started with (a changed cycle.yaml reaches the next round only), by
     * {@link FeedbackRoundRules}. Empty: no feedback round.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<java.time.LocalDate> feedbackRound(long reviewId, Instant now) {
        Review review = reviews.findById(reviewId).orElseThrow();
        return FeedbackRoundRules.due(policies.shape(review.getRoundId()).feedbackRounds(),
                now.atZone(zone).toLocalDate(), review.dates().assessmentDue());
    }

    /**
     * The review goes on to its next progress conversation ({@code number}, 1-based), as planned at its start.
     *
     * @return that conversation's start and due date
     */
    public RoundCalendar.Phase nextProgressConversation(long reviewId, int number) {
        Review review = reviews.findById(reviewId).orElseThrow();
        review.enterProgressConversation(number);
        return review.progressConversations().get(number - 1);
    }

    /** The work of the review's phase is done (its phase process ended); the next window may not be open yet. */
    public void finishPhase(long reviewId, ReviewPhase phase, Instant now) {
        Review review = reviews.findById(reviewId).orElseThrow();
        if (phase == ReviewPhase.PROGRESS
                && review.getProgressConversation() < review.progressConversations().size()) {
            return; // one of several progress conversations: the phase's work is done after the last one
        }
        events.publishEvent(new ReviewPhaseFinished(reviewId, review.getRoundId(), phase, now));
    }

    /**
     * The signed assessment is handed to the employee now: the zienswijze term runs from this moment.
     *
     * @return the end of the term
     */
    public Instant handOver(long reviewId, Instant now) {
        Assessment assessment = assessments.findByReviewId(reviewId).orElseThrow(
                () -> new IllegalStateException("review " + reviewId + " has no assessment to hand over"));
        Instant termEnd = now.plus(Duration.ofDays(settings.responseTermDays()));
        assessment.handOver(now, termEnd);
        Review review = reviews.findById(reviewId).orElseThrow();
        audit.record("(system)", "review.assessment.hand-over", "review " + reviewId, review.getEmployeeId(),
                AuditTrail.SUCCESS, null, "term ends " + termEnd);
        return termEnd;
    }

    public void close(long reviewId, Instant now) {
        Review review = reviews.findById(reviewId).orElseThrow();
        review.close(now);
        events.publishEvent(new ReviewPhaseEntered(reviewId, review.getRoundId(), ReviewPhase.CLOSED, now));
        audit.record("(system)", "review.close", "review " + reviewId, review.getEmployeeId(), AuditTrail.SUCCESS,
                null, null);
    }

    public void endBecauseLeft(long reviewId, String reason, Instant now) {
        Review review = reviews.findById(reviewId).orElseThrow();
        review.end(reason == null || reason.isBlank() ? "uit dienst" : reason, now);
        audit.record("(system)", "review.end", "review " + reviewId, review.getEmployeeId(), AuditTrail.SUCCESS, null,
                review.getEndedReason());
    }
}
