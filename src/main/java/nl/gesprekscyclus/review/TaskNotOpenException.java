package nl.gesprekscyclus.review;

/**
 * The step is not open: it was completed already (perhaps by someone else a moment ago), or the review is in
 * another phase. The user is told and nothing is written.
 */
public class TaskNotOpenException extends RuntimeException {

    private final ReviewTask task;

    public TaskNotOpenException(ReviewTask task, String processKey) {
        super("Task " + task.key() + " is not open for review " + processKey);
        this.task = task;
    }

    public ReviewTask task() {
        return task;
    }
}
