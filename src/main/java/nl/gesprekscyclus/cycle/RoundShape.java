package nl.gesprekscyclus.cycle;

import java.util.List;

/**
 * The shape of one year's round, resolved from {@link CycleShape} when the round starts and kept on the round: the
 * dates of its progress conversations, whether the year ends with a formal assessment (else a development
 * conversation), and whether feedback rounds are offered. Reviews follow the round's shape, never the live file.
 *
 * @param progressWindows one to four windows, in order, the first numbered 1
 */
public record RoundShape(List<RoundCalendar.Phase> progressWindows, boolean formalAssessment, boolean feedbackRounds) {

    public RoundShape {
        if (progressWindows == null || progressWindows.isEmpty()
                || progressWindows.size() > CycleShape.MAX_PROGRESS_CONVERSATIONS) {
            throw new IllegalArgumentException("1 to " + CycleShape.MAX_PROGRESS_CONVERSATIONS
                    + " progress windows, got " + progressWindows);
        }
        progressWindows = List.copyOf(progressWindows);
    }

    /** Today's cycle (and every round from before issue 19): one conversation in the progress phase, an assessment. */
    public static RoundShape single(RoundCalendar calendar) {
        return new RoundShape(List.of(calendar.progress()), true, false);
    }

    /**
     * The shape of config/cycle.yaml for the round of {@code calendar}. Without configured conversations the one
     * window is the round's own progress phase (as HR set it when starting the round); configured windows are placed
     * in the round's year.
     */
    public static RoundShape of(CycleShape shape, RoundCalendar calendar) {
        List<RoundCalendar.Phase> windows = shape.progressConversations() == null ? List.of(calendar.progress())
                : shape.progressConversations().stream().map(w -> RoundCalendar.phase(w, calendar.year())).toList();
        return new RoundShape(windows, shape.formalAssessmentIn(calendar.year()), shape.feedbackRounds());
    }

    public int progressConversations() {
        return progressWindows.size();
    }

    /** Conversation {@code number} (1-based). */
    public RoundCalendar.Phase progressWindow(int number) {
        return progressWindows.get(number - 1);
    }
}
