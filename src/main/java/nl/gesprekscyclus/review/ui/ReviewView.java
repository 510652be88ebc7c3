package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.gesprekscyclus.document.ui.ReviewDocumentsLinks;
import nl.gesprekscyclus.base.ui.ConfirmDialogs;
import nl.gesprekscyclus.base.ui.ErrorNotifications;
import nl.gesprekscyclus.base.ui.MainLayout;
import nl.gesprekscyclus.base.ui.TasksChanged;
import nl.gesprekscyclus.cycle.CycleSettings;
import nl.gesprekscyclus.functionbook.JobProfile;
import nl.gesprekscyclus.organisation.ConcurrentChangeException;
import nl.gesprekscyclus.review.AgreementChange;
import nl.gesprekscyclus.review.AgreementChangeProposal;
import nl.gesprekscyclus.review.AgreementChangeService;
import nl.gesprekscyclus.review.AgreementStatus;
import nl.gesprekscyclus.review.ChangeStatus;
import nl.gesprekscyclus.review.Party;
import nl.gesprekscyclus.review.AssessmentService;
import nl.gesprekscyclus.review.CoordinatorInputService;
import nl.gesprekscyclus.review.DevelopmentAgreement;
import nl.gesprekscyclus.review.PlanningService;
import nl.gesprekscyclus.review.ProgressService;
import nl.gesprekscyclus.review.ResultAgreement;
import nl.gesprekscyclus.review.ReviewClosedException;
import nl.gesprekscyclus.review.ReviewDossier;
import nl.gesprekscyclus.review.ReviewReadService;
import nl.gesprekscyclus.review.ReviewTask;
import nl.gesprekscyclus.review.ReviewValidationException;
import nl.gesprekscyclus.review.StaleEditException;
import nl.gesprekscyclus.review.TaskNotOpenException;
import nl.gesprekscyclus.review.ui.ReviewPhoneTabs.Part;
import nl.gesprekscyclus.security.AccessRefusals;
import nl.gesprekscyclus.security.PersonNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Gesprek": one employee's gesprekscyclus of a year. A header (who, which function, year, phase), the three
 * phases with their dates, links to the parts of the page, what the viewer can do now, and two columns: the
 * normfunctie on the left, this year's agreements on the right (choosing a resultaatgebied on either side marks it
 * on both); under both, the competencies with their ratings beside them. The planning, progress and
 * assessment steps are done here (the assessment steps through {@link AssessmentSteps}); what was recorded later in
 * the year is shown read-only below.
 * <p>
 * Anyone logged in may open the address; the service decides who may read (employee, manager, coordinator; HR
 * only with an advice task). A refusal, or a review that does not exist, shows the "Geen toegang" page.
 */
@Route(value = "gesprek/:reviewId", layout = MainLayout.class)
@PermitAll
public class ReviewView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ReviewView.class);

    private final ReviewReadService reads;
    private final PlanningService planning;
    private final CoordinatorInputService coordinatorInput;
    private final ProgressService progress;
    private final AgreementChangeService changes;
    private final CycleSettings settings;
    private final ZoneId zone;
    private final AccessRefusals refusals;
    private final PersonNames personNames;
    final AssessmentSteps assessmentSteps;

    long reviewId;
    ReviewDossier dossier;
    ReviewHighlighter highlighter;
    ReviewTimeline timeline;
    ReviewProfileColumn profile;
    ReviewAgreementsColumn agreements;
    ReviewCompetenciesSection competencies;
    PlanningTaskPanel todo;
    ReviewRecordSections record;
    ReviewPhoneTabs phoneTabs;
    ReviewPhoneTabs.Part phonePart = ReviewPhoneTabs.Part.TODO;

    public ReviewView(ReviewReadService reads, PlanningService planning, CoordinatorInputService coordinatorInput,
            ProgressService progress, AssessmentService assessment, AgreementChangeService changes,
            CycleSettings settings, Clock clock, AccessRefusals refusals, PersonNames personNames) {
        this.refusals = refusals;
        this.personNames = personNames;
        this.reads = reads;
        this.planning = planning;
        this.coordinatorInput = coordinatorInput;
        this.progress = progress;
        this.changes = changes;
        this.settings = settings;
        this.zone = clock.getZone();
        this.assessmentSteps = new AssessmentSteps(this, assessment, coordinatorInput);
        addClassName("page");
        addClassName("review-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        dossier = null;
        phonePart = ReviewPhoneTabs.Part.TODO; // a review opened afresh starts with what the viewer can do now
        Optional<Long> id = event.getRouteParameters().get("reviewId").flatMap(ReviewView::parse);
        if (id.isEmpty()) {
            // a tampered address is answered like a forbidden one: the "Geen toegang" page, logged and audited
            throw refusals.refuse("read review", "/" + event.getLocation().getPath());
        }
        reviewId = id.get();
        dossier = reads.dossier(reviewId); // refused or unknown: AccessDeniedException, the "Geen toegang" page
        show();
    }

    private static Optional<Long> parse(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void show() {
        String selected = highlighter == null ? null : highlighter.selected();
        removeAll();
        highlighter = new ReviewHighlighter();
        add(new H1(getTranslation("review.title", dossier.review().getYear())));
        if (dossier.review().getPhase().isFinished()) {
            // said at the top, so nobody looks for buttons that are not there
            Paragraph readOnly = new Paragraph(getTranslation("review.readOnly." + dossier.review().getPhase().name()));
            readOnly.setId("review-read-only");
            readOnly.addClassName("review-badge");
            add(readOnly);
        }
        if (dossier.actingFor() != null) {
            // a substitute sees for whom they act here: what they do is recorded "namens" that manager
            Paragraph actingFor = new Paragraph(getTranslation("review.actingFor", dossier.actingFor().name()));
            actingFor.setId("review-acting-for");
            actingFor.addClassName("review-badge");
            add(actingFor);
        }
        add(new ReviewHeader(dossier, getLocale()));
        // on a phone the parts below are shown one at a time behind these tabs (styles.css); built at the end
        int tabsAt = getComponentCount();
        timeline = in(new ReviewTimeline(dossier.review().getPhase(), dossier.review().dates(), getLocale()),
                Part.TODO);
        add(timeline);
        ReviewPageNavigation navigation = new ReviewPageNavigation("gesprek/" + reviewId);
        add(navigation);
        // the signed documents (agreements after planning, the assessment after sign-off), for those who may have them
        ReviewDocumentsLinks documents = in(ReviewDocumentsLinks.of(reviewId), Part.TODO, Part.RECORD);
        add(documents);
        todo = in(new PlanningTaskPanel(this, dossier, zone, getLocale()), Part.TODO);
        add(todo);
        profile = in(new ReviewProfileColumn(dossier, highlighter), Part.PROFILE);
        agreements = in(new ReviewAgreementsColumn(this, dossier, highlighter, canEditAgreements(), zone, getLocale()),
                Part.AGREEMENTS);
        Div columns = new Div(profile, agreements);
        columns.addClassName("review-columns");
        // under both columns, so each competency's ratings can stand beside it; not while an assessment form is
        // open: its rows already show each competency with the level control and the others' ratings beside it,
        // and a second copy made the manager's page thousands of pixels longer
        competencies = dossier.jobProfile() == null || todo.assessmentForm != null ? null
                : new ReviewCompetenciesSection(dossier);
        if (competencies != null) {
            columns.add(in(competencies, Part.PROFILE));
        }
        add(columns);
        record = in(new ReviewRecordSections(dossier, settings, zone, getLocale()), Part.RECORD);
        if (record.getComponentCount() > 0) {
            add(record);
        }
        phoneTabs = new ReviewPhoneTabs(this, part -> switch (part) {
            case TODO, AGREEMENTS -> true;
            case PROFILE -> dossier.jobProfile() != null;
            case RECORD -> record.getComponentCount() > 0;
        }, phonePart);
        phoneTabs.addSelectedChangeListener(e -> phonePart = phoneTabs.chosen());
        addComponentAtIndex(tabsAt, phoneTabs);
        // in the order of the page
        navigation.link(documents, getTranslation("review.nav.documents"));
        navigation.link(todo, getTranslation("review.todo"));
        navigation.link(profile, getTranslation("review.nav.profile"));
        navigation.link(agreements, getTranslation("review.nav.agreements"));
        navigation.link(competencies, competencies == null ? null : competencies.title());
        navigation.link(record.getComponentCount() > 0 ? record : null, getTranslation("review.nav.record"));
        if (selected != null) {
            highlighter.select(selected);
        }
    }

    /**
     * Reads the review again and shows it; the chosen resultaatgebied stays chosen. Called after every action
     * here, so it also tells the bell, whose count drops the notifications of a step that was just done.
     */
    void reload() {
        TasksChanged.fire();
        try {
            dossier = reads.dossier(reviewId);
        } catch (AccessDeniedException ex) {
            ErrorNotifications.error(getTranslation("review.no-access"));
            return;
        } catch (RuntimeException ex) {
            log.error("Review screen: reading review {} failed", reviewId, ex);
            ErrorNotifications.error(getTranslation("review.unexpected"));
            return;
        }
        show();
    }

    /** The employee while drafting, the manager in the planning conversation. */
    boolean canEditAgreements() {
        return dossier.canDo(ReviewTask.DRAFT_AGREEMENTS) || dossier.canDo(ReviewTask.PLANNING_CONVERSATION);
    }

    CycleSettings settings() {
        return settings;
    }

    Map<String, String> areaNames() {
        return ReviewAgreementsColumn.areaNames(dossier.jobProfile());
    }

    private List<JobProfile.ResultArea> areas() {
        return dossier.jobProfile() == null ? List.of() : dossier.jobProfile().resultAreas();
    }

    // ---- result and development agreements

    void openAgreementDialog(ResultAgreement editing, String areaCode) {
        new AgreementDialog(areas(), dossier.review().dates(), editing, areaCode, getLocale(), this::saveAgreement).open();
    }

    void saveAgreement(AgreementDialog dialog) {
        ResultAgreement editing = dialog.editing();
        boolean saved = attempt(() -> planning.saveResultAgreement(reviewId, editing == null ? null : editing.getId(),
                editing == null ? null : editing.getVersion(), dialog.data()), dialog);
        if (saved) {
            dialog.close();
            ErrorNotifications.success(getTranslation("review.agreement.saved"));
            reload();
        }
    }

    void confirmRemove(ResultAgreement agreement) {
        confirm(getTranslation("review.remove.title"),
                getTranslation("review.remove.text", agreement.data().description()),
                getTranslation("review.remove"), true, () -> {
                    if (attempt(() -> planning.removeResultAgreement(reviewId, agreement.getId()), todo)) {
                        ErrorNotifications.success(getTranslation("review.remove.done"));
                        reload();
                    }
                });
    }

    void openDevelopmentDialog(DevelopmentAgreement editing) {
        new AgreementDevelopmentDialog(editing, getLocale(), this::saveDevelopment).open();
    }

    void saveDevelopment(AgreementDevelopmentDialog dialog) {
        DevelopmentAgreement editing = dialog.editing();
        boolean saved = attempt(() -> planning.saveDevelopmentAgreement(reviewId,
                editing == null ? null : editing.getId(), editing == null ? null : editing.getVersion(), dialog.data()),
                dialog);
        if (saved) {
            dialog.close();
            ErrorNotifications.success(getTranslation("review.development.saved"));
            reload();
        }
    }

    // ---- changing agreed agreements by mutual consent

    /**
     * The employee and the manager may propose a change once the agreements are agreed, until the assessment is
     * written, one proposal at a time. The service checks the same; this only decides whether to offer it.
     */
    boolean canProposeChange() {
        Party viewer = dossier.viewer();
        return (viewer == Party.EMPLOYEE || viewer == Party.MANAGER) && !dossier.review().getPhase().isFinished()
                && dossier.assessment() == null && openChange().isEmpty()
                && dossier.resultAgreements().stream().anyMatch(a -> a.getStatus() == AgreementStatus.CURRENT);
    }

    Optional<AgreementChange> openChange() {
        return dossier.changes().stream().filter(c -> c.getStatus() == ChangeStatus.OPEN).findFirst();
    }

    /** Who decides on a proposal of the viewer: the other party. */
    private String otherParty() {
        return name(dossier.viewer() == Party.MANAGER ? dossier.employee() : dossier.manager());
    }

    void openChangeDialog(ResultAgreement current) {
        new AgreementChangeDialog(areas(), dossier.review().dates(), current, otherParty(), getLocale(),
                this::proposeChange).open();
    }

    void proposeChange(AgreementChangeDialog dialog) {
        String lineage = dialog.editing().getLineage();
        boolean proposed = attempt(() -> changes.propose(reviewId, new AgreementChangeProposal(List.of(
                new AgreementChangeProposal.ResultAgreementChange(lineage, dialog.data())), List.of()),
                dialog.reason.getValue()), dialog);
        if (proposed) {
            dialog.close();
            ErrorNotifications.success(getTranslation("review.change.proposed", otherParty()));
            reload();
        }
    }

    void confirmDecideChange(AgreementChangeDecisionForm form, boolean accept) {
        String prefix = accept ? "review.change.accept" : "review.change.reject";
        confirm(getTranslation(prefix + ".title"), getTranslation(prefix + ".text"), getTranslation(prefix),
                !accept, () -> {
                    form.errors.clear();
                    if (attempt(() -> changes.decide(form.change.getId(), accept, form.decisionReason.getValue()),
                            form)) {
                        ErrorNotifications.success(getTranslation(prefix + ".done"));
                        reload();
                    }
                });
    }

    // ---- the planning steps

    void confirmSubmitDrafts() {
        String to = dossier.coordinator() == null
                ? getTranslation("review.submit.toManager", name(dossier.manager()))
                : getTranslation("review.submit.toBoth", name(dossier.coordinator()), name(dossier.manager()));
        confirm(getTranslation("review.submit.title"),
                getTranslation("review.submit.text", count(AgreementStatus.DRAFT), developmentCount(), to),
                getTranslation("review.submit"), false, () -> step(() -> planning.submitDrafts(reviewId),
                        "review.submit.done"));
    }

    void confirmSetAgreements() {
        confirm(getTranslation("review.set.title"),
                getTranslation("review.set.text", count(AgreementStatus.DRAFT), developmentCount(),
                        name(dossier.employee())),
                getTranslation("review.set"), false, () -> step(() -> planning.setAgreements(reviewId),
                        "review.set.done"));
    }

    void confirmAgree() {
        confirm(getTranslation("review.agree.title"),
                getTranslation("review.agree.text", count(AgreementStatus.DRAFT), developmentCount(),
                        dossier.review().getYear()),
                getTranslation("review.agree.confirm"), false, () -> step(() -> planning.agree(reviewId),
                        "review.agree.done"));
    }

    void openDisagreeDialog() {
        new PlanningDisagreeDialog(this::disagree).open();
    }

    void disagree(PlanningDisagreeDialog dialog) {
        if (attempt(() -> planning.disagree(reviewId, dialog.reason.getValue()), dialog)) {
            dialog.close();
            ErrorNotifications.success(getTranslation("review.disagree.done"));
            reload();
        }
    }

    void addInput(PlanningInputForm form) {
        if (todo.assessmentForm != null && todo.assessmentForm.mode == AssessmentForm.Mode.INFORMANT
                && !assessmentSteps.saveRows(todo.assessmentForm)) {
            return; // the screen is shown again after adding: first keep the observed levels chosen so far
        }
        PlanningInputForm.Subject about = form.about.getValue();
        boolean added = attempt(() -> coordinatorInput.addInput(reviewId, about == null ? null : about.lineage(),
                about == null ? null : about.competency(), form.text.getValue()), form);
        if (added) {
            ErrorNotifications.success(getTranslation("review.input.added"));
            reload();
        }
    }

    void confirmSubmitInput() {
        long mine = dossier.coordinatorInputs().stream()
                .filter(i -> i.getPhase() == dossier.review().getPhase()).count();
        confirm(getTranslation("review.input.submitTitle"), getTranslation("review.input.submitText", mine,
                name(dossier.manager())), getTranslation("review.input.submit"), false,
                () -> step(() -> coordinatorInput.submitInput(reviewId), "review.input.submitted"));
    }

    // ---- the progress steps

    /** Saves one agreement's reflection; the rest of what the employee typed stays on the screen. */
    void reflect(ProgressReflectionForm.Row row) {
        if (attempt(() -> progress.reflect(reviewId, row.agreement.getLineage(), row.status.getValue(),
                row.text.getValue()), row)) {
            row.markSaved(true);
            ErrorNotifications.success(getTranslation("review.progress.saved"));
        }
    }

    void confirmSubmitReflection() {
        ProgressReflectionForm form = todo.reflectionForm;
        String next = dossier.coordinator() == null ? name(dossier.manager()) : name(dossier.coordinator());
        confirm(getTranslation("review.progress.submitTitle"), getTranslation("review.progress.submitText",
                form.savedCount(), form.rows.size(), next), getTranslation("review.progress.submit"), false,
                () -> step(() -> progress.submitReflection(reviewId), "review.progress.submitted"));
    }

    void confirmRecordConversation() {
        ProgressConversationForm form = todo.conversationForm;
        confirm(getTranslation("review.progress.recordTitle"),
                getTranslation("review.progress.recordText", name(dossier.employee())),
                getTranslation("review.progress.record"), false, () -> {
                    form.errors.clear();
                    if (attempt(() -> progress.recordConversation(reviewId, form.conversationDate.getValue(),
                            form.report.getValue()), form)) {
                        ErrorNotifications.success(getTranslation("review.progress.recorded"));
                        reload();
                    }
                });
    }

    /** A step that completes a task: on success the screen shows the review as it is now. */
    void step(Runnable call, String doneKey) {
        if (attempt(call, todo)) {
            ErrorNotifications.success(getTranslation(doneKey));
            reload();
        }
    }

    void confirm(String title, String text, String confirmText, boolean dangerous, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog(title, text, confirmText, e -> action.run());
        dialog.addClassName("review-confirm");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("review.cancel"));
        if (dangerous) {
            dialog.setConfirmButtonTheme("error primary");
        }
        ConfirmDialogs.modal(dialog).open();
    }

    /**
     * Runs a service call. Broken rules go to the form that asked (next to the field, or at the top); a step that
     * is no longer open, a closed review, someone else's change or a refusal become one sentence there and in a
     * notification. Nothing of what was typed is lost, and no stack trace reaches the screen.
     */
    boolean attempt(Runnable call, ReviewFeedback feedback) {
        try {
            call.run();
            return true;
        } catch (ReviewValidationException ex) {
            feedback.violations(ex.violations());
        } catch (TaskNotOpenException ex) {
            problem(feedback, "review.task-not-open");
        } catch (ReviewClosedException ex) {
            problem(feedback, "review.closed");
        } catch (StaleEditException ex) {
            stale(feedback, ex);
        } catch (ConcurrentChangeException ex) {
            problem(feedback, "review.concurrent-change");
        } catch (AccessDeniedException ex) {
            problem(feedback, "review.no-access");
        } catch (RuntimeException ex) {
            log.error("Review screen: service call for review {} failed", reviewId, ex);
            problem(feedback, "review.unexpected");
        }
        return false;
    }

    /**
     * Someone saved the same record since this form was read: say who and when, next to the form. The form keeps
     * what this user typed (to copy), and nothing of the other save is overwritten.
     */
    private void stale(ReviewFeedback feedback, StaleEditException ex) {
        String message;
        if (ex.changedBy() == null || ex.changedAt() == null) {
            message = getTranslation("review.concurrent-change");
        } else {
            java.time.ZonedDateTime at = ex.changedAt().atZone(zone);
            String when = at.toLocalDate().equals(java.time.LocalDate.now(zone))
                    ? java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(at)
                    : ReviewFormat.moment(ex.changedAt(), zone, getLocale());
            message = getTranslation("review.stale", ex.changedBy(), when);
        }
        feedback.error(message);
        ErrorNotifications.error(message);
    }

    private void problem(ReviewFeedback feedback, String key) {
        String message = getTranslation(key);
        if (feedback == todo) {
            // nothing typed on the page itself: show the review as it is now, with the message on top
            reload();
            todo.error(message);
        } else {
            feedback.error(message);
        }
        ErrorNotifications.error(message);
    }

    private long count(AgreementStatus status) {
        return ReviewAgreementsColumn.lineages(dossier.resultAgreements()).values().stream()
                .map(ReviewAgreementsColumn::shown).flatMap(Optional::stream)
                .filter(a -> a.getStatus() == status).count();
    }

    private long developmentCount() {
        return dossier.developmentAgreements().stream().filter(a -> a.getStatus() == AgreementStatus.DRAFT).count();
    }

    /** Who a username the data keeps is, by name (an agreement version's author). */
    String personName(String username) {
        return personNames.of(username);
    }

    String name(ReviewDossier.Person person) {
        return person == null ? getTranslation("review.nobody") : person.name();
    }

    private static <C extends com.vaadin.flow.component.Component & com.vaadin.flow.component.HasStyle> C in(
            C component, Part... parts) {
        return ReviewPhoneTabs.in(component, parts);
    }

    @Override
    public String getPageTitle() {
        if (dossier == null) {
            return getTranslation("review.pageTitle");
        }
        return getTranslation("review.pageTitleOf", dossier.review().getYear(), name(dossier.employee()));
    }
}
