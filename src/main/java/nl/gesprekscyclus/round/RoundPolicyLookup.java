package nl.gesprekscyclus.round;

import nl.gesprekscyclus.cycle.AssessmentPolicy;
import nl.gesprekscyclus.cycle.RoundShape;
import nl.gesprekscyclus.review.RoundPolicies;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The policy of a review's round, for the review feature ({@link RoundPolicies}). */
@Component
@Transactional(readOnly = true)
class RoundPolicyLookup implements RoundPolicies {

    private final RoundRepository rounds;

    RoundPolicyLookup(RoundRepository rounds) {
        this.rounds = rounds;
    }

    @Override
    public AssessmentPolicy of(long roundId) {
        return rounds.findById(roundId).map(Round::policy)
                .orElseThrow(() -> new IllegalStateException("round " + roundId + " does not exist"));
    }

    @Override
    public RoundShape shape(long roundId) {
        return rounds.findById(roundId).map(Round::shape)
                .orElseThrow(() -> new IllegalStateException("round " + roundId + " does not exist"));
    }
}
