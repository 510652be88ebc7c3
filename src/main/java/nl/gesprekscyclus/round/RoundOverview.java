package nl.gesprekscyclus.round;

import java.time.Instant;
import java.util.Map;
import nl.gesprekscyclus.cycle.RoundCalendar;

/**
 * A round as HR sees it on the round screen: its calendar, whom it was started for, how many reviews have
 * been started so far (the start runs in the background), and how many are in each phase.
 */
public record RoundOverview(long id, int year, String status, RoundCalendar calendar, RoundSelection selection,
        int memberCount, long reviewsStarted, Map<String, Long> reviewsByPhase, String startedBy, Instant startedAt,
        Instant closedAt) {

}
