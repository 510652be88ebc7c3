package nl.gesprekscyclus.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.gesprekscyclus.functionbook.JobProfile;
import nl.gesprekscyclus.review.AssessmentService;
import nl.gesprekscyclus.review.CoordinatorInputService;
import nl.gesprekscyclus.review.PlanningService;
import nl.gesprekscyclus.review.ProgressService;
import nl.gesprekscyclus.review.ProgressStatus;
import nl.gesprekscyclus.review.ResultAgreement;
import nl.gesprekscyclus.review.ResultAgreementData;
import nl.gesprekscyclus.review.ReviewDossier;
import nl.gesprekscyclus.review.ReviewReadService;
import nl.gesprekscyclus.round.Round;
import nl.gesprekscyclus.round.RoundMembership;
import nl.gesprekscyclus.round.TestRounds;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.Login;
import nl.gesprekscyclus.test_support.ProcessDriver;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Reviews of the years 2040 and 2041, far from the other tests' years, for the demo employees Johan Veldman
 * (100013, login veldman) and Martijn Postma (100014, login postma), both coordinated by Gerrit Scholten, and
 * Ruben Smit (100015, login smit, coordinated by Jeroen van der Meer), all managed by Annemarie Bakker: a review in
 * drafting, one whose planning is agreed (two result agreements, weights 60 and 40), one waiting for the manager's
 * assessment and one taken through the whole year to sign-off. Built through the real services and engine.
 * Public for the tests outside the screens that need a review as far as the assessment (the inzage's).
 */
public final class Ui4Reviews {

    public static final String VELDMAN = "veldman";
    public static final String VELDMAN_NUMBER = "100013";
    public static final String POSTMA = "postma";
    public static final String POSTMA_NUMBER = "100014";
    public static final String COORDINATOR = "scholten";
    static final String SMIT = "smit";
    static final String SMIT_NUMBER = "100015";
    static final String SMIT_COORDINATOR = "meer";

    private final ApplicationContext context;
    private final UserDetailsService users;
    public final ProcessDriver driver;

    public Ui4Reviews(ApplicationContext context) {
        this.context = context;
        this.users = context.getBean(UserDetailsService.class);
        this.driver = new ProcessDriver(context.getBean(ManagementService.class), context.getBean(RuntimeService.class),
                context.getBean(TaskService.class));
    }

    static String key(int year, String number) {
        return year + "/" + number;
    }

    /** A review in its drafting step; nobody logged in afterwards. */
    long drafting(int year, String number) {
        Login.as(users, DemoUsers.HR);
        Round round = TestRounds.round(context, year, Set.of(number));
        context.getBean(RoundMembership.class).addEmployee(round.getId(), number);
        driver.runDueJobsOf(key(year, number), "round-" + year);
        Login.logout();
        return driver.reviewId(key(year, number));
    }

    /** A review whose planning is done: two agreements drafted by the employee, set and agreed. */
    long agreed(int year, String number, String employee) {
        return agreed(year, number, employee, COORDINATOR);
    }

    long agreed(int year, String number, String employee, String coordinator) {
        long id = drafting(year, number);
        PlanningService planning = context.getBean(PlanningService.class);
        Login.as(users, employee);
        List<String> areas = areas(id);
        planning.saveResultAgreement(id, null, null, new ResultAgreementData(areas.get(0), null,
                "Beheerplan " + year, "Vastgesteld door het MT", LocalDate.of(year, 9, 30), 60));
        planning.saveResultAgreement(id, null, null, new ResultAgreementData(areas.get(1), null,
                "Evaluatie " + year, "Besproken in het college", LocalDate.of(year, 11, 30), 40));
        planning.submitDrafts(id);
        Login.as(users, coordinator);
        context.getBean(CoordinatorInputService.class).submitInput(id);
        Login.as(users, DemoUsers.MANAGER);
        planning.setAgreements(id);
        Login.as(users, employee);
        planning.agree(id);
        Login.logout();
        // the planning ends after its document step (an async job): run it, as the job executor would
        driver.runDueJobsOf(key(year, number));
        return id;
    }

    /**
     * A review taken through the progress phase and the start of the assessment (self-assessment and the
     * coordinator's input handed in): waiting for the manager's assessment.
     */
    public long assessing(int year, String number, String employee, String coordinator) {
        long id = agreed(year, number, employee, coordinator);
        ReviewReadService reads = context.getBean(ReviewReadService.class);
        ProgressService progress = context.getBean(ProgressService.class);
        CoordinatorInputService input = context.getBean(CoordinatorInputService.class);
        try {
            Login.as(users, employee);
            ReviewDossier dossier = reads.dossier(id);
            driver.moveClockTo(dossier.review().dates().progressStart());
            driver.runDueJobsOf(key(year, number));
            for (ResultAgreement a : dossier.resultAgreements()) {
                progress.reflect(id, a.getLineage(), ProgressStatus.ON_TRACK, "Loopt volgens plan.");
            }
            progress.submitReflection(id);
            Login.as(users, coordinator);
            input.submitInput(id);
            Login.as(users, DemoUsers.MANAGER);
            progress.recordConversation(id, LocalDate.now(), "Besproken: alles op koers.");

            driver.moveClockTo(dossier.review().dates().assessmentStart());
            driver.runDueJobsOf(key(year, number));
            Login.as(users, employee);
            context.getBean(AssessmentService.class).submitSelfAssessment(id);
            Login.as(users, coordinator);
            input.submitInput(id);
        } finally {
            driver.resetClock();
            Login.logout();
        }
        return id;
    }

    /** A review taken through the whole year to the manager's sign-off: closed, read-only. */
    long closed(int year, String number, String employee, String coordinator) {
        long id = assessing(year, number, employee, coordinator);
        AssessmentService assessment = context.getBean(AssessmentService.class);
        try {
            Login.as(users, DemoUsers.MANAGER);
            ReviewDossier dossier = context.getBean(ReviewReadService.class).dossier(id);
            driver.moveClockTo(dossier.review().dates().assessmentStart());
            for (ResultAgreement a : dossier.resultAgreements()) {
                assessment.scoreAgreement(id, a.getLineage(), "behaald", null);
            }
            String level = dossier.scale().codes().get(dossier.scale().codes().size() / 2);
            dossier.competencies().forEach(c -> assessment.rateCompetency(id, c.code(), level, null));
            assessment.writeAssessment(id, "voldoende", "Afspraken behaald.");
            Login.as(users, employee);
            assessment.noResponse(id);
            assessment.acknowledge(id);
            Login.as(users, DemoUsers.MANAGER);
            assessment.signOff(id);
            driver.runDueJobsOf(key(year, number));
        } finally {
            driver.resetClock();
            Login.logout();
        }
        return id;
    }

    /** The dialog of this type that is open now (Karibu keeps earlier, closed dialogs in the UI). */
    static <T extends Dialog> T openDialog(Class<T> type) {
        List<T> open = _find(type).stream().filter(Dialog::isOpened).toList();
        assertThat(open).hasSize(1);
        return open.get(0);
    }

    /** The confirmation that is open now. */
    static ConfirmDialog openConfirm() {
        List<ConfirmDialog> open = _find(ConfirmDialog.class).stream().filter(ConfirmDialog::isOpened).toList();
        assertThat(open).hasSize(1);
        return open.get(0);
    }

    /** The codes of the resultaatgebieden of the review's normfunctie, in the profile's order. */
    private List<String> areas(long id) {
        JobProfile profile = context.getBean(ReviewReadService.class).dossier(id).jobProfile();
        return profile.resultAreas().stream().map(JobProfile.ResultArea::code).toList();
    }
}
