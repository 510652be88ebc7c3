package nl.gesprekscyclus.review;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/** Records signatures; the content is hashed as it is signed, so it can be checked against the data later. */
@Component
class Signatures {

    private final SignatureRepository signatures;
    private final Clock clock;

    Signatures(SignatureRepository signatures, Clock clock) {
        this.signatures = signatures;
        this.clock = clock;
    }

    /** @param onBehalfOfId the manager a substitute signs for, or null */
    Signature sign(Review review, Long signerId, Long onBehalfOfId, SignatureKind kind, Object content) {
        return signatures.save(new Signature(review.getId(), signerId, onBehalfOfId, kind, clock.instant(),
                SignedContent.of(content)));
    }

    List<Signature> of(long reviewId) {
        return signatures.findByReviewIdOrderById(reviewId);
    }
}
