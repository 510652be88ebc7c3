package nl.gesprekscyclus.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * The assessment as it is signed: the agreements with the manager's scores, the ratings against the expected
 * levels of the profile in force, the judgement and its consequence, HR's advice (only where the employee reads it
 * too: otherwise it is advice to the manager, not part of what the employee signs as seen), the second assessor's
 * opinion, the zienswijze and the decision on it; the function and each agreement's resultaatgebied by name, as the
 * signed document shows them. With roles (issue 18): the roles of the year with their periods, each agreement's
 * role and the role competencies among the ratings; left out of the JSON when there are none, so a review without
 * roles is signed exactly as before.
 */
record AssessmentContent(String review, int year, String jobTitle, String jobProfile, SignedFunction function,
        String periodStart, String periodEnd, List<Score> scores, List<Rating> ratings, String overallJudgement,
        String consequence, String reasons, String hrAdvice, Instant handedOverAt, String response,
        Boolean decisionChanged, String decisionReasons, Boolean secondOpinionAgreed, String secondOpinionComment,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Role> roles) {

    record Score(String lineage, int version, String resultAreaName, String description, String score,
            String comment, @JsonInclude(JsonInclude.Include.NON_NULL) String roleName) {
    }

    /** A role of the year: its code and name, its stretches, and the competencies it adds to the rating. */
    record Role(String code, String name, List<ReviewRole.Stretch> stretches, List<String> competencies) {
    }

    record Rating(String competency, String level, String expectedLevel, String comment) {
    }
}
