package nl.gesprekscyclus.review;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.gesprekscyclus.functionbook.Competency;
import nl.gesprekscyclus.functionbook.FunctionBook;
import nl.gesprekscyclus.functionbook.JobProfile;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole record of a review, nothing left out, for the process steps that archive it (the signed
 * documents are made from it; no user is logged in there). Screens never read a review's content through this:
 * they read through {@link ReviewReadService}, which leaves out what the viewer may not see (the audit screens
 * only ask {@link #review} for the year of a review an entry they may read names). Callers that act for a user
 * check the relation themselves with {@link ReviewRules#partyOf}.
 */
@Component
@Transactional(readOnly = true)
public class ReviewRecords {

    private final ReviewRepository reviews;
    private final ReviewProfiles profiles;
    private final OrganisationDirectory directory;
    private final ResultAgreementRepository resultAgreements;
    private final DevelopmentAgreementRepository developmentAgreements;
    private final AgreementScoreRepository scores;
    private final CompetencyRatingRepository ratings;
    private final AssessmentRepository assessments;
    private final EmployeeResponseRepository responses;
    private final SignatureRepository signatures;
    private final RoundPolicies policies;
    private final ReviewRoles roles;
    private final DevelopmentConversationRepository developmentConversations;

    ReviewRecords(ReviewRepository reviews, ReviewProfiles profiles, OrganisationDirectory directory,
            ResultAgreementRepository resultAgreements, DevelopmentAgreementRepository developmentAgreements,
            AgreementScoreRepository scores, CompetencyRatingRepository ratings, AssessmentRepository assessments,
            EmployeeResponseRepository responses, SignatureRepository signatures, RoundPolicies policies,
            ReviewRoles roles, DevelopmentConversationRepository developmentConversations) {
        this.developmentConversations = developmentConversations;
        this.roles = roles;
        this.policies = policies;
        this.reviews = reviews;
        this.profiles = profiles;
        this.directory = directory;
        this.resultAgreements = resultAgreements;
        this.developmentAgreements = developmentAgreements;
        this.scores = scores;
        this.ratings = ratings;
        this.assessments = assessments;
        this.responses = responses;
        this.signatures = signatures;
    }

    /**
     * The whole record of a review as it is signed: what a signed document shows.
     *
     * @param hrAdviceToEmployee whether the round's policy lets the employee read HR's advice (the document is the
     *     employee's too)
     */
    public record Complete(String organisation, ReviewDossier dossier, Map<Long, String> names,
            boolean hrAdviceToEmployee) {

        /** A signer's or author's name, or their id when the person is unknown. */
        public String name(Long personId) {
            return names.getOrDefault(personId, String.valueOf(personId));
        }

        /** Who signed: "Name", or "Name namens Manager" when a substitute signed for the manager. */
        public String signer(Signature signature) {
            return signature.getOnBehalfOfId() == null ? name(signature.getSignerId())
                    : name(signature.getSignerId()) + " namens " + name(signature.getOnBehalfOfId());
        }
    }

    public Optional<Review> review(long reviewId) {
        return reviews.findById(reviewId);
    }

    /** The review's signatures, oldest first: which documents it should have, and who signed them when. */
    public List<Signature> signatures(long reviewId) {
        return signatures.findByReviewIdOrderById(reviewId);
    }

    /** The signatures of these kinds a person gave, in any review, oldest first. */
    public List<Signature> signaturesBy(long personId, Collection<SignatureKind> kinds) {
        return signatures.findBySignerIdAndKindInOrderById(personId, kinds);
    }

    /**
     * Everything recorded in the review, with the function book version it runs on. The dossier's viewer is
     * {@code null} (nobody: the record itself) and it has no open tasks.
     */
    public Complete complete(long reviewId) {
        Review review = reviews.findById(reviewId).orElseThrow(
                () -> new IllegalArgumentException("review " + reviewId + " does not exist"));
        FunctionBook book = profiles.book(review);
        JobProfile profile = profiles.profile(review).orElse(null);
        List<ReviewRole> held = roles.of(review);
        List<ReviewCompetency> rated = roles.competencies(review, held);
        List<Competency> competencies = rated.stream().map(c -> book.competency(c.competency()))
                .flatMap(Optional::stream).toList();
        List<Signature> signed = signatures.findByReviewIdOrderById(reviewId);
        Set<Long> people = Stream.concat(Stream.of(review.getEmployeeId(), review.getManagerId(),
                review.getCoordinatorId(), review.getSecondAssessorId(), review.signerId()),
                signed.stream().flatMap(s -> Stream.of(s.getSignerId(), s.getOnBehalfOfId())))
                .filter(Objects::nonNull).collect(Collectors.toSet());
        Map<Long, EmployeeSummary> known = directory.employees(people).stream()
                .collect(Collectors.toMap(EmployeeSummary::id, Function.identity()));
        boolean adviceToEmployee = policies.of(review.getRoundId()).adviceVisibleToEmployee();
        ReviewDossier dossier = new ReviewDossier(review, null, person(known, review.getEmployeeId()),
                person(known, review.getManagerId()), person(known, review.getCoordinatorId()),
                person(known, review.getSecondAssessorId()), person(known, review.signerId()),
                book.jobTitle(review.getJobTitleCode()).orElse(null), profile, book.levelScale(), competencies,
                resultAgreements.findByReviewIdOrderByLineageAscVersionNumberAsc(reviewId),
                developmentAgreements.findByReviewIdOrderByLineageAscVersionNumberAsc(reviewId),
                List.of(), List.of(), List.of(), null,
                scores.findByReviewIdOrderById(reviewId), ratings.findByReviewIdOrderById(reviewId),
                assessments.findByReviewId(reviewId).orElse(null), responses.findByReviewId(reviewId).orElse(null),
                signed, List.of(), Set.of(), Set.of(), adviceToEmployee, profiles.history(review), null,
                known.values().stream().collect(Collectors.toMap(EmployeeSummary::id, EmployeeSummary::fullName)),
                held, rated, developmentConversations.findByReviewId(reviewId).orElse(null));
        return new Complete(book.organisation(), dossier, known.values().stream()
                .collect(Collectors.toMap(EmployeeSummary::id, EmployeeSummary::fullName)), adviceToEmployee);
    }

    private static ReviewDossier.Person person(Map<Long, EmployeeSummary> people, Long id) {
        EmployeeSummary e = id == null ? null : people.get(id);
        return e == null ? null : new ReviewDossier.Person(e.id(), e.personnelNumber(), e.fullName());
    }
}
