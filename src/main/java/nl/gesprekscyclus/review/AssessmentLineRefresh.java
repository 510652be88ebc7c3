package nl.gesprekscyclus.review;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At the start of the assessment (the model's {@code determineAssessmentLine}), the second assessor and the signer
 * are resolved again under the round's policy: months have passed since the review started, and a change above the
 * manager (a new head of department, a new gemeentesecretaris) reaches no review by itself. The result is stored on
 * the review and handed to the process, so the screen's confirmations name the people who will get the steps.
 * When the line cannot be resolved now, the review keeps what it had (logged and audited).
 */
@Component
@Transactional
public class AssessmentLineRefresh {

    private static final Logger log = LoggerFactory.getLogger(AssessmentLineRefresh.class);

    private final ReviewRepository reviews;
    private final RoundPolicies policies;
    private final AssessmentLines lines;
    private final OrganisationDirectory directory;
    private final AuditTrail audit;

    AssessmentLineRefresh(ReviewRepository reviews, RoundPolicies policies, AssessmentLines lines,
            OrganisationDirectory directory, AuditTrail audit) {
        this.reviews = reviews;
        this.policies = policies;
        this.lines = lines;
        this.directory = directory;
        this.audit = audit;
    }

    /** Personnel numbers for the assessment's tasks: the second assessor (null: nobody) and the signer. */
    public record Numbers(String secondAssessor, String signOffBy) {
    }

    public Numbers refresh(long reviewId) {
        Review review = reviews.findById(reviewId).orElseThrow();
        EmployeeSummary employee = directory.employee(review.getEmployeeId()).orElseThrow();
        // the assessor stays who the review has (a change of manager reaches it as a participant change)
        AssessmentLines.Resolution resolution = lines.resolve(policies.of(review.getRoundId()),
                new AssessmentLines.Subject(employee.id(), employee.personnelNumber(), employee.fullName(),
                        review.getManagerId(), null));
        if (resolution.refusal() != null) {
            log.warn("Review {} keeps its second assessor and signer: {}", reviewId, resolution.refusal().code());
            audit.record("(system)", "review.assessment-line", "review " + reviewId, review.getEmployeeId(),
                    AuditTrail.REFUSED, null, resolution.refusal().code());
            return stored(review);
        }
        review.assign(resolution.line());
        return new Numbers(resolution.secondAssessorNumber(), resolution.signOffByNumber());
    }

    private Numbers stored(Review review) {
        Map<Long, String> numbers = directory.employees(Stream.of(review.getSecondAssessorId(), review.signerId())
                .filter(Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(EmployeeSummary::id, EmployeeSummary::personnelNumber));
        Function<Long, String> number = id -> id == null ? null : numbers.get(id);
        return new Numbers(number.apply(review.getSecondAssessorId()), number.apply(review.signerId()));
    }
}
