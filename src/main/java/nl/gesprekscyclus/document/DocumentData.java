package nl.gesprekscyclus.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything one signed document shows, already as text (names and labels, not codes), so the PDF is a pure
 * rendering of it. Its canonical JSON is stored with the PDF, and its SHA-256 is the document's source hash.
 * The assessment parts are empty in the agreements document. What roles add (issue 18) is left out of the JSON when
 * the review has no roles, so the source hash of a review without roles is what it was before roles existed.
 */
record DocumentData(DocumentKind kind, String organisation, String review, int year, LocalDate periodStart,
        LocalDate periodEnd, String employee, String personnelNumber, String jobTitle, String jobProfile,
        String manager, String coordinator, List<Result> resultAgreements, List<Development> developmentAgreements,
        List<Rating> ratings, Judgement judgement, Response response, Decision decision, List<Signed> signatures,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Role> roles) {

    /**
     * A result agreement with, in the assessment, the scores on it.
     *
     * @param workRole the old free text of the "rol" field (before roles were chosen), marked as such in the PDF
     * @param role     the role it is linked to instead of a resultaatgebied, by name
     */
    record Result(int version, String resultArea, String workRole, String description, String criterion,
            LocalDate deadline, Integer weight, String selfScore, String managerScore, String managerComment,
            @JsonInclude(JsonInclude.Include.NON_NULL) String role) {
    }

    /** A role of the year: its name, when the employee filled it, its purpose and its competencies with levels. */
    record Role(String name, String period, String purpose, List<String> competencies) {
    }

    record Development(int version, String goal, String activities, String employeeActions, String managerActions,
            String hrActions, LocalDate deadline) {
    }

    /**
     * One competency: the expected level and the levels given by the employee, the informant and the manager.
     *
     * @param source where it comes from ("Normfunctie", "Rol: Projectleider"); only when the review has roles
     */
    record Rating(String competency, String expectedLevel, String selfLevel, String informantLevel,
            String managerLevel, String managerComment, @JsonInclude(JsonInclude.Include.NON_NULL) String source) {
    }

    /**
     * @param hrAdvice HR's advice, or where it is advice to the manager only, a sentence that it was given
     * @param secondAssessor who was consulted before the hand-over (null: nobody)
     * @param secondOpinion "akkoord", with or without a comment, or the comment
     * @param signedOffBy who signs the assessment off when that is not the manager (null: the manager)
     */
    record Judgement(String judgement, String consequence, String reasons, String hrAdvice, String secondAssessor,
            String secondOpinion, String signedOffBy) {
    }

    /** The zienswijze. */
    record Response(String text, boolean conversationRequested, Instant submittedAt) {
    }

    record Decision(boolean changed, String reasons, Instant decidedAt) {
    }

    record Signed(String meaning, String signer, Instant signedAt, String contentHash) {
    }
}
