package nl.gesprekscyclus.review.ui;

import nl.gesprekscyclus.calibration.CalibrationService;
import nl.gesprekscyclus.calibration.ui.ReviewProposals;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;
import nl.gesprekscyclus.base.ui.ErrorNotifications;
import nl.gesprekscyclus.cycle.CycleSettings;
import nl.gesprekscyclus.review.AssessmentService;
import nl.gesprekscyclus.review.CoordinatorInputService;
import nl.gesprekscyclus.review.ReviewDossier;

/**
 * The assessment steps of the review screen: what each button of the assessment phase does, each final step
 * after a confirmation that says what it means. {@link ReviewSteps} supplies the review, the confirmation dialog
 * and the handling of refusals, so every step answers the same way as the planning and progress steps.
 */
class AssessmentSteps {

    private final ReviewSteps steps;
    private final AssessmentService assessment;
    private final CoordinatorInputService coordinatorInput;

    private final CalibrationService calibration;
    private final CycleSettings settings;

    AssessmentSteps(ReviewSteps steps, AssessmentService assessment, CoordinatorInputService coordinatorInput,
            CalibrationService calibration, CycleSettings settings) {
        this.calibration = calibration;
        this.settings = settings;
        this.steps = steps;
        this.assessment = assessment;
        this.coordinatorInput = coordinatorInput;
    }

    private ReviewDossier dossier() {
        return steps.dossier();
    }

    private long id() {
        return steps.id();
    }

    /**
     * What calibration sessions proposed for this review's overall judgement and the manager has not decided on yet
     * (issue 20, item 2): decided here before the hand-over; hidden when there is nothing to decide.
     */
    ReviewProposals calibrationProposals() {
        return new ReviewProposals(calibration, id(), settings.judgementLabels(locale()), steps::reload);
    }

    private String t(String key, Object... args) {
        return steps.t(key, args);
    }

    /** The screen's language, for the labels cycle.yaml gives in Dutch and English. */
    private static Locale locale() {
        return UI.getCurrent().getLocale();
    }

    /**
     * Saves every row that changed. A row the service refuses shows why next to its fields; the others are saved,
     * and nothing typed is lost.
     */
    boolean saveRows(AssessmentForm form) {
        boolean allSaved = true;
        for (AssessmentForm.Row row : List.copyOf(form.changedRows())) {
            boolean saved = steps.attempt(() -> {
                if (row instanceof AssessmentForm.ScoreRow s) {
                    row.savedVersion = assessment.scoreAgreement(id(), s.agreement.getLineage(), s.score.getValue(),
                            s.comment.getValue(), row.savedVersion).getVersion();
                } else if (row instanceof AssessmentForm.RatingRow r) {
                    row.savedVersion = assessment.rateCompetency(id(), r.expected.competency(), r.level.getValue(),
                            r.comment.getValue(), row.savedVersion).getVersion();
                }
            }, row);
            if (saved) {
                row.markSaved();
            }
            allSaved &= saved;
        }
        return allSaved;
    }

    /** "Opslaan": keeps the work in between; nothing is handed in. */
    void save(AssessmentForm form) {
        form.clearErrors();
        if (saveRows(form)) {
            ErrorNotifications.success(t("review.assess.saved"));
        }
    }

    void confirmSubmitSelf(AssessmentForm form) {
        String next = dossier().coordinator() == null ? steps.name(dossier().manager())
                : steps.name(dossier().coordinator()) + " " + t("review.assess.and") + " " + steps.name(dossier().manager());
        steps.confirm(t("review.self.submitTitle"), t("review.self.submitText", filled(form.scoreRows),
                form.scoreRows.size(), filled(form.ratingRows), form.ratingRows.size(), next),
                t("review.self.submit"), false, () -> {
                    form.clearErrors();
                    if (saveRows(form)) {
                        steps.step(() -> assessment.submitSelfAssessment(id()), "review.self.submitted");
                    }
                });
    }

    void confirmSubmitInformant(AssessmentForm form) {
        long inputs = dossier().coordinatorInputs().stream()
                .filter(i -> i.getPhase() == dossier().review().getPhase()).count();
        steps.confirm(t("review.informant.submitTitle"), t("review.informant.submitText", inputs,
                filled(form.ratingRows), steps.name(dossier().manager())), t("review.input.submit"), false, () -> {
                    form.clearErrors();
                    if (saveRows(form)) {
                        steps.step(() -> coordinatorInput.submitInput(id()), "review.input.submitted");
                    }
                });
    }

    /**
     * What happens after the manager's step, naming who gets the next one: the second assessor when the policy
     * has one, then the employee.
     */
    private String thenHandOver() {
        return dossier().secondAssessor() == null ? t("review.assess.thenEmployee", steps.name(dossier().employee()))
                : t("review.assess.thenSecond", steps.name(dossier().secondAssessor()), steps.name(dossier().employee()));
    }

    void confirmWrite(AssessmentForm form) {
        CycleSettings.Judgement j = form.judgement.select.getValue();
        String judgement = j == null ? t("review.assess.noJudgement")
                : t("review.assess.judgementWith", j.label(locale()), j.consequence(locale()));
        String then = j != null && Boolean.TRUE.equals(j.hrAdviceRequired()) ? t("review.assess.thenHr")
                : thenHandOver();
        steps.confirm(t("review.assess.writeTitle"), t("review.assess.writeText", judgement, then),
                t("review.assess.write"), false, () -> {
                    form.clearErrors();
                    if (saveRows(form) && steps.attempt(() -> assessment.writeAssessment(id(), form.judgement.code(),
                            form.reasons.getValue()), form)) {
                        steps.done("review.assess.written");
                    }
                });
    }

    /** HR may read the review only while advising: after the advice, HR goes back to the task list. */
    void confirmAdvice(AssessmentAdviceForm form) {
        String employee = steps.name(dossier().employee());
        steps.confirm(t("review.advice.title"), t("review.advice.text", steps.name(dossier().manager()), employee,
                t(dossier().hrAdviceToEmployee() ? "review.advice.employeeReads" : "review.advice.employeeDoesNotRead",
                        employee)), t("review.advice.submit"), false, () -> {
                    form.errors.clear();
                    if (steps.attempt(() -> assessment.giveHrAdvice(id(), form.advice.getValue()), form)) {
                        ErrorNotifications.success(t("review.advice.done"));
                        steps.navigate(TasksView.class);
                    }
                });
    }

    /** The manager has read HR's advice: keeps or changes the judgement, then the assessment goes on. */
    void confirmWeigh(AssessmentWeighForm form) {
        String what = form.isChanged()
                ? t("review.decide.toChanged", form.judgement.select.getValue() == null ? "?"
                        : form.judgement.select.getValue().label())
                : t("review.decide.toKept");
        steps.confirm(t("review.weigh.title"), t("review.weigh.text", what, thenHandOver()), t("review.weigh.submit"),
                false, () -> {
                    form.errors.clear();
                    if (steps.attempt(() -> assessment.weighHrAdvice(id(), form.isChanged(), form.judgement.code(),
                            form.reasons.getValue()), form)) {
                        steps.done("review.weigh.done");
                    }
                });
    }

    /** The second assessor agrees or comments; the assessment then goes to the employee. */
    void confirmSecondOpinion(SecondOpinionForm form) {
        String employee = steps.name(dossier().employee());
        steps.confirm(t("review.second.title"), t(form.isAgreed() ? "review.second.agreeText" : "review.second.remarkText",
                steps.name(dossier().manager()), employee), t("review.second.submit"), false, () -> {
                    form.errors.clear();
                    if (steps.attempt(() -> assessment.giveSecondOpinion(id(), form.isAgreed(),
                            form.comment.getValue()), form)) {
                        steps.done("review.second.done");
                    }
                });
    }

    void confirmRespond(AssessmentResponseForm form) {
        steps.confirm(t("review.respond.title"), t(form.conversation.getValue() ? "review.respond.textWithConversation"
                : "review.respond.confirmText", steps.name(dossier().manager())), t("review.respond.submit"), false,
                () -> {
                    form.errors.clear();
                    if (steps.attempt(() -> assessment.respond(id(), form.text.getValue(),
                            form.conversation.getValue()), form)) {
                        steps.done("review.respond.done");
                    }
                });
    }

    void confirmNoResponse() {
        steps.confirm(t("review.respond.noneTitle"), t("review.respond.noneText"), t("review.respond.none"), false,
                () -> steps.step(() -> assessment.noResponse(id()), "review.respond.noneDone"));
    }

    void confirmDecide(AssessmentDecisionForm form) {
        String what = form.isChanged()
                ? t("review.decide.toChanged", form.judgement.select.getValue() == null ? "?"
                        : form.judgement.select.getValue().label(locale()))
                : t("review.decide.toKept");
        steps.confirm(t("review.decide.title"), t("review.decide.text", what, steps.name(dossier().employee())),
                t("review.decide.submit"), false, () -> {
                    form.errors.clear();
                    if (steps.attempt(() -> assessment.decideOnResponse(id(), form.isChanged(), form.judgement.code(),
                            form.reasons.getValue()), form)) {
                        steps.done("review.decide.done");
                    }
                });
    }

    /**
     * Signing for "voor gezien" is easily mistaken for agreeing: the dialog says what it means, and who signs off
     * after it.
     */
    void confirmAcknowledge() {
        steps.confirm(t("review.acknowledge.title"), t(dossier().response() == null ? "review.acknowledge.text"
                : "review.acknowledge.textWithResponse", steps.name(dossier().signer())),
                t("review.acknowledge.confirm"), false,
                () -> steps.step(() -> assessment.acknowledge(id()), "review.acknowledge.done"));
    }

    /** The manager signs off; a signer the policy names instead stelt de beoordeling vast. */
    void confirmSignOff() {
        boolean other = dossier().signedOffByOther();
        steps.confirm(t(other ? "review.signOff.otherTitle" : "review.signOff.title") + (other ? "?" : ""),
                other ? t("review.signOff.otherText", steps.name(dossier().employee()), steps.name(dossier().manager()))
                        : t("review.signOff.text", steps.name(dossier().employee())),
                t(other ? "review.signOff.otherConfirm" : "review.signOff.confirm"), false,
                () -> steps.step(() -> assessment.signOff(id()), other ? "review.signOff.otherDone"
                        : "review.signOff.done"));
    }

    private static long filled(List<? extends AssessmentForm.Row> rows) {
        return rows.stream().filter(r -> r.select.getValue() != null).count();
    }
}
