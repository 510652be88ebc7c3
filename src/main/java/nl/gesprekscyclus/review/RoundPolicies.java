package nl.gesprekscyclus.review;

import nl.gesprekscyclus.cycle.AssessmentPolicy;
import nl.gesprekscyclus.cycle.RoundShape;

/**
 * The assessment policy (and the shape of the cycle) a review runs on: its round's (a round keeps the policy of
 * config/cycle.yaml it was started
 * with). A port the round feature implements, so this package does not depend on it.
 */
public interface RoundPolicies {

    AssessmentPolicy of(long roundId);

    /** The shape of the cycle the round was started with (progress conversations, assessment or not). */
    RoundShape shape(long roundId);
}
