package nl.gesprekscyclus.review.ui;

import nl.gesprekscyclus.base.ui.ErrorNotifications;
import nl.gesprekscyclus.review.ProgressService;
import nl.gesprekscyclus.review.ReviewDossier;

/**
 * The progress steps of the review screen: the employee's self-reflection, saved per agreement and then handed
 * in, and the manager's record of the voortgangsgesprek.
 */
class ProgressSteps {

    private final ReviewSteps steps;
    private final ProgressService progress;

    ProgressSteps(ReviewSteps steps, ProgressService progress) {
        this.steps = steps;
        this.progress = progress;
    }

    /** Saves one agreement's reflection; the rest of what the employee typed stays on the screen. */
    void reflect(ProgressReflectionForm.Row row) {
        if (steps.attempt(() -> progress.reflect(steps.id(), row.agreement.getLineage(), row.status.getValue(),
                row.text.getValue()), row)) {
            row.markSaved(true);
            ErrorNotifications.success(steps.t("review.progress.saved"));
        }
    }

    void confirmSubmitReflection(ProgressReflectionForm form) {
        ReviewDossier dossier = steps.dossier();
        String next = steps.name(dossier.coordinator() == null ? dossier.manager() : dossier.coordinator());
        steps.confirm(steps.t("review.progress.submitTitle"), steps.t("review.progress.submitText",
                form.savedCount(), form.rows.size(), next), steps.t("review.progress.submit"), false,
                () -> steps.step(() -> progress.submitReflection(steps.id()), "review.progress.submitted"));
    }

    void confirmRecordConversation(ProgressConversationForm form) {
        steps.confirm(steps.t("review.progress.recordTitle"),
                steps.t("review.progress.recordText", steps.name(steps.dossier().employee())),
                steps.t("review.progress.record"), false, () -> {
                    form.errors.clear();
                    if (steps.attempt(() -> progress.recordConversation(steps.id(), form.conversationDate.getValue(),
                            form.report.getValue()), form)) {
                        steps.done("review.progress.recorded");
                    }
                });
    }
}
