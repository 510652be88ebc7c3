package nl.gesprekscyclus.monitoring;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import nl.gesprekscyclus.review.ReviewPhase;

/**
 * The dashboard's queries that need the engine's open tasks (overdue, current task, assignee). Implemented
 * in the workflow package, the only one that knows the engine's tables; every count is done by the database.
 */
public interface ReviewStatusQueries {

    /** The moment "overdue" is judged against: the engine's clock, so it agrees with the process's timers. */
    Instant now();

    /** Reviews of the scope counted per current phase, unit (the employee's own), whether an open task is overdue and whether
     *  the review waits between phases (see {@link ReviewStatus}). */
    List<PhaseCount> countByPhaseAndUnit(MonitoringScope scope, Instant now);

    /** How many reviews a drill-down lists. */
    long count(DrillDown drillDown, Instant now);

    /**
     * One page of a drill-down, ordered by employee name (last name, first name, as the database compares them), then
     * by review: status only, no content.
     */
    List<ReviewRow> page(DrillDown drillDown, Instant now, int offset, int limit);

    /**
     * The page after a review in the drill-down's order, its first {@code skip} reviews left out, read without skipping
     * the reviews before that one (keyset paging), so a page deep in the list costs what the first one does.
     */
    List<ReviewRow> pageAfter(DrillDown drillDown, Instant now, MonitoredReview.Position after, int skip, int limit);

    /**
     * One page counted from the end, in the drill-down's order: the {@code limit} reviews before the last
     * {@code fromEnd}. The database reads the order backwards and skips only {@code fromEnd} reviews.
     */
    List<ReviewRow> pageFromEnd(DrillDown drillDown, Instant now, int fromEnd, int limit);

    /** The open tasks of these reviews (process business keys), soonest due first. */
    List<OpenTask> openTasks(Collection<String> processKeys);

    record PhaseCount(ReviewPhase phase, long unitId, boolean overdue, boolean waiting, long count) {
    }

    /** A review in a drill-down, before its open task is added. */
    record ReviewRow(long reviewId, String processKey, String personnelNumber, String employeeName,
            String unitName, ReviewPhase phase, boolean overdue, boolean waiting, MonitoredReview.Position position) {
    }

    record OpenTask(String processKey, String taskId, String taskKey, String assignee, Instant due) {
    }
}
