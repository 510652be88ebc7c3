package nl.gesprekscyclus.review;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When HR may read what people wrote in a review (docs/access-rules.md): while an HR advice task of that review
 * is open, or during the HR user's own dossier opening. The one rule for both the dossier and the signed
 * documents, so the two cannot drift apart.
 */
@Component
@Transactional(readOnly = true)
public class HrContentAccess {

    private final TaskInbox inbox;
    private final DossierOpenings openings;

    HrContentAccess(TaskInbox inbox, DossierOpenings openings) {
        this.inbox = inbox;
        this.openings = openings;
    }

    public boolean mayRead(Review review, String username) {
        return inbox.openTasksOfReview(review.getProcessKey()).stream().anyMatch(t -> t.task() == ReviewTask.HR_ADVICE)
                || openings.isOpenFor(review.getId(), username);
    }
}
