package nl.gesprekscyclus.monitoring;

import java.time.LocalDate;
import java.util.Map;
import nl.gesprekscyclus.review.ReviewPhase;

/**
 * Completion over time of one round: for each phase, how many reviews had finished it by the end of each
 * week since the planning window opened (week 0 = its first seven days). A phase is finished when its work is
 * done (its phase process ended), which can be weeks before the next phase's window opens.
 *
 * @param finishedByWeek per phase of the round (in order: the assessment or the development conversation last),
 *     cumulative counts; index = week number, length = weeks shown
 */
public record CompletionSeries(int year, LocalDate planningStart, Map<ReviewPhase, long[]> finishedByWeek) {

    public int weeks() {
        return finishedByWeek.values().stream().mapToInt(a -> a.length).max().orElse(0);
    }

    /** The round's phases, in the order of the year. */
    public java.util.List<ReviewPhase> phases() {
        return finishedByWeek.keySet().stream().sorted().toList();
    }

    public long finished(ReviewPhase phase, int week) {
        long[] series = finishedByWeek.get(phase);
        if (series == null || series.length == 0) {
            return 0;
        }
        return series[Math.min(week, series.length - 1)];
    }
}
