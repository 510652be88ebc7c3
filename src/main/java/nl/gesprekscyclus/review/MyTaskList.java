package nl.gesprekscyclus.review;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * "Mijn taken" read a page at a time from the engine's task table joined with our review and employee tables
 * (implemented in the workflow package, the only place that knows the engine's tables). Counting, filtering,
 * sorting and paging happen in the database, like the manager's queue: a manager of everyone may hold 15,000 open
 * tasks, and building a line for each of them on every visit cost more than the whole page should (issue 21).
 */
public interface MyTaskList {

    /** How many lines match, and how many of those are past their due date at {@code now}. */
    Counts counts(Filter filter, Instant now);

    /** One page of lines, in the given order (ties broken by task, so pages never overlap). */
    List<Row> page(Filter filter, List<Order> order, List<ReviewTask> taskOrder, int offset, int limit);

    /**
     * Whose tasks and what to show. A line is a task assigned to {@code personnelNumber}; with {@code hrTasks} also
     * an unassigned task offered to the HR group; and for each manager acted for, that manager's line tasks
     * ({@link ReviewRules#substituted}) in reviews that are neither the substitute's own nor the manager's own.
     *
     * @param selfId          the person asking (null for an account without a personnel record)
     * @param overdueAt       only tasks due before this moment (null: all)
     * @param search          what was typed in the search field (null: no search)
     */
    record Filter(Long selfId, String personnelNumber, boolean hrTasks, List<ActingFor> actingFor,
            Instant overdueAt, Search search) {

        public Filter {
            actingFor = List.copyOf(actingFor);
        }

        /** Nothing to show: no personal tasks, no group, nobody acted for. */
        public boolean empty() {
            return personnelNumber == null && !hrTasks && actingFor.isEmpty();
        }
    }

    /** A manager whose line tasks a substitute does today. */
    record ActingFor(long managerId, String personnelNumber, String name) {
    }

    /**
     * A search: a line matches when its task's name contains the text ({@code tasksNamed}, worked out against the
     * names the user reads), when it is the person's own review and the text is in "Uzelf" ({@code selfNamed}), or
     * when every word of {@code nameWords} is in the employee's names or personnel number. A substitute's line of a
     * manager acted for also matches when the words are in that manager's name, with the words of
     * {@code onBehalfOf} ("namens", as the line reads) allowed beside it.
     */
    record Search(Set<ReviewTask> tasksNamed, boolean selfNamed, String nameWords, String onBehalfOf) {

        public Search {
            tasksNamed = Set.copyOf(tasksNamed);
        }
    }

    record Counts(long total, long late) {
    }

    /** The columns of "Mijn taken" a user sorts on. */
    enum SortField {
        TASK, WHO, YEAR, DUE
    }

    record Order(SortField field, boolean ascending) {
    }

    /** One open task. */
    record Row(String taskId, long reviewId, String processKey, int year, String employeeName,
            String personnelNumber, ReviewPhase phase, ReviewTask task, String assignee, Instant due) {
    }
}
