package nl.gesprekscyclus.review.ui;

import nl.gesprekscyclus.review.CoordinatorInputService;
import nl.gesprekscyclus.review.ReviewDossier;

/**
 * The coordinator's steps in planning and progress: adding input about an agreement, a competency or in general,
 * and handing it to the manager. (In the assessment the coordinator's ratings are handed in through
 * {@link AssessmentSteps}.)
 */
class InputSteps {

    private final ReviewSteps steps;
    private final CoordinatorInputService coordinatorInput;

    InputSteps(ReviewSteps steps, CoordinatorInputService coordinatorInput) {
        this.steps = steps;
        this.coordinatorInput = coordinatorInput;
    }

    void add(PlanningInputForm form) {
        PlanningInputForm.Subject about = form.about.getValue();
        boolean added = steps.attempt(() -> coordinatorInput.addInput(steps.id(),
                about == null ? null : about.lineage(), about == null ? null : about.competency(),
                form.text.getValue()), form);
        if (added) {
            steps.done("review.input.added");
        }
    }

    void confirmSubmit() {
        ReviewDossier dossier = steps.dossier();
        long mine = dossier.coordinatorInputs().stream().filter(i -> i.getPhase() == dossier.review().getPhase())
                .count();
        steps.confirm(steps.t("review.input.submitTitle"), steps.t("review.input.submitText", mine,
                steps.name(dossier.manager())), steps.t("review.input.submit"), false,
                () -> steps.step(() -> coordinatorInput.submitInput(steps.id()), "review.input.submitted"));
    }
}
