package nl.gesprekscyclus.cycle;

import java.util.List;

/**
 * Feedback from colleagues (issue 19, item 2), the {@code feedback} section of {@code config/cycle.yaml}: how many
 * colleagues one request may ask, and how many anonymous answers must have come in before any of them is shown
 * (fewer could be told apart by whoever knows whom they asked). A missing section or key means the default.
 *
 * @param maximumAskees    colleagues per request, at most
 * @param anonymousMinimum anonymous answers needed before they are shown, aggregated
 */
public record FeedbackSettings(Integer maximumAskees, Integer anonymousMinimum) {

    public static final FeedbackSettings DEFAULTS = new FeedbackSettings(8, 3);

    public FeedbackSettings {
        maximumAskees = maximumAskees == null ? 8 : maximumAskees;
        anonymousMinimum = anonymousMinimum == null ? 3 : anonymousMinimum;
    }

    /**
     * Fewer than two anonymous answers shown together is one person's answer with a name-shaped hole; a request must
     * be able to reach the minimum, so it is at most the maximum.
     */
    static void validate(FeedbackSettings f, List<String> problems) {
        if (f.maximumAskees() < 1 || f.maximumAskees() > 50) {
            problems.add("feedback.maximumAskees: must be between 1 and 50 (got " + f.maximumAskees() + ")");
        }
        if (f.anonymousMinimum() < 2 || f.anonymousMinimum() > 20) {
            problems.add("feedback.anonymousMinimum: must be between 2 and 20 (got " + f.anonymousMinimum() + ")");
        } else if (f.anonymousMinimum() > f.maximumAskees()) {
            problems.add("feedback.anonymousMinimum: must not be more than feedback.maximumAskees ("
                    + f.maximumAskees() + ")");
        }
    }
}
