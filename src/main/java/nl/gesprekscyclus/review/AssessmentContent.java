package nl.gesprekscyclus.review;

import java.time.Instant;
import java.util.List;

/**
 * The assessment as it is signed: the agreements with the manager's scores, the ratings against the expected
 * levels of the profile in force, the judgement and its consequence, HR's advice (only where the employee reads it
 * too: otherwise it is advice to the manager, not part of what the employee signs as seen), the second assessor's
 * opinion, the zienswijze and the decision on it; the function and each agreement's resultaatgebied by name, as the
 * signed document shows them.
 */
record AssessmentContent(String review, int year, String jobTitle, String jobProfile, SignedFunction function,
        String periodStart, String periodEnd, List<Score> scores, List<Rating> ratings, String overallJudgement,
        String consequence, String reasons, String hrAdvice, Instant handedOverAt, String response,
        Boolean decisionChanged, String decisionReasons, Boolean secondOpinionAgreed, String secondOpinionComment) {

    record Score(String lineage, int version, String resultAreaName, String description, String score,
            String comment) {
    }

    record Rating(String competency, String level, String expectedLevel, String comment) {
    }
}
