package nl.gesprekscyclus.review.ui;

import nl.gesprekscyclus.review.ReviewTask;

/** A task this screen has no panel for: it says the task is done elsewhere, so it is not silently left out. */
class ElsewherePanel extends TaskPanel {

    ElsewherePanel(ReviewTask task) {
        super(task);
        intro("review.todo.elsewhere");
    }
}
