package nl.gesprekscyclus.review.ui;

import java.util.function.Supplier;
import nl.gesprekscyclus.feedback.ui.FeedbackSection;
import nl.gesprekscyclus.review.FeedbackRoundService;

/**
 * The buttons of the feedback round (issue 19): "Feedback vragen" opens the section's own dialog, so a request is
 * asked the same way wherever it starts; "Geen feedbackronde" asks for a confirmation first.
 */
class FeedbackRoundSteps {

    private final ReviewSteps steps;
    private final FeedbackRoundService service;
    private final Supplier<FeedbackSection> section;

    FeedbackRoundSteps(ReviewSteps steps, FeedbackRoundService service, Supplier<FeedbackSection> section) {
        this.steps = steps;
        this.service = service;
        this.section = section;
    }

    void ask() {
        FeedbackSection feedback = section.get();
        if (feedback != null) {
            feedback.openAskDialog();
        }
    }

    void confirmSkip() {
        steps.confirm(steps.t("review.feedbackRound.skipTitle"), steps.t("review.feedbackRound.skipText"),
                steps.t("review.feedbackRound.skip"), false,
                () -> steps.step(() -> service.skip(steps.id()), "review.feedbackRound.skipped"));
    }
}
