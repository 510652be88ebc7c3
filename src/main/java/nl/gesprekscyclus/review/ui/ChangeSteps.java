package nl.gesprekscyclus.review.ui;

import java.util.List;
import java.util.Optional;
import nl.gesprekscyclus.review.AgreementChange;
import nl.gesprekscyclus.review.AgreementChangeProposal;
import nl.gesprekscyclus.review.AgreementChangeService;
import nl.gesprekscyclus.review.AgreementStatus;
import nl.gesprekscyclus.review.ChangeStatus;
import nl.gesprekscyclus.review.Party;
import nl.gesprekscyclus.review.ResultAgreement;
import nl.gesprekscyclus.review.ReviewDossier;

/**
 * Changing agreed agreements by mutual consent: one party proposes a change of an agreement, the other accepts
 * or rejects it. The service checks who may do what; this decides what to offer.
 */
class ChangeSteps {

    private final ReviewSteps steps;
    private final AgreementChangeService changes;

    ChangeSteps(ReviewSteps steps, AgreementChangeService changes) {
        this.steps = steps;
        this.changes = changes;
    }

    private ReviewDossier dossier() {
        return steps.dossier();
    }

    private String t(String key, Object... args) {
        return steps.t(key, args);
    }

    /**
     * The employee and the manager may propose a change once the agreements are agreed, until the assessment is
     * written, one proposal at a time. The service checks the same; this only decides whether to offer it.
     */
    boolean canPropose() {
        Party viewer = dossier().viewer();
        return (viewer == Party.EMPLOYEE || viewer == Party.MANAGER) && !dossier().review().getPhase().isFinished()
                && dossier().assessment() == null && openChange(dossier()).isEmpty()
                && dossier().resultAgreements().stream().anyMatch(a -> a.getStatus() == AgreementStatus.CURRENT);
    }

    /** The proposal waiting for a decision, if any: there is at most one at a time. */
    static Optional<AgreementChange> openChange(ReviewDossier dossier) {
        return dossier.changes().stream().filter(c -> c.getStatus() == ChangeStatus.OPEN).findFirst();
    }

    /** Who decides on a proposal of the viewer: the other party. */
    private String otherParty() {
        return steps.name(dossier().viewer() == Party.MANAGER ? dossier().employee() : dossier().manager());
    }

    void openProposeDialog(ResultAgreement current) {
        new AgreementChangeDialog(steps.resultAreas(), dossier().roles(), dossier().review().dates(), current, otherParty(), steps.locale(),
                this::propose).open();
    }

    void propose(AgreementChangeDialog dialog) {
        String lineage = dialog.editing().getLineage();
        steps.fromDialog(() -> changes.propose(steps.id(), new AgreementChangeProposal(List.of(
                new AgreementChangeProposal.ResultAgreementChange(lineage, dialog.data())), List.of()),
                dialog.reason.getValue()), dialog, "review.change.proposed", otherParty());
    }

    void confirmDecide(AgreementChangeDecisionForm form, boolean accept) {
        String prefix = accept ? "review.change.accept" : "review.change.reject";
        steps.confirm(t(prefix + ".title"), t(prefix + ".text"), t(prefix), !accept, () -> {
            form.errors.clear();
            if (steps.attempt(() -> changes.decide(form.change.getId(), accept, form.decisionReason.getValue()),
                    form)) {
                steps.done(prefix + ".done");
            }
        });
    }
}
