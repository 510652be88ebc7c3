package nl.gesprekscyclus.review;

import java.time.Instant;
import java.util.List;

/**
 * The open tasks of the reviews one manager holds, read a page at a time from the engine's task table joined
 * with our review and employee tables (implemented in the workflow package, the only place that knows the
 * engine's tables). Counting and paging happen in the database: a manager may hold 15,000 reviews.
 */
public interface ManagerQueue {

    /** How many rows match. */
    long count(Filter filter);

    /** One page of rows, in the given order (ties broken by task, so pages never overlap). */
    List<Row> page(Filter filter, List<Order> order, int offset, int limit);

    /**
     * The page that follows a row in the given order, its first {@code skip} rows left out: what scrolling on asks
     * ({@code skip} 0), read without skipping the rows before that row (keyset paging), so a page deep in the queue
     * costs what the first one does.
     */
    List<Row> pageAfter(Filter filter, List<Order> order, Position after, int skip, int limit);

    /**
     * One page counted from the end, in the given order: the {@code limit} rows before the last {@code fromEnd}
     * ones. The database reads the order backwards and skips only {@code fromEnd} rows: for a jump into the back
     * half of a long queue.
     */
    List<Row> pageFromEnd(Filter filter, List<Order> order, int fromEnd, int limit);

    /** The units of the employees whose reviews the manager holds, for the unit filter. */
    List<UnitOption> units(long managerId);

    /**
     * What to show. Null fields do not filter.
     *
     * @param managerId   only reviews this person manages (always set: the relation that allows reading)
     * @param assignee    only tasks assigned to this personnel number ("waiting for me")
     * @param overdueAt   only tasks whose due date is before this moment
     * @param nameContains words that must each occur in the employee's names or personnel number, in any order,
     *                     whatever the case or accents (organisation.NameSearch)
     */
    record Filter(long managerId, String assignee, ReviewPhase phase, ReviewTask task, String unitCode,
            Instant overdueAt, String nameContains) {
    }

    /** The columns a manager sorts on. */
    enum SortField {
        NAME, PHASE, DUE
    }

    record Order(SortField field, boolean ascending) {
    }

    /** One open task of a review the manager holds. */
    record Row(String taskId, long reviewId, int year, String employeeName, String personnelNumber, String unitName,
            ReviewPhase phase, ReviewTask task, String assignee, Instant due, Position position) {
    }

    /** Where a row stands in every order: its values of the sort keys and its task (for {@link #pageAfter}). */
    record Position(String taskId, String lastName, String firstName, ReviewPhase phase, Instant due) {
    }

    record UnitOption(String code, String name) {
    }
}
