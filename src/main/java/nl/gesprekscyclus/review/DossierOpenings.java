package nl.gesprekscyclus.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.security.AccessRefusals;
import nl.gesprekscyclus.security.AppUser;
import nl.gesprekscyclus.security.CurrentUser;
import nl.gesprekscyclus.security.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR opening the content of a review (docs/access-rules.md): only with a written reason, recorded in its own
 * table and in the audit trail, for a limited time, and visible to the employee. Monitoring shows status
 * only; this is the one way for HR to read what people wrote outside an HR advice task.
 */
@Service
@Transactional
public class DossierOpenings {

    /** A reason HR and the employee can understand later: a few words are not enough. */
    public static final int MIN_REASON_LENGTH = 20;
    public static final int MAX_REASON_LENGTH = 1000;

    private final DossierOpeningRepository openings;
    private final ReviewRepository reviews;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final AccessRefusals refusals;
    private final Clock clock;
    private final Duration validity;

    DossierOpenings(DossierOpeningRepository openings, ReviewRepository reviews, CurrentUser currentUser,
            AuditTrail audit, AccessRefusals refusals, Clock clock,
            @Value("${gesprekscyclus.monitoring.dossier-opening-minutes:60}") long minutes) {
        this.refusals = refusals;
        this.openings = openings;
        this.reviews = reviews;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.validity = Duration.ofMinutes(minutes);
    }

    /**
     * Opens a review's content for the logged-in HR user until the returned moment.
     *
     * @throws ReviewValidationException when the reason is missing or too short (nothing is recorded)
     */
    @PreAuthorize("hasRole('" + Roles.HR + "')")
    public Instant open(long reviewId, String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.length() < MIN_REASON_LENGTH || text.length() > MAX_REASON_LENGTH) {
            audit.record("review.dossier-open", "review " + reviewId, null, AuditTrail.REFUSED, "no valid reason");
            throw new ReviewValidationException(List.of(text.isEmpty() ? Violation.of("reason", "field.required")
                    : Violation.of("reason", "dossierOpening.reason.length", MIN_REASON_LENGTH, MAX_REASON_LENGTH)));
        }
        AppUser user = currentUser.require();
        // an unknown review is refused like a forbidden one, and audited like every refusal
        Review review = reviews.findById(reviewId).orElseThrow(() -> refusals.refuse("review.dossier-open",
                "review " + reviewId));
        Instant now = clock.instant();
        Instant expires = now.plus(validity);
        openings.save(new DossierOpening(review.getId(), review.getEmployeeId(), user.getUsername(),
                user.displayName(), text, now, expires));
        audit.record("review.dossier-open", "review " + reviewId, review.getEmployeeId(), AuditTrail.SUCCESS, text);
        return expires;
    }

    /** Whether this user opened this review and the opening has not lapsed. */
    @Transactional(readOnly = true)
    boolean isOpenFor(long reviewId, String username) {
        return openings.existsByReviewIdAndOpenedByAndExpiresAtAfter(reviewId, username, clock.instant());
    }

    /** Who opened the logged-in person's file, and why; newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<DossierOpening> ofMyFile() {
        Long me = currentUser.require().employeeId();
        return me == null ? List.of() : openings.findByEmployeeIdOrderByOpenedAtDesc(me);
    }
}
