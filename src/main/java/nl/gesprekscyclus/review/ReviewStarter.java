package nl.gesprekscyclus.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.cycle.AssessmentPeriods;
import nl.gesprekscyclus.cycle.CycleSettings;
import nl.gesprekscyclus.cycle.RoundCalendar;
import nl.gesprekscyclus.functionbook.JobTitle;
import nl.gesprekscyclus.functionbook.LoadedFunctionBook;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.review.ReviewProcess.ReviewStartParticipants;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts, updates and ends reviews for the round. Called from the round's process steps (no user is logged in
 * there), never from a screen. Starting is idempotent: an employee never gets two reviews for one year.
 */
@Component
@Transactional
public class ReviewStarter {

    /** Ids per query: well below what any database takes in one IN list. */
    private static final int IN_LIST = 1000;

    private final ReviewRepository reviews;
    private final ReviewProfileChangeRepository profileChanges;
    private final ReviewProcess process;
    private final CycleSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    ReviewStarter(ReviewRepository reviews, ReviewProfileChangeRepository profileChanges, ReviewProcess process,
            CycleSettings settings, AuditTrail audit, Clock clock) {
        this.reviews = reviews;
        this.profileChanges = profileChanges;
        this.process = process;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** Starts the employee's review in the round, unless they have one for that year or are not in service. */
    public Optional<Review> start(long roundId, RoundCalendar calendar, EmployeeSummary employee,
            LoadedFunctionBook book) {
        if (!employee.active()) {
            return Optional.empty();
        }
        // one query per employee: it answers both "has a review this year" and "when was the last assessment"
        return start(roundId, calendar, employee, book, reviews.findByEmployeeIdOrderByYearDesc(employee.id()));
    }

    /**
     * Starts the reviews of a batch of the round (as {@link #start} one by one) and returns how many started.
     * One query for the whole batch's earlier reviews instead of one per employee: with a query per employee,
     * Hibernate checked every review saved so far in the transaction before each query, so a batch's cost grew
     * with the square of its size (the round start's profile, docs/performance.md).
     */
    public int startAll(long roundId, RoundCalendar calendar, List<EmployeeSummary> employees,
            LoadedFunctionBook book) {
        Map<Long, List<Review>> earlier = earlierReviews(employees);
        int started = 0;
        for (EmployeeSummary employee : employees) {
            if (employee.active() && start(roundId, calendar, employee, book,
                    earlier.getOrDefault(employee.id(), List.of())).isPresent()) {
                started++;
            }
        }
        return started;
    }

    /**
     * One batch of an import's joiners and function changes: starts the review of whoever has none this year (as
     * {@link #startAll}), and brings a running review up to date when the employee's function, manager or
     * coordinator differs from it (a change of function recorded as {@link #changeFunction} does, of people followed as {@link #update} does).
     * Safe to repeat: a second run finds nothing to start and
     * nothing that differs. Returns how many reviews it started or updated.
     */
    public int startOrUpdateAll(long roundId, RoundCalendar calendar, List<EmployeeSummary> employees,
            LoadedFunctionBook book) {
        Map<Long, List<Review>> earlier = earlierReviews(employees);
        int done = 0;
        for (EmployeeSummary employee : employees.stream().filter(EmployeeSummary::active).toList()) {
            List<Review> theirs = earlier.getOrDefault(employee.id(), List.of());
            Optional<Review> thisYear = theirs.stream().filter(r -> r.getYear() == calendar.year()).findFirst();
            if (thisYear.isEmpty()) {
                done += start(roundId, calendar, employee, book, theirs).isPresent() ? 1 : 0;
            } else if (!thisYear.get().getPhase().isFinished() && differs(thisYear.get(), employee)) {
                Review review = thisYear.get();
                if (!Objects.equals(review.getJobTitleCode(), employee.jobTitleCode())) {
                    // an import's change of function is recorded on the day its batch runs (seconds after the import)
                    changeFunction(review, employee.jobTitleCode(), LocalDate.now(clock), book);
                }
                if (!Objects.equals(review.getManagerId(), employee.managerId())
                        || !Objects.equals(review.getCoordinatorId(), employee.coordinatorId())) {
                    follow(review, employee);
                }
                done++;
            }
        }
        return done;
    }

    /** The batch's reviews by employee, latest year first: one query for the whole batch. */
    private Map<Long, List<Review>> earlierReviews(List<EmployeeSummary> employees) {
        return reviews.findByEmployeeIdInOrderByYearDesc(employees.stream().map(EmployeeSummary::id).toList())
                .stream().collect(Collectors.groupingBy(Review::getEmployeeId));
    }

    private static boolean differs(Review review, EmployeeSummary employee) {
        return !Objects.equals(review.getJobTitleCode(), employee.jobTitleCode())
                || !Objects.equals(review.getManagerId(), employee.managerId())
                || !Objects.equals(review.getCoordinatorId(), employee.coordinatorId());
    }

    /** @param earlier the employee's reviews, latest year first */
    private Optional<Review> start(long roundId, RoundCalendar calendar, EmployeeSummary employee,
            LoadedFunctionBook book, List<Review> earlier) {
        if (earlier.stream().anyMatch(r -> r.getYear() == calendar.year())) {
            return Optional.empty();
        }
        LocalDate previousAssessment = earlier.stream().filter(r -> r.getPhase() == ReviewPhase.CLOSED).findFirst()
                .map(r -> r.dates().periodEnd()).orElse(null);
        AssessmentPeriods.Plan plan = AssessmentPeriods.plan(settings, calendar, employee.startDate(),
                previousAssessment);
        Optional<ReviewDates> dates = ReviewDatesPlanner.plan(calendar, plan, LocalDate.now(clock));
        if (dates.isEmpty()) {
            return Optional.empty();
        }
        Review review = reviews.save(new Review(roundId, employee.id(), employee.personnelNumber(), calendar.year(),
                participants(employee, book), dates.get(), clock.instant()));
        process.start(review, startParticipants(employee));
        return Optional.of(review);
    }

    /**
     * A change of manager or coordinator during the year reaches the running review. The function is not touched:
     * the review stays on the book version and profile it runs on ({@link #changeFunction} records a change of
     * function, when it happens); before, this put the review on the current book version and the employee's job
     * title of the moment, and the profile it was on was lost.
     */
    public void update(int year, EmployeeSummary employee) {
        reviews.findByEmployeeIdAndYear(employee.id(), year).filter(r -> !r.getPhase().isFinished())
                .ifPresent(r -> follow(r, employee));
    }

    private void follow(Review r, EmployeeSummary employee) {
        r.follow(employee.managerId(), employee.coordinatorId());
        process.participantsChanged(r, startParticipants(employee));
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

    static ReviewStartParticipants startParticipants(EmployeeSummary employee) {
        return new ReviewStartParticipants(employee.personnelNumber(), employee.managerNumber(),
                employee.coordinatorNumber());
    }
}
