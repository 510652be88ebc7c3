package nl.gesprekscyclus.review.ui;

import java.util.List;
import nl.gesprekscyclus.base.Violation;

/**
 * Where the answer to a service call goes when it is not a success: the broken rules next to their fields (or
 * at the top of the form), and any other refusal as a sentence. Dialogs and the task panel implement it.
 */
interface ReviewFeedback {

    /** Shows the broken rules; the form stays as it is, with what was typed. */
    void violations(List<Violation> violations);

    /** Shows a message that is about no field (step no longer open, changed by someone else, …). */
    void error(String message);
}
