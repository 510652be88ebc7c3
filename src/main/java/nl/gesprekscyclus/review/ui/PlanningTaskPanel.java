package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.gesprekscyclus.organisation.Violation;
import nl.gesprekscyclus.review.ChangeStatus;
import nl.gesprekscyclus.review.Disagreement;
import nl.gesprekscyclus.review.ReviewDossier;
import nl.gesprekscyclus.review.ReviewTask;

/**
 * "Wat u nu kunt doen": the viewer's open steps of this review with their buttons. Planning, progress and
 * assessment steps are done here (indienen, vaststellen, akkoord / niet akkoord, the coordinator's input; the
 * self-reflection and the voortgangsgesprek; zelfbeoordeling, beoordeling, advies P&O and the manager's weighing of
 * it, the second assessor's opinion, zienswijze, besluit, voor gezien and ondertekenen or vaststellen; deciding on a
 * proposed change of agreements). Rules about
 * the whole set of agreements (weights, at least one agreement) are shown at the top of this panel.
 */
class PlanningTaskPanel extends Section implements ReviewFeedback {

    final Div errors = new Div();
    Button submitDrafts;
    Button setAgreements;
    Button agree;
    Button disagree;
    Button submitInput;
    PlanningInputForm inputForm;
    ProgressReflectionForm reflectionForm;
    Button submitReflection;
    ProgressConversationForm conversationForm;
    Button recordConversation;
    AssessmentForm assessmentForm;
    Button saveAssessment;
    Button submitSelfAssessment;
    Button submitInformant;
    Button writeAssessment;
    AssessmentAdviceForm adviceForm;
    Button giveAdvice;
    AssessmentWeighForm weighForm;
    Button weigh;
    SecondOpinionForm secondForm;
    Button giveSecondOpinion;
    AssessmentResponseForm responseForm;
    Button respond;
    Button noResponse;
    AssessmentDecisionForm decisionForm;
    Button decide;
    Button acknowledge;
    Button signOff;
    AgreementChangeDecisionForm changeDecision;
    Button acceptChange;
    Button rejectChange;

    PlanningTaskPanel(ReviewView view, ReviewDossier dossier, ZoneId zone, Locale locale) {
        addClassName("review-todo");
        setId("review-todo");
        add(new H2(getTranslation("review.todo")));
        errors.addClassName("review-errors");
        errors.setId("review-errors");
        errors.getElement().setAttribute("role", "alert");
        errors.setVisible(false);
        add(errors);

        List<ReviewTask> tasks = dossier.myOpenTasks().stream().sorted(Comparator.comparingInt(Enum::ordinal)).toList();
        if (tasks.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation(dossier.review().getPhase().isFinished()
                    ? "review.todo.finished" : "review.todo.none"));
            none.addClassName("review-todo-none");
            add(none);
            addClassName("review-todo-empty");
            return;
        }
        for (ReviewTask task : tasks) {
            Div step = new Div();
            step.addClassName("review-task");
            step.getElement().setAttribute("data-task", task.name());
            // a signer who is not the manager stelt vast (namens het college): the step says so
            step.add(new H3(getTranslation(task == ReviewTask.SIGN_OFF && dossier.signedOffByOther()
                    ? "review.signOff.otherTitle" : "task." + task.name())));
            Div buttons = new Div();
            buttons.addClassName("review-task-buttons");
            switch (task) {
                case DRAFT_AGREEMENTS -> {
                    step.add(new Paragraph(getTranslation("review.todo.DRAFT_AGREEMENTS")));
                    submitDrafts = primary("review.submit", VaadinIcon.PAPERPLANE, "review-submit");
                    submitDrafts.addClickListener(e -> view.planningSteps.confirmSubmitDrafts());
                    buttons.add(submitDrafts);
                }
                case PLANNING_CONVERSATION -> {
                    step.add(new Paragraph(getTranslation("review.todo.PLANNING_CONVERSATION")));
                    dossier.disagreements().stream().max(Comparator.comparing(Disagreement::getCreatedAt))
                            .ifPresent(d -> step.add(disagreement(d, zone, locale)));
                    setAgreements = primary("review.set", VaadinIcon.CHECK, "review-set");
                    setAgreements.addClickListener(e -> view.planningSteps.confirmSetAgreements());
                    buttons.add(setAgreements);
                }
                case AGREE_AGREEMENTS -> {
                    step.add(new Paragraph(getTranslation("review.todo.AGREE_AGREEMENTS")));
                    agree = primary("review.agree", VaadinIcon.CHECK, "review-agree");
                    agree.addClickListener(e -> view.planningSteps.confirmAgree());
                    disagree = new Button(getTranslation("review.disagree"), VaadinIcon.CLOSE_SMALL.create());
                    disagree.setId("review-disagree");
                    disagree.addClickListener(e -> view.planningSteps.openDisagreeDialog());
                    buttons.add(agree, disagree);
                }
                case PLANNING_INPUT, PROGRESS_INPUT -> {
                    step.add(new Paragraph(getTranslation(task == ReviewTask.PLANNING_INPUT
                            ? "review.todo.PLANNING_INPUT" : "review.progress.todo.PROGRESS_INPUT")));
                    inputForm = new PlanningInputForm(dossier, view.inputSteps::add);
                    step.add(inputForm);
                    submitInput = primary("review.input.submit", VaadinIcon.CHECK, "review-input-submit");
                    submitInput.addClickListener(e -> view.inputSteps.confirmSubmit());
                    buttons.add(submitInput);
                }
                case SELF_REFLECTION -> {
                    step.add(new Paragraph(getTranslation("review.progress.todo.SELF_REFLECTION")));
                    reflectionForm = new ProgressReflectionForm(dossier, view.progressSteps::reflect);
                    step.add(reflectionForm);
                    submitReflection = primary("review.progress.submit", VaadinIcon.PAPERPLANE,
                            "review-reflection-submit");
                    submitReflection.addClickListener(e -> view.progressSteps.confirmSubmitReflection(reflectionForm));
                    buttons.add(submitReflection);
                }
                case PROGRESS_CONVERSATION -> {
                    step.add(new Paragraph(getTranslation("review.progress.todo.PROGRESS_CONVERSATION")));
                    conversationForm = new ProgressConversationForm(dossier, zone, locale);
                    step.add(conversationForm);
                    recordConversation = primary("review.progress.record", VaadinIcon.CHECK,
                            "review-conversation-record");
                    recordConversation.addClickListener(e -> view.progressSteps.confirmRecordConversation(conversationForm));
                    buttons.add(recordConversation);
                }
                case SELF_ASSESSMENT -> {
                    step.add(new Paragraph(getTranslation("review.todo.SELF_ASSESSMENT")));
                    assessmentForm = new AssessmentForm(dossier, view.settings(), AssessmentForm.Mode.SELF);
                    step.add(assessmentForm);
                    saveAssessment = secondary("review.assess.save", "review-self-save");
                    saveAssessment.addClickListener(e -> view.assessmentSteps.save(assessmentForm));
                    submitSelfAssessment = primary("review.self.submit", VaadinIcon.PAPERPLANE, "review-self-submit");
                    submitSelfAssessment.addClickListener(e -> view.assessmentSteps.confirmSubmitSelf(assessmentForm));
                    buttons.add(saveAssessment, submitSelfAssessment);
                }
                case INFORMANT_INPUT -> {
                    step.add(new Paragraph(getTranslation("review.todo.INFORMANT_INPUT")));
                    inputForm = new PlanningInputForm(dossier, added -> {
                        // the screen is shown again after adding: first keep the observed levels chosen so far
                        if (view.assessmentSteps.saveRows(assessmentForm)) {
                            view.inputSteps.add(added);
                        }
                    });
                    assessmentForm = new AssessmentForm(dossier, view.settings(), AssessmentForm.Mode.INFORMANT);
                    step.add(inputForm, assessmentForm);
                    saveAssessment = secondary("review.assess.save", "review-informant-save");
                    saveAssessment.addClickListener(e -> view.assessmentSteps.save(assessmentForm));
                    submitInformant = primary("review.input.submit", VaadinIcon.CHECK, "review-informant-submit");
                    submitInformant.addClickListener(e -> view.assessmentSteps.confirmSubmitInformant(assessmentForm));
                    buttons.add(saveAssessment, submitInformant);
                }
                case WRITE_ASSESSMENT -> {
                    step.add(new Paragraph(getTranslation("review.todo.WRITE_ASSESSMENT")));
                    assessmentForm = new AssessmentForm(dossier, view.settings(), AssessmentForm.Mode.MANAGER);
                    step.add(assessmentForm);
                    saveAssessment = secondary("review.assess.save", "review-assessment-save");
                    saveAssessment.addClickListener(e -> view.assessmentSteps.save(assessmentForm));
                    writeAssessment = primary("review.assess.write", VaadinIcon.CHECK, "review-assessment-write");
                    writeAssessment.addClickListener(e -> view.assessmentSteps.confirmWrite(assessmentForm));
                    buttons.add(saveAssessment, writeAssessment);
                }
                case HR_ADVICE -> {
                    step.add(new Paragraph(getTranslation("review.todo.HR_ADVICE")));
                    adviceForm = new AssessmentAdviceForm(dossier.hrAdviceToEmployee());
                    step.add(adviceForm);
                    giveAdvice = primary("review.advice.submit", VaadinIcon.CHECK, "review-hr-advice-submit");
                    giveAdvice.addClickListener(e -> view.assessmentSteps.confirmAdvice(adviceForm));
                    buttons.add(giveAdvice);
                }
                case WEIGH_HR_ADVICE -> {
                    step.add(new Paragraph(getTranslation("review.todo.WEIGH_HR_ADVICE")));
                    weighForm = new AssessmentWeighForm(dossier, view.settings());
                    step.add(weighForm);
                    weigh = primary("review.weigh.submit", VaadinIcon.CHECK, "review-weigh-submit");
                    weigh.addClickListener(e -> view.assessmentSteps.confirmWeigh(weighForm));
                    buttons.add(weigh);
                }
                case SECOND_ASSESSMENT -> {
                    step.add(new Paragraph(getTranslation("review.todo.SECOND_ASSESSMENT", view.name(dossier.manager()),
                            view.name(dossier.employee()))));
                    secondForm = new SecondOpinionForm(dossier);
                    step.add(secondForm);
                    giveSecondOpinion = primary("review.second.submit", VaadinIcon.CHECK, "review-second-submit");
                    giveSecondOpinion.addClickListener(e -> view.assessmentSteps.confirmSecondOpinion(secondForm));
                    buttons.add(giveSecondOpinion);
                }
                case RESPOND -> {
                    step.add(new Paragraph(getTranslation("review.todo.RESPOND")));
                    responseForm = new AssessmentResponseForm(dossier.assessment(), zone, locale);
                    step.add(responseForm);
                    respond = primary("review.respond.submit", VaadinIcon.PAPERPLANE, "review-response-submit");
                    respond.addClickListener(e -> view.assessmentSteps.confirmRespond(responseForm));
                    noResponse = secondary("review.respond.none", "review-response-none");
                    noResponse.addClickListener(e -> view.assessmentSteps.confirmNoResponse());
                    buttons.add(respond, noResponse);
                }
                case DECIDE_ON_RESPONSE -> {
                    step.add(new Paragraph(getTranslation("review.todo.DECIDE_ON_RESPONSE")));
                    decisionForm = new AssessmentDecisionForm(dossier, view.settings());
                    step.add(decisionForm);
                    decide = primary("review.decide.submit", VaadinIcon.CHECK, "review-decision-submit");
                    decide.addClickListener(e -> view.assessmentSteps.confirmDecide(decisionForm));
                    buttons.add(decide);
                }
                case ACKNOWLEDGE -> {
                    step.add(new Paragraph(getTranslation("review.todo.ACKNOWLEDGE")));
                    acknowledge = primary("review.acknowledge", VaadinIcon.EYE, "review-acknowledge");
                    acknowledge.addClickListener(e -> view.assessmentSteps.confirmAcknowledge());
                    buttons.add(acknowledge);
                }
                case SIGN_OFF -> {
                    step.add(new Paragraph(dossier.signedOffByOther() ? getTranslation("review.todo.SIGN_OFF.other",
                            view.name(dossier.manager())) : getTranslation("review.todo.SIGN_OFF")));
                    signOff = primary(dossier.signedOffByOther() ? "review.signOff.other" : "review.signOff",
                            VaadinIcon.SIGN_IN, "review-sign-off");
                    signOff.addClickListener(e -> view.assessmentSteps.confirmSignOff());
                    buttons.add(signOff);
                }
                case DECIDE_AGREEMENT_CHANGE -> {
                    step.add(new Paragraph(getTranslation("review.todo.DECIDE_AGREEMENT_CHANGE")));
                    dossier.changes().stream().filter(c -> c.getStatus() == ChangeStatus.OPEN).findFirst()
                            .ifPresent(change -> {
                                changeDecision = new AgreementChangeDecisionForm(dossier, change, ReviewAgreementsColumn.areaNames(dossier.jobProfile()),
                                        zone, locale);
                                step.add(changeDecision);
                                acceptChange = primary("review.change.accept", VaadinIcon.CHECK,
                                        "review-change-accept");
                                acceptChange.addClickListener(e -> view.changeSteps.confirmDecide(changeDecision, true));
                                rejectChange = new Button(getTranslation("review.change.reject"),
                                        VaadinIcon.CLOSE_SMALL.create());
                                rejectChange.setId("review-change-reject");
                                rejectChange.addClickListener(e -> view.changeSteps.confirmDecide(changeDecision, false));
                                buttons.add(acceptChange, rejectChange);
                            });
                }
                default -> step.add(new Paragraph(getTranslation("review.todo.elsewhere")));
            }
            if (buttons.getComponentCount() > 0) {
                step.add(buttons);
            }
            add(step);
        }
    }

    private Div disagreement(Disagreement d, ZoneId zone, Locale locale) {
        Div box = new Div();
        box.addClassName("review-notice");
        box.setId("review-last-disagreement");
        box.add(new Paragraph(getTranslation("review.todo.disagreed", ReviewFormat.moment(d.getCreatedAt(), zone, locale))),
                new Paragraph(d.getReason()));
        return box;
    }

    private Button secondary(String key, String id) {
        Button b = new Button(getTranslation(key));
        b.setId(id);
        return b;
    }

    private Button primary(String key, VaadinIcon icon, String id) {
        Button b = new Button(getTranslation(key), icon.create());
        b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        b.setId(id);
        return b;
    }

    /** Rules about the whole set (weights add up to 100, at least one agreement): at the top of the panel. */
    @Override
    public void violations(List<Violation> violations) {
        show(violations.stream().map(v -> v.message(getLocale())).toList());
    }

    @Override
    public void error(String message) {
        show(List.of(message));
    }

    private void show(List<String> messages) {
        errors.removeAll();
        messages.forEach(m -> errors.add(new Paragraph(m)));
        errors.setVisible(!messages.isEmpty());
        // a screen reader hears the alert; keyboard users land on it
        errors.getElement().setAttribute("tabindex", "-1");
        errors.getElement().callJsFunction("focus");
    }
}
