package nl.gesprekscyclus.review;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.review.MyTaskList.ActingFor;
import nl.gesprekscyclus.review.MyTaskList.Counts;
import nl.gesprekscyclus.review.MyTaskList.Filter;
import nl.gesprekscyclus.review.MyTaskList.Order;
import nl.gesprekscyclus.review.MyTaskList.Search;
import nl.gesprekscyclus.security.AppUser;
import nl.gesprekscyclus.security.CurrentUser;
import nl.gesprekscyclus.security.Roles;
import nl.gesprekscyclus.substitution.Substitutes;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Mijn taken": the open tasks of the logged-in person (HR: also the HR group's), a page at a time; during a
 * substitution also the line tasks of the manager they act for, marked with that manager's name (never those of the
 * substitute's own review, nor the manager's own tasks as an employee). Whose tasks is never a parameter: it follows
 * from who is logged in, so nobody pages through someone else's inbox.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class MyTasksService {

    private final MyTaskList list;
    private final CurrentUser currentUser;
    private final OrganisationDirectory directory;
    private final Substitutes substitutes;
    private final Clock clock;

    MyTasksService(MyTaskList list, CurrentUser currentUser, OrganisationDirectory directory,
            Substitutes substitutes, Clock clock) {
        this.list = list;
        this.currentUser = currentUser;
        this.directory = directory;
        this.substitutes = substitutes;
        this.clock = clock;
    }

    /**
     * What the person narrows the list to on the screen.
     *
     * @param search what was typed, with the tasks and "Uzelf" it names worked out against the words on the screen
     *               (null: no search)
     */
    public record Query(boolean overdueOnly, Search search) {

        public static Query everything() {
            return new Query(false, null);
        }
    }

    /**
     * What "Mijn taken" shows when it opens: how many open tasks and how many of them are late, without any filter
     * (the sentence above the list), and the first lines, soonest due first.
     */
    public record Opening(Counts counts, List<ReviewSummary> firstLines) {
    }

    /**
     * The counts and the first {@code limit} lines without a filter, in one call: who the person is and whom they
     * act for is looked up once (an employee's inbox cost two calls with the lookups twice).
     */
    public Opening open(List<ReviewTask> taskOrder, int limit) {
        Filter filter = filter(Query.everything());
        Counts counts = list.counts(filter, clock.instant());
        return new Opening(counts, counts.total() == 0 ? List.of()
                : lines(filter, List.of(new Order(MyTaskList.SortField.DUE, true)), taskOrder, 0, limit));
    }

    /** How many lines a query shows. */
    public long count(Query query) {
        return list.counts(filter(query), clock.instant()).total();
    }

    /**
     * One page of lines.
     *
     * @param taskOrder the tasks in the order of their names as the user reads them (for sorting on the task)
     */
    public List<ReviewSummary> page(Query query, List<Order> order, List<ReviewTask> taskOrder, int offset,
            int limit) {
        return lines(filter(query), order, taskOrder, offset, limit);
    }

    private List<ReviewSummary> lines(Filter filter, List<Order> order, List<ReviewTask> taskOrder, int offset,
            int limit) {
        Instant now = clock.instant();
        Map<String, String> actingFor = filter.actingFor().stream()
                .collect(Collectors.toMap(ActingFor::personnelNumber, ActingFor::name, (a, b) -> a));
        return list.page(filter, order, taskOrder, offset, limit).stream()
                .map(r -> new ReviewSummary(r.reviewId(), r.processKey(), r.year(), r.employeeName(),
                        r.personnelNumber(), r.phase(), r.task(), r.due(), r.due() != null && r.due().isBefore(now),
                        r.assignee() == null || r.assignee().equals(filter.personnelNumber()) ? null
                                : actingFor.get(r.assignee())))
                .toList();
    }

    private Filter filter(Query query) {
        AppUser user = currentUser.require();
        Long me = user.employeeId();
        String number = me == null ? null : directory.employee(me).map(EmployeeSummary::personnelNumber).orElse(null);
        Set<Long> managers = me == null ? Set.of() : substitutes.managersActedForToday(me).keySet();
        List<ActingFor> actingFor = managers.isEmpty() ? List.of() : directory.employees(managers).stream()
                .map(m -> new ActingFor(m.id(), m.personnelNumber(), m.fullName())).toList();
        return new Filter(me, number, user.hasRole(Roles.HR), actingFor,
                query.overdueOnly() ? clock.instant() : null, query.search());
    }

    /** The tasks whose name (as {@code nameOf} gives it) contains the text, ignoring case. */
    public static Set<ReviewTask> tasksNamed(String text, Function<ReviewTask, String> nameOf, Locale locale) {
        String needle = text.strip().toLowerCase(locale);
        return Arrays.stream(ReviewTask.values())
                .filter(t -> nameOf.apply(t).toLowerCase(locale).contains(needle))
                .collect(Collectors.toSet());
    }
}
