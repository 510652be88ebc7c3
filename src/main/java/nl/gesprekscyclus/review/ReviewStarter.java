package nl.gesprekscyclus.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.cycle.AssessmentPeriods;
import nl.gesprekscyclus.cycle.AssessmentPolicy;
import nl.gesprekscyclus.cycle.CycleSettings;
import nl.gesprekscyclus.cycle.RoundCalendar;
import nl.gesprekscyclus.functionbook.JobTitle;
import nl.gesprekscyclus.functionbook.LoadedFunctionBook;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.review.ReviewProcess.ReviewStartParticipants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts, updates and ends reviews for the round. Called from the round's process steps (no user is logged in
 * there), never from a screen. Starting is idempotent: an employee never gets two reviews for one year. Who
 * assesses, is consulted and signs off follows from the round's assessment policy ({@link AssessmentLines}); an
 * employee whose line cannot be resolved gets no review, and the round is told why.
 */
@Component
@Transactional
public class ReviewStarter {

    private static final Logger log = LoggerFactory.getLogger(ReviewStarter.class);

    private final ReviewRepository reviews;
    private final ReviewProcess process;
    private final CycleSettings settings;
    private final AssessmentLines lines;
    private final AuditTrail audit;
    private final Clock clock;

    ReviewStarter(ReviewRepository reviews, ReviewProcess process, CycleSettings settings, AssessmentLines lines,
            AuditTrail audit, Clock clock) {
        this.reviews = reviews;
        this.process = process;
        this.settings = settings;
        this.lines = lines;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What a start did: how many reviews started, and who got none because of the assessment policy, with the
     * reason in Dutch (for the round's screen). Those who already have a review, are not in service or are assessed
     * later (the tijdvak) are in neither.
     */
    public record Started(int count, Map<Long, String> notStarted) {
    }

    /** Starts the employee's review in the round, unless they have one for that year or are not in service. */
    public Started start(long roundId, RoundCalendar calendar, AssessmentPolicy policy, EmployeeSummary employee,
            LoadedFunctionBook book) {
        if (!employee.active()) {
            return new Started(0, Map.of());
        }
        // one query per employee: it answers both "has a review this year" and "when was the last assessment"
        return start(roundId, calendar, policy, List.of(employee), book,
                Map.of(employee.id(), reviews.findByEmployeeIdOrderByYearDesc(employee.id())));
    }

    /**
     * Starts the reviews of a batch of the round (as {@link #start} one by one) and returns how many started.
     * One query for the whole batch's earlier reviews instead of one per employee: with a query per employee,
     * Hibernate checked every review saved so far in the transaction before each query, so a batch's cost grew
     * with the square of its size (the round start's profile, docs/performance.md).
     */
    public Started startAll(long roundId, RoundCalendar calendar, AssessmentPolicy policy,
            List<EmployeeSummary> employees, LoadedFunctionBook book) {
        List<EmployeeSummary> active = employees.stream().filter(EmployeeSummary::active).toList();
        Map<Long, List<Review>> earlier = reviews.findByEmployeeIdInOrderByYearDesc(
                active.stream().map(EmployeeSummary::id).toList()).stream()
                .collect(Collectors.groupingBy(Review::getEmployeeId));
        return start(roundId, calendar, policy, active, book, earlier);
    }

    /** @param earlier per employee their reviews, latest year first */
    private Started start(long roundId, RoundCalendar calendar, AssessmentPolicy policy, List<EmployeeSummary> employees,
            LoadedFunctionBook book, Map<Long, List<Review>> earlier) {
        Map<EmployeeSummary, ReviewDates> due = new java.util.LinkedHashMap<>();
        for (EmployeeSummary employee : employees) {
            List<Review> theirs = earlier.getOrDefault(employee.id(), List.of());
            if (theirs.stream().anyMatch(r -> r.getYear() == calendar.year())) {
                continue;
            }
            LocalDate previousAssessment = theirs.stream().filter(r -> r.getPhase() == ReviewPhase.CLOSED).findFirst()
                    .map(r -> r.dates().periodEnd()).orElse(null);
            AssessmentPeriods.Plan plan = AssessmentPeriods.plan(settings, calendar, employee.startDate(),
                    previousAssessment);
            ReviewDatesPlanner.plan(calendar, plan, LocalDate.now(clock)).ifPresent(d -> due.put(employee, d));
        }
        Map<Long, AssessmentLines.Resolution> resolved = lines.resolve(policy,
                due.keySet().stream().map(AssessmentLines.Subject::of).toList());
        int started = 0;
        Map<Long, String> notStarted = new java.util.LinkedHashMap<>();
        for (Map.Entry<EmployeeSummary, ReviewDates> entry : due.entrySet()) {
            EmployeeSummary employee = entry.getKey();
            AssessmentLines.Resolution line = resolved.get(employee.id());
            if (line.refusal() != null) {
                // nothing of the review is made: no row, no process; the round says who and why
                notStarted.put(employee.id(), line.refusal().message());
                log.warn("No review for {} in {}: {}", employee.personnelNumber(), calendar.year(),
                        line.refusal().code());
                audit.record("(system)", "review.not-started", "round " + calendar.year(), employee.id(),
                        AuditTrail.REFUSED, null, line.refusal().code());
                continue;
            }
            Review review = new Review(roundId, employee.id(), employee.personnelNumber(), calendar.year(),
                    participants(employee, book), entry.getValue(), clock.instant());
            review.assign(line.line());
            reviews.save(review);
            process.start(review, startParticipants(employee, line));
            started++;
        }
        return new Started(started, notStarted);
    }

    /**
     * A change of function, manager or coordinator during the year reaches the running review, with the second
     * assessor and signer resolved again under the round's policy. When that line cannot be resolved, nothing of
     * the change is applied (the review keeps its people); the refusal is logged and audited, and the next change
     * of the employee applies everything from the records as they are then.
     */
    public void update(int year, AssessmentPolicy policy, EmployeeSummary employee, LoadedFunctionBook book) {
        reviews.findByEmployeeIdAndYear(employee.id(), year).filter(r -> !r.getPhase().isFinished()).ifPresent(r -> {
            AssessmentLines.Resolution line = lines.resolve(policy, AssessmentLines.Subject.of(employee));
            if (line.refusal() != null) {
                log.warn("Review {} keeps its people: the change of {} leaves no valid line ({})", r.getId(),
                        employee.personnelNumber(), line.refusal().code());
                audit.record("(system)", "review.participants.update", "review " + r.getId(), employee.id(),
                        AuditTrail.REFUSED, null, line.refusal().code());
                return;
            }
            r.apply(participants(employee, book));
            r.assign(line.line());
            process.participantsChanged(r, startParticipants(employee, line));
            audit.record("(system)", "review.participants.update", "review " + r.getId(), employee.id(),
                    AuditTrail.SUCCESS, null, employee.jobTitleCode());
        });
    }

    /** The employee left service: their running reviews end with the reason; what was recorded stays. */
    public void employeeLeft(long employeeId, String reason) {
        reviews.findByEmployeeIdOrderByYearDesc(employeeId).stream().filter(r -> !r.getPhase().isFinished())
                .forEach(r -> process.employeeLeft(r, reason));
    }

    static Review.Participants participants(EmployeeSummary employee, LoadedFunctionBook book) {
        String profile = book.book().jobTitle(employee.jobTitleCode()).map(JobTitle::jobProfile).orElse(null);
        return new Review.Participants(employee.jobTitleCode(), profile, book.versionId(), employee.managerId(),
                employee.coordinatorId());
    }

    static ReviewStartParticipants startParticipants(EmployeeSummary employee, AssessmentLines.Resolution line) {
        return new ReviewStartParticipants(employee.personnelNumber(), line.managerNumber(),
                employee.coordinatorNumber(), line.secondAssessorNumber(), line.signOffByNumber());
    }
}
