package nl.gesprekscyclus.review.ui;

import nl.gesprekscyclus.calibration.CalibrationService;
import static nl.gesprekscyclus.review.ui.ReviewPhoneTabs.in;

import com.vaadin.flow.component.Component;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.gesprekscyclus.base.ui.ErrorNotifications;
import nl.gesprekscyclus.base.ui.MainLayout;
import nl.gesprekscyclus.base.ui.SameParts;
import nl.gesprekscyclus.base.ui.TasksChanged;
import nl.gesprekscyclus.checkin.CheckInService;
import nl.gesprekscyclus.checkin.ui.CheckInSection;
import nl.gesprekscyclus.feedback.FeedbackService;
import nl.gesprekscyclus.feedback.ui.FeedbackSection;
import nl.gesprekscyclus.cycle.CycleSettings;
import nl.gesprekscyclus.document.ui.ReviewDocumentsLinks;
import nl.gesprekscyclus.review.AgreementChangeService;
import nl.gesprekscyclus.review.AssessmentService;
import nl.gesprekscyclus.review.CoordinatorInputService;
import nl.gesprekscyclus.review.FeedbackRoundService;
import nl.gesprekscyclus.review.Party;
import nl.gesprekscyclus.review.PlanningService;
import nl.gesprekscyclus.review.DevelopmentService;
import nl.gesprekscyclus.review.ProgressService;
import nl.gesprekscyclus.review.ReviewDossier;
import nl.gesprekscyclus.review.ReviewReadService;
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
 * on both); under both, the competencies with their ratings beside them; what was recorded later in the year is
 * shown read-only below. The view only composes the page: each open task's panel comes from {@link TaskPanels},
 * and what its buttons do is the phase's presenter's ({@link PlanningSteps}, {@link InputSteps},
 * {@link ProgressSteps}, {@link ChangeSteps}, {@link AssessmentSteps}), which answer through {@link ReviewSteps}.
 * <p>
 * Anyone logged in may open the address; the service decides who may read (employee, manager, coordinator; HR
 * only with an advice task). A refusal, or a review that does not exist, shows the "Geen toegang" page.
 */
@Route(value = "gesprek/:reviewId", layout = MainLayout.class)
@PermitAll
public class ReviewView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ReviewView.class);

    private final ReviewReadService reads;
    private final CycleSettings settings;
    private final ZoneId zone;
    private final AccessRefusals refusals;
    private final ReviewSteps steps;
    private final PlanningSteps planningSteps;
    private final ChangeSteps changeSteps;
    final AssessmentSteps assessmentSteps;
    private final TaskPanels taskPanels;
    private final ReviewAgreementsColumn.Actions agreementActions;
    private final CheckInService checkInService;
    private final FeedbackService feedbackService;
    private final Clock clock;

    long reviewId;
    ReviewDossier dossier;
    ReviewHighlighter highlighter;
    ReviewTimeline timeline;
    ReviewProfileColumn profile;
    ReviewAgreementsColumn agreements;
    ReviewCompetenciesSection competencies;
    TodoSection todo;
    ReviewRecordSections record;
    CheckInSection checkIns;
    FeedbackSection feedback;
    ReviewPhoneTabs phoneTabs;
    /** The normfunctie, the agreements and the competencies, side by side; kept across reloads (SameParts). */
    private final Div columns = new Div();
    private final SameParts sameParts = new SameParts();

    public ReviewView(ReviewReadService reads, PlanningService planning, CoordinatorInputService coordinatorInput,
            ProgressService progress, AssessmentService assessment, AgreementChangeService changes,
            CycleSettings settings, Clock clock, AccessRefusals refusals, PersonNames personNames,
            CheckInService checkInService, FeedbackService feedbackService, CalibrationService calibration,
            FeedbackRoundService feedbackRound, DevelopmentService development) {
        this.feedbackService = feedbackService;
        this.checkInService = checkInService;
        this.clock = clock;
        this.reads = reads;
        this.settings = settings;
        this.zone = clock.getZone();
        this.refusals = refusals;
        this.steps = new ReviewSteps(this, zone);
        this.planningSteps = new PlanningSteps(steps, planning);
        this.changeSteps = new ChangeSteps(steps, changes);
        this.assessmentSteps = new AssessmentSteps(steps, assessment, coordinatorInput, calibration, settings);
        this.taskPanels = new TaskPanels(planningSteps, new InputSteps(steps, coordinatorInput),
                new ProgressSteps(steps, progress), assessmentSteps, changeSteps,
                new FeedbackRoundSteps(steps, feedbackRound, () -> feedback), new DevelopmentSteps(steps, development),
                settings, zone);
        this.agreementActions = new ReviewAgreementsColumn.Actions(planningSteps::openAgreementDialog,
                planningSteps::confirmRemove, changeSteps::openProposeDialog, planningSteps::openDevelopmentDialog,
                personNames::of);
        addClassName("page");
        addClassName("review-page");
        columns.addClassName("review-columns");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        dossier = null;
        phoneTabs = null; // a review opened afresh starts with what the viewer can do now
        highlighter = null;
        sameParts.clear();
        columns.removeAll();
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
        if (highlighter == null) {
            highlighter = new ReviewHighlighter();
        }
        // the page's parts in their order; placed at the end, keeping the parts that render as before (SameParts)
        List<Component> page = new ArrayList<>();
        page.add(new H1(getTranslation("review.title", dossier.review().getYear())));
        if (dossier.review().getPhase().isFinished()) {
            // said at the top, so nobody looks for buttons that are not there
            Paragraph readOnly = new Paragraph(getTranslation("review.readOnly." + dossier.review().getPhase().name()));
            readOnly.setId("review-read-only");
            readOnly.addClassName("review-badge");
            page.add(readOnly);
        }
        if (dossier.actingFor() != null) {
            // a substitute sees for whom they act here: what they do is recorded "namens" that manager
            Paragraph actingFor = new Paragraph(getTranslation("review.actingFor", dossier.actingFor().name()));
            actingFor.setId("review-acting-for");
            actingFor.addClassName("review-badge");
            page.add(actingFor);
        }
        ReviewHeader header = new ReviewHeader(dossier, getLocale());
        page.add(header);
        // on a phone the parts below are shown one at a time behind these tabs (styles.css); built at the end
        int tabsAt = page.size();
        timeline = in(new ReviewTimeline(dossier.review().getPhase(), dossier.review().phases(), dossier.review().dates(),
                getLocale()),
                Part.TODO);
        page.add(timeline);
        ReviewPageNavigation navigation = new ReviewPageNavigation("gesprek/" + reviewId);
        page.add(navigation);
        // the signed documents (agreements after planning, the assessment after sign-off), for those who may have them
        ReviewDocumentsLinks documents = in(ReviewDocumentsLinks.of(reviewId), Part.TODO, Part.RECORD);
        page.add(documents);
        todo = in(new TodoSection(taskPanels, dossier, getLocale()), Part.TODO);
        page.add(todo);
        profile = in(new ReviewProfileColumn(dossier, highlighter), Part.PROFILE);
        agreements = in(new ReviewAgreementsColumn(dossier, highlighter, planningSteps.canEditAgreements(),
                changeSteps.canPropose(), agreementActions, zone, getLocale()), Part.AGREEMENTS);
        // under both columns, so each competency's ratings can stand beside them; not while an assessment form is
        // open: its rows already show each competency with the level control and the others' ratings beside it,
        // and a second copy made the manager's page thousands of pixels longer
        competencies = dossier.reviewCompetencies().isEmpty() || todo.showsCompetencies() ? null
                : in(new ReviewCompetenciesSection(dossier), Part.PROFILE);
        page.add(columns);
        // the check-ins (issue 19) are the employee's and the manager's conversations: the coordinator does not read
        // them (CheckInService refuses), so the section is not built for a coordinator
        checkIns = dossier.viewer() == Party.COORDINATOR ? null
                : in(new CheckInSection(checkInService, reviewId, clock, this::reload), Part.TODO, Part.RECORD);
        if (checkIns != null) {
            checkIns.markTimeline(timeline, dossier.review().dates());
            checkIns.addContextTo(todo, dossier.review().dates());
            page.add(checkIns);
        }
        // feedback from colleagues follows the check-ins' readers (FeedbackService refuses the coordinator too); the
        // assessment tasks show it beside the self-assessment and the informant's input
        feedback = dossier.viewer() == Party.COORDINATOR ? null
                : in(new FeedbackSection(feedbackService, reviewId, clock, this::reload), Part.TODO, Part.RECORD);
        if (feedback != null) {
            feedback.addContextTo(todo);
            page.add(feedback);
        }
        record = in(new ReviewRecordSections(dossier, settings, zone, getLocale()), Part.RECORD);
        if (record.getComponentCount() > 0) {
            page.add(record);
        }
        // shown again after a step: the part chosen before stays chosen
        Part chosen = phoneTabs == null ? Part.TODO : phoneTabs.chosen();
        phoneTabs = new ReviewPhoneTabs(this, part -> switch (part) {
            case TODO, AGREEMENTS -> true;
            case PROFILE -> dossier.jobProfile() != null || !dossier.roles().isEmpty();
            case RECORD -> record.getComponentCount() > 0;
        }, chosen);
        page.add(tabsAt, phoneTabs);
        // after a step most of the page renders as before: the normfunctie, the competencies with their indicators,
        // the header and the timeline are kept as they are on the page, so Vaadin sends nothing of them (issue 21);
        // these parts are read-only, or their only listeners are the highlighter's toggles, which stays the same
        page.set(page.indexOf(header), sameParts.pick("header", header));
        page.set(page.indexOf(timeline), timeline = sameParts.pick("timeline", timeline));
        profile = sameParts.pick("profile", profile);
        competencies = sameParts.pick("competencies", competencies);
        highlighter.keepOnly(profile, agreements);
        SameParts.place(columns, Arrays.asList(profile, agreements, competencies));
        SameParts.place(this, page);
        // in the order of the page
        navigation.link(documents, getTranslation("review.nav.documents"));
        navigation.link(todo, getTranslation("review.todo"));
        navigation.link(profile, getTranslation("review.nav.profile"));
        navigation.link(agreements, getTranslation("review.nav.agreements"));
        navigation.link(competencies, competencies == null ? null : competencies.title());
        navigation.link(checkIns, getTranslation("checkin.heading"));
        navigation.link(feedback, getTranslation("feedback.heading"));
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

    /** The screen's language, for the presenters' dialogs and dates. */
    Locale locale() {
        return getLocale();
    }

    @Override
    public String getPageTitle() {
        if (dossier == null) {
            return getTranslation("review.pageTitle");
        }
        return getTranslation("review.pageTitleOf", dossier.review().getYear(), steps.name(dossier.employee()));
    }
}
