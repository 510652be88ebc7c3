package nl.gesprekscyclus.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.cycle.AssessmentPeriods;
import nl.gesprekscyclus.cycle.AssessmentPolicy;
import nl.gesprekscyclus.cycle.CycleSettings;
import nl.gesprekscyclus.cycle.RoundCalendar;
import nl.gesprekscyclus.cycle.RoundShape;
import nl.gesprekscyclus.functionbook.JobTitle;
import nl.gesprekscyclus.functionbook.LoadedFunctionBook;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.review.ReviewProcess.ReviewStartParticipants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
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

    /** Ids per query: well below what any database takes in one IN list. */
    private static final int IN_LIST = 1000;

    private final ReviewRepository reviews;
    private final ReviewProfileChangeRepository profileChanges;
    private final ReviewProcess process;
    private final CycleSettings settings;
    private final AssessmentLines lines;
    private final RoundPolicies roundPolicies;
    private final AuditTrail audit;
    private final Clock clock;

    ReviewStarter(ReviewRepository reviews, ReviewProfileChangeRepository profileChanges, ReviewProcess process,
            CycleSettings settings, AssessmentLines lines, RoundPolicies roundPolicies, AuditTrail audit,
            Clock clock) {
        this.reviews = reviews;
        this.profileChanges = profileChanges;
        this.process = process;
        this.settings = settings;
        this.lines = lines;
        this.roundPolicies = roundPolicies;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What a start did: how many reviews started (or, for an import's batch, started or were brought up to date),
     * and who got none because of the assessment policy, with the reason in Dutch (for the round's screen). Those
     * who already have a review, are not in service or are assessed later (the tijdvak) are in neither.
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
        return start(roundId, calendar, policy, active, book, earlierReviews(active));
    }

    /**
     * One batch of an import's joiners and function changes: starts the review of whoever has none this year (as
     * {@link #startAll}, so a member who got none because of the policy is tried again), and brings a running review
     * up to date when the employee's function or the people the policy resolves for them differ from it (a change
     * of function recorded as {@link #changeFunction} does, of people followed as {@link #update} does). Safe to
     * repeat: a second run finds nothing to start and nothing that differs. Counts the reviews it started or
     * updated.
     */
    public Started startOrUpdateAll(long roundId, RoundCalendar calendar, AssessmentPolicy policy,
            List<EmployeeSummary> employees, LoadedFunctionBook book) {
        List<EmployeeSummary> active = employees.stream().filter(EmployeeSummary::active).toList();
        Map<Long, List<Review>> earlier = earlierReviews(active);
        List<EmployeeSummary> toStart = new ArrayList<>();
        Map<EmployeeSummary, Review> running = new LinkedHashMap<>();
        for (EmployeeSummary employee : active) {
            Optional<Review> thisYear = earlier.getOrDefault(employee.id(), List.of()).stream()
                    .filter(r -> r.getYear() == calendar.year()).findFirst();
            if (thisYear.isEmpty()) {
                toStart.add(employee);
            } else if (!thisYear.get().getPhase().isFinished()) {
                running.put(employee, thisYear.get());
            }
        }
        Started started = start(roundId, calendar, policy, toStart, book, earlier);
        Map<Long, AssessmentLines.Resolution> resolved = lines.resolve(policy,
                running.keySet().stream().map(AssessmentLines.Subject::of).toList());
        int updated = 0;
        for (Map.Entry<EmployeeSummary, Review> entry : running.entrySet()) {
            EmployeeSummary employee = entry.getKey();
            Review review = entry.getValue();
            boolean functionChanged = !Objects.equals(review.getJobTitleCode(), employee.jobTitleCode());
            if (functionChanged) {
                // an import's change of function is recorded on the day its batch runs (seconds after the import)
                changeFunction(review, employee.jobTitleCode(), LocalDate.now(clock), book);
            }
            AssessmentLines.Resolution line = resolved.get(employee.id());
            boolean peopleChanged = peopleDiffer(review, employee, line);
            if (peopleChanged) {
                follow(review, employee, line);
            }
            if (functionChanged || peopleChanged) {
                updated++;
            }
        }
        return new Started(started.count() + updated, started.notStarted());
    }

    /** The batch's reviews by employee, latest year first: one query for the whole batch. */
    private Map<Long, List<Review>> earlierReviews(List<EmployeeSummary> employees) {
        return reviews.findByEmployeeIdInOrderByYearDesc(employees.stream().map(EmployeeSummary::id).toList())
                .stream().collect(Collectors.groupingBy(Review::getEmployeeId));
    }

    /**
     * Whether the review's people are not who the records and the policy now say: the coordinator, and the assessor,
     * second assessor and signer as resolved (when the line cannot be resolved, the employee's manager as recorded:
     * a change there is followed, and refused, as {@link #update} would).
     */
    private static boolean peopleDiffer(Review review, EmployeeSummary employee, AssessmentLines.Resolution line) {
        if (!Objects.equals(review.getCoordinatorId(), employee.coordinatorId())) {
            return true;
        }
        AssessmentLine.Line resolved = line.line();
        if (resolved == null) {
            return !Objects.equals(review.getManagerId(), employee.managerId());
        }
        return !Objects.equals(review.getManagerId(), resolved.managerId())
                || !Objects.equals(review.getSecondAssessorId(), resolved.secondAssessorId())
                || !Objects.equals(review.signerId(), resolved.signOffById());
    }

    /** @param earlier per employee their reviews, latest year first */
    private Started start(long roundId, RoundCalendar calendar, AssessmentPolicy policy, List<EmployeeSummary> employees,
            LoadedFunctionBook book, Map<Long, List<Review>> earlier) {
        Map<EmployeeSummary, ReviewDates> due = new LinkedHashMap<>();
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
        // the round's shape, as it was when the round started: one read for the batch
        RoundShape shape = due.isEmpty() ? null : roundPolicies.shape(roundId);
        int started = 0;
        Map<Long, String> notStarted = new LinkedHashMap<>();
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
            review.planProgressConversations(ProgressConversations.plan(shape, entry.getValue()));
            review.decideFormalAssessment(shape.formalAssessment());
            review.assign(line.line());
            reviews.save(review);
            process.start(review, startParticipants(employee, line));
            started++;
        }
        return new Started(started, notStarted);
    }

    /**
     * A change of manager or coordinator during the year reaches the running review, with the second assessor and
     * signer resolved again under the round's policy. The function is not touched: the review stays on the book
     * version and profile it runs on ({@link #changeFunction} records a change of function, when it happens);
     * before, this put the review on the current book version and the employee's job title of the moment, and the
     * profile it was on was lost.
     */
    public void update(int year, AssessmentPolicy policy, EmployeeSummary employee) {
        reviews.findByEmployeeIdAndYear(employee.id(), year).filter(r -> !r.getPhase().isFinished())
                .ifPresent(r -> follow(r, employee, lines.resolve(policy, AssessmentLines.Subject.of(employee))));
    }

    /**
     * The review follows the records' manager and coordinator and the line the policy resolves. When that line
     * cannot be resolved, nothing is applied (the review keeps its people); the refusal is logged and audited, and
     * the next change of the employee applies everything from the records as they are then.
     */
    private void follow(Review r, EmployeeSummary employee, AssessmentLines.Resolution line) {
        if (line.refusal() != null) {
            log.warn("Review {} keeps its people: the change of {} leaves no valid line ({})", r.getId(),
                    employee.personnelNumber(), line.refusal().code());
            audit.record("(system)", "review.participants.update", "review " + r.getId(), employee.id(),
                    AuditTrail.REFUSED, null, line.refusal().code());
            return;
        }
        r.follow(employee.managerId(), employee.coordinatorId());
        r.assign(line.line());
        process.participantsChanged(r, startParticipants(employee, line));
        audit.record("(system)", "review.participants.update", "review " + r.getId(), employee.id(),
                AuditTrail.SUCCESS, null, null);
    }

    /**
     * The employee's job title changed (employee screen or import) while their review of the year runs: from
     * {@code effective} on the review runs on the new job title's normfunctie in the current book version, and the
     * function it ran on until then is recorded with the date, not overwritten. Runs in the transaction of the
     * change. Nothing happens when the review is on this job title already.
     */
    public void changeFunction(int year, long employeeId, String jobTitleCode, LocalDate effective,
            LoadedFunctionBook book) {
        reviews.findByEmployeeIdAndYear(employeeId, year).filter(r -> !r.getPhase().isFinished())
                .filter(r -> !r.getJobTitleCode().equals(jobTitleCode))
                .ifPresent(r -> changeFunction(r, jobTitleCode, effective, book));
    }

    private void changeFunction(Review r, String jobTitleCode, LocalDate effective, LoadedFunctionBook book) {
        Review.Function next = new Review.Function(jobTitleCode, book.book().jobTitle(jobTitleCode)
                .map(JobTitle::jobProfile).orElse(null), book.versionId());
        profileChanges.save(new ReviewProfileChange(r, effective, next, ReviewProfileChange.FUNCTION_CHANGE, actor(),
                clock.instant()));
        audit.record("review.profile.change", "review " + r.getId(), r.getEmployeeId(), AuditTrail.SUCCESS,
                "from " + effective + ": '" + r.getJobTitleCode() + "' -> '" + jobTitleCode + "'");
        r.changeFunction(next);
    }

    /** The employee left service: their running reviews end with the reason; what was recorded stays. */
    public void employeeLeft(long employeeId, String reason) {
        reviews.findByEmployeeIdOrderByYearDesc(employeeId).stream().filter(r -> !r.getPhase().isFinished())
                .forEach(r -> process.employeeLeft(r, reason));
    }

    /**
     * Many employees left service at once (an import): their running reviews end with the reason in the
     * background, a few seconds later, instead of one process message each in the caller's transaction.
     */
    public void employeesLeft(List<Long> employeeIds, String reason) {
        List<Review> running = new ArrayList<>();
        for (int from = 0; from < employeeIds.size(); from += IN_LIST) {
            reviews.findByEmployeeIdInOrderByYearDesc(employeeIds.subList(from, Math.min(employeeIds.size(),
                    from + IN_LIST))).stream().filter(r -> !r.getPhase().isFinished()).forEach(running::add);
        }
        if (!running.isEmpty()) {
            process.employeesLeft(running, reason);
        }
    }

    /** Who saved the change (the functioneel beheerder on the screen or the import), or "(system)". */
    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken ? "(system)" : auth.getName();
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
