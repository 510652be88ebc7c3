package nl.gesprekscyclus.feedback;

import java.time.LocalDate;
import java.util.List;

/**
 * The feedback of one review as a reader of the review may see it: each request with its results, named answers with
 * the giver's name and anonymous ones only aggregated, once enough came in. Nothing in it ties an anonymous answer to
 * its giver: no names, no dates, no order of arrival.
 *
 * @param mayAsk     the viewer takes part (employee, manager or substitute) and the review still runs
 * @param options    what may be asked about (empty when the viewer may not ask)
 * @param minimum    how many anonymous answers must have come in before they are shown
 * @param maximum    how many colleagues one request may ask
 */
public record FeedbackOverview(List<Request> requests, boolean mayAsk, List<Option> options, int year, int minimum,
        int maximum) {

    /** A competency or agreement that can be asked about. */
    public record Option(FeedbackItemKind kind, String subject, String label) {
    }

    /**
     * One request.
     *
     * @param asked      how many colleagues were asked (an anonymous request names none of them: whoever reads it,
     *                   the employee when the manager asked too, cannot narrow down who gave which answer)
     * @param answered   how many answered
     * @param visible    whether the answers are shown: always for named, from the minimum on for anonymous
     * @param askees     per asked colleague what they did (named requests only; empty for anonymous)
     */
    public record Request(long id, String askedBy, String question, LocalDate dueOn, boolean anonymous,
            int asked, int answered, boolean visible, List<Askee> askees, List<ItemResult> items) {
    }

    /** A colleague of a named request and what they did; the reason when they declined. */
    public record Askee(String name, AskeeStatus status, String declineReason) {
    }

    /**
     * The answers on one item: for a named request each with its giver; for an anonymous one the number per level
     * (the scale's order, highest first) and the texts in alphabetical order, which says nothing about who or when.
     */
    public record ItemResult(long itemId, FeedbackItemKind kind, String label, List<NamedAnswer> named,
            List<LevelCount> levels, List<String> texts) {
    }

    public record NamedAnswer(String giver, String levelName, String text) {
    }

    public record LevelCount(String levelName, long count) {
    }
}
