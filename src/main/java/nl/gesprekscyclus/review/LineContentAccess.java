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
    private final ReviewRelations relations;

    LineContentAccess(TaskInbox inbox, SignatureRepository signatures, ReviewRelations relations) {
        this.relations = relations;
        this.inbox = inbox;
        this.signatures = signatures;
    }

    public boolean mayRead(Review review, Long personId) {
        ReviewRelations.Relations relation = relations.of(review, personId, false);
        Set<Party> parties = relation.parties();
        if (!parties.contains(Party.SECOND_ASSESSOR) && !parties.contains(Party.SIGNER)) {
            return false;
        }
        Set<ReviewTask> open = inbox.openTasksOfReview(review.getProcessKey()).stream().map(TaskInbox.OpenTask::task)
                .collect(Collectors.toSet());
        // a substitute reads what the manager they act for reads: the manager's signatures count as theirs
        Set<Long> selves = new java.util.HashSet<>(relation.onBehalfOf().values());
        selves.add(personId);
        Set<SignatureKind> signed = signatures.findByReviewIdOrderById(review.getId()).stream()
                .filter(s -> s.signedByOrFor(selves)).map(Signature::getKind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SignatureKind.class)));
        return ReviewRules.lineMayRead(parties, open, signed);
    }
}
