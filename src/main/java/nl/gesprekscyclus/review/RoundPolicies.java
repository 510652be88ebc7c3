package nl.gesprekscyclus.review;

import nl.gesprekscyclus.cycle.AssessmentPolicy;

/**
 * The assessment policy a review runs on: its round's (a round keeps the policy of config/cycle.yaml it was started
 * with). A port the round feature implements, so this package does not depend on it.
 */
public interface RoundPolicies {

    AssessmentPolicy of(long roundId);
}
