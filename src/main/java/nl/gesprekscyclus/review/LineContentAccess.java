package nl.gesprekscyclus.review;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When the second assessor and a signer who is not the manager may read a review's content, for the signed
 * documents: the rule of the dossier ({@link ReviewRules#lineMayRead}) on the review's open tasks and signatures.
 */
@Component
@Transactional(readOnly = true)
public class LineContentAccess {

    private final TaskInbox inbox;
    private final SignatureRepository signatures;

    LineContentAccess(TaskInbox inbox, SignatureRepository signatures) {
        this.inbox = inbox;
        this.signatures = signatures;
    }

    public boolean mayRead(Review review, Long personId) {
        Set<Party> parties = ReviewRules.partiesOf(review, personId, false);
        if (!parties.contains(Party.SECOND_ASSESSOR) && !parties.contains(Party.SIGNER)) {
            return false;
        }
        Set<ReviewTask> open = inbox.openTasksOfReview(review.getProcessKey()).stream().map(TaskInbox.OpenTask::task)
                .collect(Collectors.toSet());
        Set<SignatureKind> signed = signatures.findByReviewIdOrderById(review.getId()).stream()
                .filter(s -> s.getSignerId().equals(personId)).map(Signature::getKind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SignatureKind.class)));
        return ReviewRules.lineMayRead(parties, open, signed);
    }
}
