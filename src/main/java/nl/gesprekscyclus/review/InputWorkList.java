package nl.gesprekscyclus.review;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.gesprekscyclus.functionbook.FunctionBook;
import nl.gesprekscyclus.functionbook.FunctionBooks;
import nl.gesprekscyclus.functionbook.JobTitle;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.review.TaskInbox.OpenTask;
import nl.gesprekscyclus.security.AccessRefusals;
import nl.gesprekscyclus.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Inbreng": the colleagues the logged-in coordinator coordinates, those with an open input request first (late
 * ones on top), then the others, so the coordinator sees everyone. A request counts only when the review names
 * this person as its coordinator: the task's assignee alone is not the relation.
 */
@Service
@PreAuthorize("hasRole('COORDINATOR')")
@Transactional(readOnly = true)
public class InputWorkList {

    /** The tasks in which the coordinator, as informant, gives input. */
    static final Set<ReviewTask> INPUT_TASKS = EnumSet.of(ReviewTask.PLANNING_INPUT, ReviewTask.PROGRESS_INPUT,
            ReviewTask.INFORMANT_INPUT);

    private final CurrentUser currentUser;
    private final OrganisationDirectory directory;
    private final TaskInbox inbox;
    private final ReviewRepository reviews;
    private final FunctionBooks books;
    private final AccessRefusals refusals;
    private final Clock clock;

    InputWorkList(CurrentUser currentUser, OrganisationDirectory directory, TaskInbox inbox, ReviewRepository reviews,
            FunctionBooks books, AccessRefusals refusals, Clock clock) {
        this.currentUser = currentUser;
        this.directory = directory;
        this.inbox = inbox;
        this.reviews = reviews;
        this.books = books;
        this.refusals = refusals;
        this.clock = clock;
    }

    /** One line: a colleague, and the input asked of me for their review (or none: {@link #open()} is false). */
    public record Line(long employeeId, String employeeName, String personnelNumber, String jobTitle, Long reviewId,
            Integer year, ReviewTask task, Instant due, boolean overdue) {

        public boolean open() {
            return task != null;
        }
    }

    public List<Line> colleagues() {
        Long me = currentUser.require().employeeId();
        EmployeeSummary self = me == null ? null : directory.employee(me).orElse(null);
        if (self == null) {
            throw refusals.refuse("read input requests", "input requests");
        }
        Map<Long, EmployeeSummary> people = directory.coordinatedBy(me).stream()
                .collect(Collectors.toMap(EmployeeSummary::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<OpenTask> tasks = inbox.openTasks(self.personnelNumber()).stream()
                .filter(t -> INPUT_TASKS.contains(t.task())).toList();
        Map<String, Review> byKey = reviews.findByProcessKeyIn(tasks.stream().map(OpenTask::processKey)
                .collect(Collectors.toSet())).stream().filter(r -> me.equals(r.getCoordinatorId()))
                .collect(Collectors.toMap(Review::getProcessKey, Function.identity()));
        // a review may still name me after the colleague moved to another coordinator: show that request too
        Set<Long> missing = byKey.values().stream().map(Review::getEmployeeId).filter(id -> !people.containsKey(id))
                .collect(Collectors.toSet());
        directory.employees(missing).forEach(e -> people.put(e.id(), e));

        FunctionBook book = books.current().book();
        Instant now = clock.instant();
        List<Line> open = new ArrayList<>();
        Set<Long> withRequest = new HashSet<>();
        for (OpenTask t : tasks) {
            Review review = byKey.get(t.processKey());
            EmployeeSummary e = review == null ? null : people.get(review.getEmployeeId());
            if (e == null) {
                continue;
            }
            withRequest.add(e.id());
            open.add(new Line(e.id(), e.fullName(), e.personnelNumber(), jobTitle(book, e), review.getId(),
                    review.getYear(), t.task(), t.due(), t.due() != null && t.due().isBefore(now)));
        }
        open.sort(Comparator.comparing(Line::overdue).reversed()
                .thenComparing(Line::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Line::employeeName));
        List<Line> lines = new ArrayList<>(open);
        people.values().stream().filter(e -> !withRequest.contains(e.id()))
                .map(e -> new Line(e.id(), e.fullName(), e.personnelNumber(), jobTitle(book, e), null, null, null,
                        null, false))
                .forEach(lines::add);
        return lines;
    }

    private static String jobTitle(FunctionBook book, EmployeeSummary e) {
        return book.jobTitle(e.jobTitleCode()).map(JobTitle::name).orElse(e.jobTitleCode());
    }
}
