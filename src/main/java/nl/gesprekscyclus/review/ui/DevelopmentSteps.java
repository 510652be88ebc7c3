package nl.gesprekscyclus.review.ui;

import nl.gesprekscyclus.review.DevelopmentService;

/**
 * The development conversation's steps on the review screen (issue 19): the employee's preparation, the manager's
 * record and signature, the employee's "voor gezien". Each is confirmed first, since each is final.
 */
class DevelopmentSteps {

    private final ReviewSteps steps;
    private final DevelopmentService development;

    DevelopmentSteps(ReviewSteps steps, DevelopmentService development) {
        this.steps = steps;
        this.development = development;
    }

    void confirmPrepare(DevelopmentForm form) {
        steps.confirm(steps.t("review.development.prepareTitle"),
                steps.t("review.development.prepareText", steps.name(steps.dossier().manager())),
                steps.t("review.development.prepare"), false,
                () -> attempt(form, () -> development.prepare(steps.id(), form.preparation.getValue()),
                        "review.development.prepared"));
    }

    void confirmRecord(DevelopmentForm form) {
        steps.confirm(steps.t("review.development.recordTitle"),
                steps.t("review.development.recordText", steps.name(steps.dossier().employee())),
                steps.t("review.development.record"), false,
                () -> attempt(form, () -> development.record(steps.id(), form.conversationDate.getValue(),
                        form.lookingBack.getValue(), form.developmentAgreements.getValue(),
                        form.ownContribution.getValue()), "review.development.recorded"));
    }

    void confirmAcknowledge(DevelopmentForm form) {
        steps.confirm(steps.t("review.development.acknowledgeTitle"), steps.t("review.development.acknowledgeText"),
                steps.t("review.development.acknowledge"), false,
                () -> attempt(form, () -> development.acknowledge(steps.id(), form.employeeComment.getValue()),
                        "review.development.acknowledged"));
    }

    private void attempt(DevelopmentForm form, Runnable call, String doneKey) {
        form.errors.clear();
        if (steps.attempt(call, form)) {
            steps.done(doneKey);
        }
    }
}
