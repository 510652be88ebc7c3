package nl.gesprekscyclus.review;

import java.time.Instant;
import java.util.List;

/** Open tasks of a person, from the engine (implemented in the workflow package). */
public interface TaskInbox {

    /**
     * @param personnelNumber the person's tasks (assignee)
     * @param includeHrTasks  also the tasks for the HR group (HR advice)
     */
    List<OpenTask> openTasks(String personnelNumber, boolean includeHrTasks);

    /** Open tasks of one review (its business key), for whoever is looking at it. */
    List<OpenTask> openTasksOfReview(String processKey);

    /** One open task: what, in which review, since and until when, for whom. */
    record OpenTask(String taskId, ReviewTask task, String processKey, String assignee, Instant created,
            Instant due) {
    }
}
