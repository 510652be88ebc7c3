package nl.gesprekscyclus.checkin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One check-in as the viewer may see it: the shared part, and the viewer's own private note (never anyone else's).
 *
 * @param myPrivateNote the note the viewer wrote on it, or null
 */
public record CheckInView(long id, LocalDate heldOn, String participants, String topics, String recordedBy,
        Instant recordedAt, List<Agreement> agreements, List<Action> actions, List<Entry> entries,
        String myPrivateNote) {

    /** An agreement it touched: its description now and how it stood. */
    public record Agreement(String lineage, String description, AgreementProgress status) {
    }

    /** A follow-up action with the name of its owner now. */
    public record Action(long id, String text, ActionOwner owner, String ownerName, LocalDate dueOn, boolean done,
            String doneBy) {
    }

    /** What someone added to the shared part afterwards. */
    public record Entry(String authorName, Instant writtenAt, String text) {
    }
}
