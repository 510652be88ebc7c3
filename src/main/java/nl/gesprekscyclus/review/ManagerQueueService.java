package nl.gesprekscyclus.review;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.review.ManagerQueue.UnitOption;
import nl.gesprekscyclus.review.ManagerQueue.Filter;
import nl.gesprekscyclus.review.ManagerQueue.Order;
import nl.gesprekscyclus.review.ManagerQueue.Position;
import nl.gesprekscyclus.security.AccessRefusals;
import nl.gesprekscyclus.security.AppUser;
import nl.gesprekscyclus.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Wachtrij": the open tasks of the reviews the logged-in manager holds, a page at a time. The relation is not a
 * parameter: the query is always limited to reviews whose manager is the person asking, so a manager cannot page
 * through someone else's reviews, and anyone without the MANAGER role is refused before that.
 */
@Service
@PreAuthorize("hasRole('MANAGER')")
@Transactional(readOnly = true)
public class ManagerQueueService {

    private final ManagerQueue queue;
    private final CurrentUser currentUser;
    private final OrganisationDirectory directory;
    private final AccessRefusals refusals;
    private final Clock clock;

    ManagerQueueService(ManagerQueue queue, CurrentUser currentUser, OrganisationDirectory directory,
            AccessRefusals refusals, Clock clock) {
        this.queue = queue;
        this.currentUser = currentUser;
        this.directory = directory;
        this.refusals = refusals;
        this.clock = clock;
    }

    /** What the manager asks for on the screen; null or false means "no filter". */
    public record Query(boolean onlyMine, ReviewPhase phase, ReviewTask task, String unitCode, boolean overdueOnly,
            String nameContains) {

        public static Query everything() {
            return new Query(false, null, null, null, false, null);
        }
    }

    /** One line of the queue, with "te laat" worked out against the application's clock. */
    public record Line(long reviewId, int year, String employeeName, String personnelNumber, String unitName,
            ReviewPhase phase, ReviewTask task, boolean mine, Instant due, boolean overdue, Position position) {
    }

    public long count(Query query) {
        return queue.count(filter(query));
    }

    public List<Line> page(Query query, List<Order> order, int offset, int limit) {
        Filter filter = filter(query);
        return lines(filter, queue.page(filter, order, offset, limit));
    }

    /**
     * The page after a line the screen showed, its first {@code skip} lines left out: see
     * {@link ManagerQueue#pageAfter}.
     */
    public List<Line> pageAfter(Query query, List<Order> order, Line after, int skip, int limit) {
        Filter filter = filter(query);
        return lines(filter, queue.pageAfter(filter, order, after.position(), skip, limit));
    }

    /** The {@code limit} lines before the last {@code fromEnd}: see {@link ManagerQueue#pageFromEnd}. */
    public List<Line> pageFromEnd(Query query, List<Order> order, int fromEnd, int limit) {
        Filter filter = filter(query);
        return lines(filter, queue.pageFromEnd(filter, order, fromEnd, limit));
    }

    private List<Line> lines(Filter filter, List<ManagerQueue.Row> rows) {
        Instant now = clock.instant();
        String me = filter.assignee() != null ? filter.assignee() : myNumber();
        return rows.stream()
                .map(r -> new Line(r.reviewId(), r.year(), r.employeeName(), r.personnelNumber(), r.unitName(),
                        r.phase(), r.task(), me.equals(r.assignee()), r.due(), r.due() != null && r.due().isBefore(now),
                        r.position()))
                .toList();
    }

    public List<UnitOption> units() {
        return queue.units(managerId());
    }

    private Filter filter(Query query) {
        return new Filter(managerId(), query.onlyMine() ? myNumber() : null, query.phase(), query.task(),
                query.unitCode(), query.overdueOnly() ? clock.instant() : null, query.nameContains());
    }

    private long managerId() {
        AppUser user = currentUser.require();
        if (user.employeeId() == null) {
            // a MANAGER role without a personnel record cannot manage anyone's review
            throw refusals.refuse("read manager queue", "manager queue");
        }
        return user.employeeId();
    }

    private String myNumber() {
        return directory.employee(managerId()).map(EmployeeSummary::personnelNumber)
                .orElseThrow(() -> refusals.refuse("read manager queue", "manager queue"));
    }
}
