package nl.gesprekscyclus.review.ui;

import java.util.Optional;
import nl.gesprekscyclus.review.AgreementStatus;
import nl.gesprekscyclus.review.DevelopmentAgreement;
import nl.gesprekscyclus.review.PlanningService;
import nl.gesprekscyclus.review.ResultAgreement;
import nl.gesprekscyclus.review.ReviewDossier;
import nl.gesprekscyclus.review.ReviewTask;

/**
 * The planning steps of the review screen: writing the result and development agreements, handing them in,
 * setting them in the planning conversation, and the employee's akkoord or niet akkoord. Each final step comes
 * after a confirmation that says what it means and who is next.
 */
class PlanningSteps {

    private final ReviewSteps steps;
    private final PlanningService planning;

    PlanningSteps(ReviewSteps steps, PlanningService planning) {
        this.steps = steps;
        this.planning = planning;
    }

    private ReviewDossier dossier() {
        return steps.dossier();
    }

    private String t(String key, Object... args) {
        return steps.t(key, args);
    }

    // ---- result and development agreements

    /** The employee while drafting, the manager in the planning conversation. */
    boolean canEditAgreements() {
        return dossier().canDo(ReviewTask.DRAFT_AGREEMENTS) || dossier().canDo(ReviewTask.PLANNING_CONVERSATION);
    }

    void openAgreementDialog(ResultAgreement editing, String areaCode) {
        new AgreementDialog(steps.resultAreas(), dossier().roles(), dossier().review().dates(), editing, areaCode, steps.locale(),
                this::saveAgreement).open();
    }

    void saveAgreement(AgreementDialog dialog) {
        ResultAgreement editing = dialog.editing();
        steps.fromDialog(() -> planning.saveResultAgreement(steps.id(), editing == null ? null : editing.getId(),
                editing == null ? null : editing.getVersion(), dialog.data()), dialog, "review.agreement.saved");
    }

    void confirmRemove(ResultAgreement agreement) {
        steps.confirm(t("review.remove.title"), t("review.remove.text", agreement.data().description()),
                t("review.remove"), true,
                () -> steps.step(() -> planning.removeResultAgreement(steps.id(), agreement.getId()),
                        "review.remove.done"));
    }

    void openDevelopmentDialog(DevelopmentAgreement editing) {
        new AgreementDevelopmentDialog(editing, steps.locale(), this::saveDevelopment).open();
    }

    void saveDevelopment(AgreementDevelopmentDialog dialog) {
        DevelopmentAgreement editing = dialog.editing();
        steps.fromDialog(() -> planning.saveDevelopmentAgreement(steps.id(),
                editing == null ? null : editing.getId(), editing == null ? null : editing.getVersion(),
                dialog.data()), dialog, "review.development.saved");
    }

    // ---- the steps

    void confirmSubmitDrafts() {
        String to = dossier().coordinator() == null
                ? t("review.submit.toManager", steps.name(dossier().manager()))
                : t("review.submit.toBoth", steps.name(dossier().coordinator()), steps.name(dossier().manager()));
        steps.confirm(t("review.submit.title"), t("review.submit.text", draftCount(), developmentCount(), to),
                t("review.submit"), false, () -> steps.step(() -> planning.submitDrafts(steps.id()),
                        "review.submit.done"));
    }

    void confirmSetAgreements() {
        steps.confirm(t("review.set.title"), t("review.set.text", draftCount(), developmentCount(),
                steps.name(dossier().employee())), t("review.set"), false,
                () -> steps.step(() -> planning.setAgreements(steps.id()), "review.set.done"));
    }

    void confirmAgree() {
        steps.confirm(t("review.agree.title"), t("review.agree.text", draftCount(), developmentCount(),
                dossier().review().getYear()), t("review.agree.confirm"), false,
                () -> steps.step(() -> planning.agree(steps.id()), "review.agree.done"));
    }

    void openDisagreeDialog() {
        new PlanningDisagreeDialog(this::disagree).open();
    }

    void disagree(PlanningDisagreeDialog dialog) {
        steps.fromDialog(() -> planning.disagree(steps.id(), dialog.reason.getValue()), dialog,
                "review.disagree.done");
    }

    /** The result agreements in draft, one per lineage as the page shows them. */
    private long draftCount() {
        return ReviewAgreementsColumn.lineages(dossier().resultAgreements()).values().stream()
                .map(ReviewAgreementsColumn::shown).flatMap(Optional::stream)
                .filter(a -> a.getStatus() == AgreementStatus.DRAFT).count();
    }

    private long developmentCount() {
        return dossier().developmentAgreements().stream().filter(a -> a.getStatus() == AgreementStatus.DRAFT).count();
    }
}
