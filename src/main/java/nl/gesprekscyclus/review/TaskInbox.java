package nl.gesprekscyclus.review;

import java.time.Instant;
import java.util.List;

/** Open tasks of a person, from the engine (implemented in the workflow package). */
public interface TaskInbox {

    /** The open tasks assigned to a person (up to 500, soonest due first; "Mijn taken" pages with {@link MyTaskList}). */
    List<OpenTask> openTasks(String personnelNumber);

    /** Open tasks of one review (its business key), for whoever is looking at it. */
    List<OpenTask> openTasksOfReview(String processKey);

    /** One open task: what, in which review, since and until when, for whom. */
    record OpenTask(String taskId, ReviewTask task, String processKey, String assignee, Instant created,
            Instant due) {
    }
}
