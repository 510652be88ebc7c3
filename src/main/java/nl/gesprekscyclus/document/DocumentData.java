package nl.gesprekscyclus.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything one signed document shows, already as text (names and labels, not codes), so the PDF is a pure
 * rendering of it. Its canonical JSON is stored with the PDF, and its SHA-256 is the document's source hash.
 * The assessment parts are empty in the agreements document.
 */
record DocumentData(DocumentKind kind, String organisation, String review, int year, LocalDate periodStart,
        LocalDate periodEnd, String employee, String personnelNumber, String jobTitle, String jobProfile,
        String manager, String coordinator, List<Result> resultAgreements, List<Development> developmentAgreements,
        List<Rating> ratings, Judgement judgement, Response response, Decision decision, List<Signed> signatures) {

    /** A result agreement with, in the assessment, the scores on it. */
    record Result(int version, String resultArea, String workRole, String description, String criterion,
            LocalDate deadline, Integer weight, String selfScore, String managerScore, String managerComment) {
    }

    record Development(int version, String goal, String activities, String employeeActions, String managerActions,
            String hrActions, LocalDate deadline) {
    }

    /** One competency: the expected level and the levels given by the employee, the informant and the manager. */
    record Rating(String competency, String expectedLevel, String selfLevel, String informantLevel,
            String managerLevel, String managerComment) {
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
