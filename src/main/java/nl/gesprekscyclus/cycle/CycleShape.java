package nl.gesprekscyclus.cycle;

import java.time.MonthDay;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The shape of the municipality's cycle (issue 19), the {@code cycleShape} section of {@code config/cycle.yaml}: how
 * many progress conversations there are and when, whether the year ends with a formal assessment or a development
 * conversation (ontwikkelgesprek), and whether feedback rounds are offered before the assessment. Kept as written, like
 * {@link AssessmentPolicy}; a round resolves it for its year ({@link RoundShape}) and keeps that, so a change here
 * applies to the next round. A missing section means today's cycle: one progress conversation in
 * {@code calendar.progress}, an assessment every year, no feedback round.
 *
 * @param progressConversations 1 to 4 windows (month-day), in order, not overlapping, each inside
 *     {@code calendar.progress}; none given means one, {@code calendar.progress} itself
 * @param formalAssessment {@code everyYear}, {@code everyOtherYear} or {@code never}
 * @param assessmentYears with {@code everyOtherYear}: {@code even} or {@code odd}, the round years that have the
 *     assessment (the others end with a development conversation)
 * @param feedbackRounds whether colleagues can be asked for feedback before the assessment
 */
public record CycleShape(List<CycleSettings.Window> progressConversations, String formalAssessment,
        String assessmentYears, Boolean feedbackRounds) {

    public static final int MAX_PROGRESS_CONVERSATIONS = 4;

    public static final CycleShape DEFAULTS = new CycleShape(null, null, null, null);

    public CycleShape {
        // null (the key left out) means today's one window; an empty list is a mistake the reader names
        progressConversations = progressConversations == null ? null
                : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(progressConversations));
        formalAssessment = formalAssessment == null ? Frequency.EVERY_YEAR.written : formalAssessment.strip();
        assessmentYears = assessmentYears == null ? Parity.EVEN.written : assessmentYears.strip();
        feedbackRounds = feedbackRounds != null && feedbackRounds;
    }

    /** How often the year ends with a formal assessment (beoordeling) instead of a development conversation. */
    public enum Frequency {
        EVERY_YEAR("everyYear"),
        /** in the round years of {@link #assessmentYears} */
        EVERY_OTHER_YEAR("everyOtherYear"),
        /** every year ends with a development conversation */
        NEVER("never");

        final String written;

        Frequency(String written) {
            this.written = written;
        }
    }

    /** Which round years have the assessment when it is every other year. */
    public enum Parity {
        EVEN("even"),
        ODD("odd");

        final String written;

        Parity(String written) {
            this.written = written;
        }
    }

    public Frequency frequency() {
        return Arrays.stream(Frequency.values()).filter(f -> f.written.equals(formalAssessment)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unchecked cycleShape.formalAssessment"));
    }

    /**
     * Whether the round of this year ends with a formal assessment. Every other year goes by the round's year
     * (even or odd, as written), not by each employee's last assessment: one rule for the whole round, which
     * everyone can read off the calendar and which a late joiner or a moved employee cannot shift.
     */
    public boolean formalAssessmentIn(int year) {
        return switch (frequency()) {
            case EVERY_YEAR -> true;
            case NEVER -> false;
            case EVERY_OTHER_YEAR -> (Math.floorMod(year, 2) == 0) == Parity.EVEN.written.equals(assessmentYears);
        };
    }

    /**
     * What is wrong with the section, each problem with its field (for {@link CycleSettingsReader}).
     *
     * @param progressPhase {@code calendar.progress} as checked, or null when that is itself wrong
     */
    static void validate(CycleShape s, MonthDay[] progressPhase, List<String> problems) {
        List<CycleSettings.Window> windows = s.progressConversations() == null ? List.of() : s.progressConversations();
        String path = "cycleShape.progressConversations";
        if (s.progressConversations() != null && windows.isEmpty()) {
            problems.add(path + ": give 1 to " + MAX_PROGRESS_CONVERSATIONS + " windows, or leave the key out for one"
                    + " conversation in calendar.progress");
        }
        if (windows.size() > MAX_PROGRESS_CONVERSATIONS) {
            problems.add(path + ": at most " + MAX_PROGRESS_CONVERSATIONS + " progress conversations (got "
                    + windows.size() + ")");
        }
        MonthDay previousEnd = null;
        for (int i = 0; i < windows.size(); i++) {
            String at = path + "[" + i + "]";
            MonthDay[] w = CycleSettingsReader.window(problems, at, windows.get(i));
            if (w == null) {
                previousEnd = null;
                continue;
            }
            if (progressPhase != null && (w[0].isBefore(progressPhase[0]) || w[1].isAfter(progressPhase[1]))) {
                problems.add(at + ": must lie within calendar.progress (" + progressPhase[0].format(
                        CycleSettingsReader.MONTH_DAY) + " to " + progressPhase[1].format(CycleSettingsReader.MONTH_DAY)
                        + ")");
            }
            if (previousEnd != null && !previousEnd.isBefore(w[0])) {
                problems.add(at + ".start: must come after the end of the conversation before it ("
                        + previousEnd.format(CycleSettingsReader.MONTH_DAY) + "); windows are in order and do not"
                        + " overlap");
            }
            previousEnd = w[1];
        }
        if (Arrays.stream(Frequency.values()).noneMatch(f -> f.written.equals(s.formalAssessment()))) {
            problems.add("cycleShape.formalAssessment: '" + s.formalAssessment() + "' is not one of "
                    + Arrays.stream(Frequency.values()).map(f -> f.written).collect(Collectors.joining(", ")));
        }
        if (Arrays.stream(Parity.values()).noneMatch(p -> p.written.equals(s.assessmentYears()))) {
            problems.add("cycleShape.assessmentYears: '" + s.assessmentYears() + "' is not one of "
                    + Arrays.stream(Parity.values()).map(p -> p.written).collect(Collectors.joining(", ")));
        }
    }
}
