package nl.gesprekscyclus.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import nl.gesprekscyclus.cycle.RoundCalendar;
import nl.gesprekscyclus.cycle.RoundShape;

/**
 * The progress conversations of one review: the round's windows ({@link RoundShape}) fitted to the review's own
 * progress dates, and their written form (kept on the review and handed to its process, so a running review keeps
 * the conversations it started with).
 */
public final class ProgressConversations {

    private ProgressConversations() {
    }

    /**
     * The review's conversations, in order. A review that starts late (a joiner) leaves out the conversations whose
     * window had closed before its progress could start, but always keeps the last one. Each conversation starts no
     * earlier than the one before is due and, when it starts late, gets at least
     * {@link ReviewDatesPlanner#GRACE_DAYS}, within the review's progress dates: the first starts no earlier than the
     * review's progress start, none is due after the review's progress due date (so the assessment's dates stay as
     * planned), and the last is due then. With one window that is exactly the review's progress dates, as before.
     */
    public static List<RoundCalendar.Phase> plan(RoundShape shape, ReviewDates dates) {
        List<RoundCalendar.Phase> windows = new ArrayList<>(shape.progressWindows().stream()
                .filter(w -> !w.end().isBefore(dates.progressStart())).toList());
        if (windows.isEmpty()) {
            windows.add(shape.progressWindows().get(shape.progressWindows().size() - 1));
        }
        List<RoundCalendar.Phase> planned = new ArrayList<>();
        LocalDate earliest = dates.progressStart();
        for (int i = 0; i < windows.size(); i++) {
            RoundCalendar.Phase window = windows.get(i);
            boolean last = i == windows.size() - 1;
            LocalDate start = max(window.start(), earliest);
            // a conversation that starts late (a joiner, or the one before ran over) gets the grace; one that starts
            // on time keeps the window the municipality chose, however short
            LocalDate onTime = start.isAfter(window.start())
                    ? max(window.end(), start.plusDays(ReviewDatesPlanner.GRACE_DAYS)) : window.end();
            LocalDate due = last ? dates.progressDue() : min(onTime, dates.progressDue());
            if (start.isAfter(due)) {
                start = due;
            }
            planned.add(new RoundCalendar.Phase(start, due));
            earliest = due.plusDays(1);
            if (earliest.isAfter(dates.progressDue())) {
                break; // no room left: the rest of the windows fold into this conversation
            }
        }
        return planned;
    }

    /** "2070-06-01/2070-06-30,2070-09-01/2070-09-30". */
    public static String write(List<RoundCalendar.Phase> conversations) {
        return conversations.stream().map(c -> c.start() + "/" + c.end()).collect(Collectors.joining(","));
    }

    public static List<RoundCalendar.Phase> read(String written) {
        return Arrays.stream(written.split(",")).map(c -> c.split("/"))
                .map(c -> new RoundCalendar.Phase(LocalDate.parse(c[0]), LocalDate.parse(c[1]))).toList();
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
