package nl.gesprekscyclus.feedback;

import java.time.LocalDate;
import java.util.List;

/**
 * A request as the colleague asked sees it on "Feedback geven": about whom, asked by whom, the question and items,
 * by when, whether their answer will carry their name, and what they did with it.
 *
 * @param levels the book's scale, highest first, to choose an observed level from on competencies
 * @param mine   the colleague's own answers, once given
 */
public record GivingRequest(long askeeId, String employeeName, String askedBy, String question, LocalDate dueOn,
        boolean anonymous, AskeeStatus status, String declineReason, List<Item> items, List<Level> levels,
        List<FeedbackAnswerData> mine) {

    public record Item(long id, FeedbackItemKind kind, String label) {
    }

    public record Level(String code, String name) {
    }
}
