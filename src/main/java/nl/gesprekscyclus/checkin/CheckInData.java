package nl.gesprekscyclus.checkin;

import java.time.LocalDate;
import java.util.List;

/**
 * A check-in as its writer records it.
 *
 * @param participants who took part, as written ("Wies Werknemer, Lotte Leider")
 * @param agreements   the agreements it touched, each once
 * @param privateNote  the writer's own note, or blank for none; only the writer will see it
 */
public record CheckInData(LocalDate heldOn, String participants, String topics, List<Touched> agreements,
        List<Action> actions, String privateNote) {

    public CheckInData {
        agreements = agreements == null ? List.of() : List.copyOf(agreements);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /** An agreement (by lineage) and how it stands. */
    public record Touched(String lineage, AgreementProgress status) {
    }

    /** A follow-up action: what, whose, by when. */
    public record Action(String text, ActionOwner owner, LocalDate dueOn) {
    }
}
