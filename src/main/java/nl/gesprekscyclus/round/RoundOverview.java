package nl.gesprekscyclus.round;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.gesprekscyclus.cycle.AssessmentPolicy;
import nl.gesprekscyclus.cycle.RoundCalendar;

/**
 * A round as HR sees it on the round screen: its calendar, whom it was started for, how many reviews have
 * been started so far (the start runs in the background), and how many are in each phase; the assessment policy
 * it runs on, and the members who have no review because of it, each with the reason.
 */
public record RoundOverview(long id, int year, String status, RoundCalendar calendar, RoundSelection selection,
        int memberCount, long reviewsStarted, Map<String, Long> reviewsByPhase, String startedBy, Instant startedAt,
        Instant closedAt, AssessmentPolicy policy, List<NotStarted> notStarted) {

    /** A member of the round without a review, and why (in Dutch, as the round recorded it). */
    public record NotStarted(String personnelNumber, String name, String reason) {
    }
}
