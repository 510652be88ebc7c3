package nl.gesprekscyclus.feedback;

import java.time.LocalDate;
import java.util.List;

/**
 * A request as the asker fills it in.
 *
 * @param items     what the colleagues are asked about
 * @param anonymous true: answers without names, shown aggregated; false: with the giver's name; null: not chosen
 * @param askees    the colleagues asked, by employee id
 */
public record FeedbackRequestData(List<Item> items, String question, LocalDate dueOn, Boolean anonymous,
        List<Long> askees) {

    public FeedbackRequestData {
        items = items == null ? List.of() : List.copyOf(items);
        askees = askees == null ? List.of() : List.copyOf(askees);
    }

    /** A competency (by name) or an agreement (by lineage). */
    public record Item(FeedbackItemKind kind, String subject) {
    }
}
