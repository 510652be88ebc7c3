package nl.gesprekscyclus.calibration;

import java.util.List;
import java.util.Optional;
import nl.gesprekscyclus.review.CalibratedJudgements;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the assessment what the sessions proposed for a review: an undecided proposal holds the hand-over back
 * until the manager decides, and the latest confirmed one is the judgement they write.
 */
@Component
@Transactional(readOnly = true)
class ProposalFlowBack implements CalibratedJudgements {

    private final JudgementProposalRepository proposals;

    ProposalFlowBack(JudgementProposalRepository proposals) {
        this.proposals = proposals;
    }

    @Override
    public Optional<Calibrated> of(long reviewId) {
        List<JudgementProposal> all = proposals.findByReviewIdOrderById(reviewId);
        boolean undecided = all.stream().anyMatch(p -> p.getStatus() == JudgementProposal.Status.PROPOSED);
        String confirmed = all.stream().filter(p -> p.getStatus() == JudgementProposal.Status.CONFIRMED)
                .reduce((a, b) -> b).map(JudgementProposal::getProposedJudgement).orElse(null);
        return undecided || confirmed != null ? Optional.of(new Calibrated(undecided, confirmed)) : Optional.empty();
    }
}
