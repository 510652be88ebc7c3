package nl.gesprekscyclus.review;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.gesprekscyclus.functionbook.Competency;
import nl.gesprekscyclus.functionbook.FunctionBook;
import nl.gesprekscyclus.functionbook.JobProfile;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.review.ReviewAccess.Acting;
import nl.gesprekscyclus.review.TaskInbox.OpenTask;
import nl.gesprekscyclus.security.AccessRefusals;
import nl.gesprekscyclus.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading reviews for the screens: my reviews, my open tasks, and one review as the viewer may see it. Who
 * may read: the employee, their manager, their coordinator (less), the second assessor and the signer from their
 * step on ({@link ReviewRules#lineMayRead}), and HR only while an HR task of that review is theirs or during a
 * dossier opening with a recorded reason ({@link DossierOpenings}). Anyone else is refused and the refusal is
 * recorded.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ReviewReadService {

    private final ReviewAccess access;
    private final ReviewRepository reviews;
    private final TaskInbox inbox;
    private final ReviewProfiles profiles;
    private final ReviewRoles roles;
    private final OrganisationDirectory directory;
    private final ResultAgreementRepository resultAgreements;
    private final DevelopmentAgreementRepository developmentAgreements;
    private final DisagreementRepository disagreements;
    private final CoordinatorInputRepository inputs;
    private final ProgressReflectionRepository reflections;
    private final ProgressReportRepository reports;
    private final AgreementScoreRepository scores;
    private final CompetencyRatingRepository ratings;
    private final AssessmentRepository assessments;
    private final EmployeeResponseRepository responses;
    private final SignatureRepository signatures;
    private final AgreementChangeRepository changes;
    private final CurrentUser currentUser;
    private final AccessRefusals refusals;
    private final Clock clock;
    private final HrContentAccess hrContent;
    private final RoundPolicies policies;
    private final DevelopmentConversationRepository developmentConversations;

    ReviewReadService(ReviewAccess access, ReviewRepository reviews, TaskInbox inbox, ReviewProfiles profiles,
            OrganisationDirectory directory, ResultAgreementRepository resultAgreements,
            DevelopmentAgreementRepository developmentAgreements, DisagreementRepository disagreements,
            CoordinatorInputRepository inputs, ProgressReflectionRepository reflections,
            ProgressReportRepository reports, AgreementScoreRepository scores, CompetencyRatingRepository ratings,
            AssessmentRepository assessments, EmployeeResponseRepository responses, SignatureRepository signatures,
            AgreementChangeRepository changes, CurrentUser currentUser, AccessRefusals refusals, Clock clock,
            HrContentAccess hrContent, RoundPolicies policies, ReviewRoles roles,
            DevelopmentConversationRepository developmentConversations) {
        this.developmentConversations = developmentConversations;
        this.roles = roles;
        this.hrContent = hrContent;
        this.policies = policies;
        this.access = access;
        this.reviews = reviews;
        this.inbox = inbox;
        this.profiles = profiles;
        this.directory = directory;
        this.resultAgreements = resultAgreements;
        this.developmentAgreements = developmentAgreements;
        this.disagreements = disagreements;
        this.inputs = inputs;
        this.reflections = reflections;
        this.reports = reports;
        this.scores = scores;
        this.ratings = ratings;
        this.assessments = assessments;
        this.responses = responses;
        this.signatures = signatures;
        this.changes = changes;
        this.currentUser = currentUser;
        this.refusals = refusals;
        this.clock = clock;
    }

    /** The logged-in person's own reviews, newest year first. */
    public List<ReviewSummary> myReviews() {
        Long me = currentUser.require().employeeId();
        if (me == null) {
            return List.of();
        }
        EmployeeSummary self = directory.employee(me).orElseThrow();
        Map<String, OpenTask> open = inbox.openTasks(self.personnelNumber()).stream()
                .collect(Collectors.toMap(OpenTask::processKey, Function.identity(), (a, b) -> a));
        return reviews.findByEmployeeIdOrderByYearDesc(me).stream()
                .map(r -> summary(r, self, open.get(r.getProcessKey()), null)).toList();
    }

    /** The logged-in person's review of a year, if any. */
    public Optional<Long> myReviewOf(int year) {
        Long me = currentUser.require().employeeId();
        return me == null ? Optional.empty() : reviews.findByEmployeeIdAndYear(me, year).map(Review::getId);
    }

    /** One review as the viewer may see it. */
    public ReviewDossier dossier(long reviewId) {
        Acting acting = access.acting(reviewId, "read review");
        Review review = acting.review();
        List<OpenTask> open = inbox.openTasksOfReview(review.getProcessKey());
        Set<ReviewTask> openTasks = open.stream().map(OpenTask::task).collect(Collectors.toSet());
        List<Signature> signed = signatures.findByReviewIdOrderById(reviewId);
        boolean lineReads = ReviewRules.lineMayRead(acting.parties(), openTasks, signedBy(signed, acting.selfAndPrincipals()));
        // a coordinator who is also the second assessor or signer judges the assessment from their step on
        Party viewer = lineReads && acting.party() == Party.COORDINATOR
                ? acting.parties().contains(Party.SECOND_ASSESSOR) ? Party.SECOND_ASSESSOR : Party.SIGNER
                : acting.party();
        boolean line = viewer == Party.SECOND_ASSESSOR || viewer == Party.SIGNER;
        if (viewer == Party.OTHER || viewer == Party.HR && !hrContent.mayRead(review, acting.username())
                || line && !lineReads) {
            throw refusals.refuse("read review", "review " + reviewId, review.getEmployeeId());
        }
        Set<ReviewTask> mine = EnumSet.noneOf(ReviewTask.class);
        // a substitute's tasks are those assigned to the manager they act for
        Set<String> myNumbers = directory.employees(acting.selfAndPrincipals()).stream()
                .map(EmployeeSummary::personnelNumber).collect(Collectors.toSet());
        for (OpenTask t : open) {
            boolean assignedToMe = t.assignee() != null && myNumbers.contains(t.assignee());
            boolean hrGroupTask = t.assignee() == null && viewer == Party.HR;
            if (!review.getPhase().isFinished() && (assignedToMe || hrGroupTask)) {
                mine.add(t.task());
            }
        }
        FunctionBook book = profiles.book(review);
        JobProfile profile = profiles.profile(review).orElse(null);
        List<ReviewRole> held = roles.of(review);
        List<ReviewCompetency> rated = roles.competencies(review, held);
        List<Competency> competencies = rated.stream().map(c -> book.competency(c.competency()))
                .flatMap(Optional::stream).toList();
        Map<Long, EmployeeSummary> people = directory.employees(java.util.stream.Stream.concat(
                java.util.stream.Stream.of(review.getEmployeeId(), review.getManagerId(), review.getCoordinatorId(),
                        review.getSecondAssessorId(), review.signerId()),
                java.util.stream.Stream.concat(acting.onBehalfOf().values().stream(),
                        signed.stream().flatMap(s -> java.util.stream.Stream.of(s.getSignerId(), s.getOnBehalfOfId()))))
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(EmployeeSummary::id, Function.identity()));

        Assessment assessment = assessments.findByReviewId(reviewId).orElse(null);
        boolean handedOver = assessment != null && assessment.getHandedOverAt() != null;
        // the second assessor and the signer judge or fix the manager's assessment: they read what the manager
        // reads, from their step on (lineMayRead above)
        boolean full = viewer == Party.MANAGER || viewer == Party.HR || line;
        boolean employee = viewer == Party.EMPLOYEE;
        Long me = acting.personId();
        // the employee's filters below ask only this set, so what is left out and what the inzage says is left
        // out cannot drift apart
        boolean adviceToEmployee = policies.of(review.getRoundId()).adviceVisibleToEmployee();
        Set<Withheld> withheld = employee ? Withheld.fromEmployee(handedOver, openTasks, adviceToEmployee) : Set.of();
        boolean managerWorkReleased = !withheld.contains(Withheld.MANAGER_ASSESSMENT);
        Assessment readable = assessment == null || !(full || employee && managerWorkReleased) ? null
                : withheld.contains(Withheld.HR_ADVICE) ? assessment.withoutHrAdvice() : assessment;

        List<CoordinatorInput> visibleInputs = inputs.findByReviewIdOrderById(reviewId).stream()
                .filter(i -> full || viewer == Party.COORDINATOR && i.getAuthorId().equals(me)
                        || employee && !withheld.contains(Withheld.inputOf(i.getPhase())))
                .toList();
        List<AgreementScore> visibleScores = viewer == Party.COORDINATOR ? List.of()
                : scores.findByReviewIdOrderById(reviewId).stream()
                        .filter(s -> full || s.getSource() == RatingSource.SELF || managerWorkReleased).toList();
        List<CompetencyRating> visibleRatings = ratings.findByReviewIdOrderById(reviewId).stream()
                .filter(r -> full
                        || viewer == Party.COORDINATOR && r.getSource() == RatingSource.INFORMANT
                                && r.getAuthorId().equals(me)
                        || employee && (r.getSource() == RatingSource.SELF
                                || r.getSource() == RatingSource.MANAGER && managerWorkReleased
                                || r.getSource() == RatingSource.INFORMANT
                                        && !withheld.contains(Withheld.ASSESSMENT_INPUT)))
                .toList();
        boolean coordinator = viewer == Party.COORDINATOR;
        return new ReviewDossier(review, viewer, person(people, review.getEmployeeId()),
                person(people, review.getManagerId()), person(people, review.getCoordinatorId()),
                person(people, review.getSecondAssessorId()), person(people, review.signerId()),
                book.jobTitle(review.getJobTitleCode()).orElse(null), profile, book.levelScale(), competencies,
                resultAgreements.findByReviewIdOrderByLineageAscVersionNumberAsc(reviewId),
                developmentAgreements.findByReviewIdOrderByLineageAscVersionNumberAsc(reviewId),
                coordinator ? List.of() : disagreements.findByReviewIdOrderById(reviewId),
                visibleInputs,
                reflections.findByReviewIdOrderById(reviewId),
                coordinator ? List.of() : reports.findByReviewIdOrderByConversationNumber(reviewId),
                visibleScores, visibleRatings, readable,
                coordinator ? null : responses.findByReviewId(reviewId).orElse(null),
                coordinator ? List.of() : signed,
                coordinator ? List.of() : changes.findByReviewIdOrderById(reviewId),
                mine, withheld, adviceToEmployee, profiles.history(review),
                acting.onBehalfOf().values().stream().findFirst().map(id -> person(people, id)).orElse(null),
                coordinator ? Map.of() : people.values().stream()
                        .collect(Collectors.toMap(EmployeeSummary::id, EmployeeSummary::fullName)), held, rated,
                coordinator ? null : developmentConversations.findByReviewId(reviewId).orElse(null));
    }

    /** Every version of one agreement, oldest first: what changed, when, by whom. */
    public List<ResultAgreement> history(long reviewId, String lineage) {
        ReviewDossier dossier = dossier(reviewId);
        return dossier.resultAgreements().stream().filter(a -> a.getLineage().equals(lineage)).toList();
    }

    private static Set<SignatureKind> signedBy(List<Signature> signatures, Set<Long> people) {
        return signatures.stream().filter(s -> s.signedByOrFor(people)).map(Signature::getKind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SignatureKind.class)));
    }

    private ReviewSummary summary(Review r, EmployeeSummary employee, OpenTask task, String onBehalfOf) {
        Instant due = task == null ? null : task.due();
        return new ReviewSummary(r.getId(), r.getProcessKey(), r.getYear(),
                employee == null ? null : employee.fullName(), employee == null ? null : employee.personnelNumber(),
                r.getPhase(), task == null ? null : task.task(), due, due != null && due.isBefore(clock.instant()),
                onBehalfOf);
    }

    private static ReviewDossier.Person person(Map<Long, EmployeeSummary> people, Long id) {
        EmployeeSummary e = id == null ? null : people.get(id);
        return e == null ? null : new ReviewDossier.Person(e.id(), e.personnelNumber(), e.fullName());
    }
}
