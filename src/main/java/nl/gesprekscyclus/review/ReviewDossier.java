package nl.gesprekscyclus.review;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.gesprekscyclus.functionbook.Competency;
import nl.gesprekscyclus.functionbook.JobProfile;
import nl.gesprekscyclus.functionbook.JobTitle;
import nl.gesprekscyclus.functionbook.LevelScale;

/**
 * A review as one person may see it: the generic profile it runs on (and the ones before a change of function
 * during the year), and what has been recorded, left
 * out where the rules say so (PRODUCT.md: the employee does not see the manager's assessment before it is
 * handed over, nor a coordinator's input before it is submitted; a coordinator never sees scores or the
 * assessment). Entities in it are detached snapshots for reading.
 *
 * @param secondAssessor     the second assessor (tweede beoordelaar), or null when nobody is consulted
 * @param signer             who signs the assessment off: the manager, or whoever the round's policy names
 * @param myOpenTasks        the tasks of this review the viewer can do now
 * @param withheld           what is left out for now because others have not finished it (only ever for the
 *     employee, whose review it is; the others' limits are not "for now"): named by category, whether or not
 *     anything of it exists
 * @param hrAdviceToEmployee whether the round's policy lets the employee read HR's advice (what the screens say
 *     about who reads it)
 * @param profileHistory     the functions of the year, oldest first; the last is {@code jobTitle}/{@code jobProfile}
 *                           (one for a review without a change of function)
 * @param actingFor          the manager the viewer acts for as a substitute in this review (issue 16, item 3), or
 *                           null; the screens say "namens" them
 * @param signers            the names of the people who signed or were signed for, by id (substitutes are no
 *                           participant, yet the record names them)
 * @param roles              the roles the employee filled in the review's period (issue 18): whoever reads the
 *                           review reads them, as part of what the review is about
 * @param reflections        the employee's reflections of every progress conversation so far (issue 19: one to
 *                           four), in the order they were written
 * @param progressReports    the reports of the progress conversations held so far, first conversation first
 * @param reviewCompetencies what the review rates: the normfunctie's competencies and its roles', each once, with
 *                           where it comes from and the expected level ({@code competencies} holds their
 *                           dictionary entries)
 * @param development        the development conversation of a year without a formal assessment (issue 19): the
 *                           employee's preparation, the manager's signed record, the employee's remark; null when
 *                           there is none yet, in a year with an assessment, and for a coordinator
 */
public record ReviewDossier(
        Review review,
        Party viewer,
        Person employee,
        Person manager,
        Person coordinator,
        Person secondAssessor,
        Person signer,
        JobTitle jobTitle,
        JobProfile jobProfile,
        LevelScale scale,
        List<Competency> competencies,
        List<ResultAgreement> resultAgreements,
        List<DevelopmentAgreement> developmentAgreements,
        List<Disagreement> disagreements,
        List<CoordinatorInput> coordinatorInputs,
        List<ProgressReflection> reflections,
        List<ProgressReport> progressReports,
        List<AgreementScore> scores,
        List<CompetencyRating> ratings,
        Assessment assessment,
        EmployeeResponse response,
        List<Signature> signatures,
        List<AgreementChange> changes,
        Set<ReviewTask> myOpenTasks,
        Set<Withheld> withheld,
        boolean hrAdviceToEmployee,
        List<ProfilePeriod> profileHistory,
        Person actingFor,
        Map<Long, String> signers,
        List<ReviewRole> roles,
        List<ReviewCompetency> reviewCompetencies,
        DevelopmentConversation development) {

    /** A participant by name and number. */
    public record Person(Long id, String personnelNumber, String name) {
    }

    /** Who signed: "Name", or "Name namens Manager" when a substitute signed for the manager. */
    /** The report of the latest progress conversation held, or null when none is (or the viewer may not read it). */
    public ProgressReport progressReport() {
        return progressReports.isEmpty() ? null : progressReports.get(progressReports.size() - 1);
    }

    /** The reflections written for the progress conversation the review is at. */
    public List<ProgressReflection> currentReflections() {
        return reflections.stream().filter(r -> r.getConversationNumber() == review.getProgressConversation())
                .toList();
    }

    public String signerName(Signature signature) {
        String signer = signers.getOrDefault(signature.getSignerId(), "?");
        return signature.getOnBehalfOfId() == null ? signer
                : signer + " namens " + signers.getOrDefault(signature.getOnBehalfOfId(), "?");
    }

    /**
     * The role a result agreement is linked to: the one it names by code, or for an agreement of before V22, the
     * role of this review its old free text names (see {@link ReviewRole#named}). Empty for one linked to a
     * resultaatgebied, and for a code the review no longer has a role for (the agreement keeps the name).
     */
    public java.util.Optional<ReviewRole> roleOf(ResultAgreementData data) {
        if (data.roleCode() != null) {
            return roles.stream().filter(r -> r.code().equals(data.roleCode())).findFirst();
        }
        return data.resultArea() == null ? java.util.Optional.empty() : ReviewRole.named(roles, data.workRole());
    }

    public boolean canDo(ReviewTask task) {
        return myOpenTasks.contains(task);
    }

    /** Whether someone other than the manager signs the assessment off (the next level, the gemeentesecretaris). */
    public boolean signedOffByOther() {
        return signer != null && (manager == null || !signer.id().equals(manager.id()));
    }
}
