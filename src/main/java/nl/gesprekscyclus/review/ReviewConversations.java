package nl.gesprekscyclus.review;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.gesprekscyclus.review.ReviewAccess.Acting;
import nl.gesprekscyclus.review.TaskInbox.OpenTask;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gate for what the employee and the manager record between the steps of the cycle (check-ins, issue 19): who
 * may record and add (the employee and the manager, or the manager's substitute during the substitution period,
 * as {@link ReviewRelations} decides), and who may read it. Reading follows the review's content rules
 * ({@link ReviewReadService#dossier}) minus the coordinator: the coordinator does not read the manager's
 * conversation report either, and these are conversations between the two. HR reads only while
 * {@link HrContentAccess} lets it; the second assessor and the signer from their step on. Everyone else is refused,
 * logged and audited, like an unknown review.
 */
@Component
@Transactional(readOnly = true)
public class ReviewConversations {

    private final ReviewAccess access;
    private final HrContentAccess hrContent;
    private final TaskInbox inbox;
    private final SignatureRepository signatures;
    private final ResultAgreementRepository agreements;
    private final ReviewRoles roles;
    private final ReviewProfiles profiles;

    ReviewConversations(ReviewAccess access, HrContentAccess hrContent, TaskInbox inbox, SignatureRepository signatures,
            ResultAgreementRepository agreements, ReviewRoles roles, ReviewProfiles profiles) {
        this.roles = roles;
        this.profiles = profiles;
        this.access = access;
        this.hrContent = hrContent;
        this.inbox = inbox;
        this.signatures = signatures;
        this.agreements = agreements;
    }

    /**
     * The person at a review's conversations.
     *
     * @param party      EMPLOYEE or MANAGER for those who take part; HR, SECOND_ASSESSOR or SIGNER for readers
     * @param onBehalfOf the manager a substitute acts for, or null
     * @param actorName  how records show them ("Name", or "Name namens Manager")
     */
    public record Participant(Review review, Long personId, Party party, Long onBehalfOf, String actorName) {

        public boolean takesPart() {
            return party == Party.EMPLOYEE || party == Party.MANAGER;
        }
    }

    /**
     * For recording or adding: the employee or the manager (a substitute as the manager, recorded "namens"), in a
     * review that is still running. Anyone else is refused; a finished review cannot be added to.
     */
    public Participant toWrite(long reviewId, String action) {
        Acting acting = access.acting(reviewId, action);
        Party party = taking(acting);
        if (party == null) {
            throw access.refusals().refuse(action, "review " + reviewId, acting.review().getEmployeeId());
        }
        access.refuseIf(acting.review().getPhase().isFinished()
                ? java.util.Optional.of(ReviewRules.Refusal.REVIEW_FINISHED) : java.util.Optional.empty(), acting, null);
        access.markOnBehalf(acting, party);
        return participant(acting, party);
    }

    /** For reading: those who take part, HR while it may read content, the line from its step on. */
    public Participant toRead(long reviewId, String action) {
        Acting acting = access.acting(reviewId, action);
        Party party = taking(acting);
        if (party == null) {
            party = reader(acting);
        }
        if (party == null) {
            throw access.refusals().refuse(action, "review " + reviewId, acting.review().getEmployeeId());
        }
        return participant(acting, party);
    }

    /**
     * For a manager's act on a review outside its tasks (a vlootschouw placement, issue 20): the review's manager, or
     * their substitute during the period (recorded "namens" the manager). Anyone else is refused and audited, like an
     * unknown review; whether the act fits the review's phase is the caller's rule.
     */
    public Participant asManager(long reviewId, String action) {
        Acting acting = access.acting(reviewId, action);
        if (!acting.parties().contains(Party.MANAGER)) {
            throw access.refusals().refuse(action, "review " + reviewId, acting.review().getEmployeeId());
        }
        access.markOnBehalf(acting, Party.MANAGER);
        return participant(acting, Party.MANAGER);
    }

    /** The agreements a conversation can be about: the latest version of each that is drafted or in force. */
    public List<ResultAgreement> agreementsOf(long reviewId) {
        return agreements.findByReviewIdAndStatusInOrderById(reviewId,
                List.of(AgreementStatus.DRAFT, AgreementStatus.CURRENT));
    }

    /**
     * The competencies a review rates (the normfunctie's and its roles', each once), for what colleagues give feedback
     * on; the caller has passed this gate for the review.
     */
    public List<ReviewCompetency> competenciesOf(Review review) {
        return roles.competencies(review);
    }

    /** A competency's name as the review's function book writes it ("Analytisch vermogen"); the code if unknown. */
    public String competencyName(Review review, String code) {
        return profiles.book(review).competency(code).map(nl.gesprekscyclus.functionbook.Competency::name)
                .orElse(code);
    }

    /** The level scale of the review's function book, lowest or highest first as the book wrote it. */
    public nl.gesprekscyclus.functionbook.LevelScale scaleOf(Review review) {
        return profiles.scale(review);
    }

    private static Party taking(Acting acting) {
        if (acting.parties().contains(Party.EMPLOYEE)) {
            return Party.EMPLOYEE;
        }
        return acting.parties().contains(Party.MANAGER) ? Party.MANAGER : null;
    }

    private Party reader(Acting acting) {
        Review review = acting.review();
        if (acting.party() == Party.HR) {
            return hrContent.mayRead(review, acting.username()) ? Party.HR : null;
        }
        if (!acting.parties().contains(Party.SECOND_ASSESSOR) && !acting.parties().contains(Party.SIGNER)) {
            return null;
        }
        Set<ReviewTask> open = inbox.openTasksOfReview(review.getProcessKey()).stream().map(OpenTask::task)
                .collect(Collectors.toSet());
        Set<SignatureKind> signed = signatures.findByReviewIdOrderById(review.getId()).stream()
                .filter(s -> s.signedByOrFor(acting.selfAndPrincipals())).map(Signature::getKind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SignatureKind.class)));
        if (!ReviewRules.lineMayRead(acting.parties(), open, signed)) {
            return null;
        }
        return acting.parties().contains(Party.SECOND_ASSESSOR) ? Party.SECOND_ASSESSOR : Party.SIGNER;
    }

    private static Participant participant(Acting acting, Party party) {
        return new Participant(acting.review(), acting.personId(), party, acting.onBehalfOf(party), acting.actorName());
    }
}
