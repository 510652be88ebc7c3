package nl.gesprekscyclus.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import java.time.LocalDate;
import java.util.List;
import nl.gesprekscyclus.review.ProgressStatus;
import nl.gesprekscyclus.review.ResultAgreementData;
import nl.gesprekscyclus.review.ReviewDossier;
import nl.gesprekscyclus.review.ReviewReadService;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.Login;
import nl.gesprekscyclus.test_support.ProcessDriver;
import nl.gesprekscyclus.test_support.ReviewScenario;
import nl.gesprekscyclus.test_support.TestPeople;
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
 * assessment and one taken through the whole year to sign-off. Built through the real services and engine
 * ({@link ReviewScenario}).
 * Public for the tests outside the screens that need a review as far as the assessment (the inzage's).
 */
public final class Ui4Reviews {

    /* logins as literals (tests name them in annotations), the same as TestPeople's; numbers from there */
    public static final String VELDMAN = "veldman";
    public static final String VELDMAN_NUMBER = TestPeople.VELDMAN.personnelNumber();
    public static final String POSTMA = "postma";
    public static final String POSTMA_NUMBER = TestPeople.POSTMA.personnelNumber();
    public static final String COORDINATOR = "scholten";
    static final String SMIT = "smit";
    static final String SMIT_NUMBER = TestPeople.SMIT.personnelNumber();
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
        return scenario(year, number, null, null).started().id();
    }

    /** A review whose planning is done: two agreements drafted by the employee, set and agreed. */
    long agreed(int year, String number, String employee) {
        return agreed(year, number, employee, COORDINATOR);
    }

    long agreed(int year, String number, String employee, String coordinator) {
        // the planning ends after its document step (an async job): run, as the job executor would
        return scenario(year, number, employee, coordinator).planned().id();
    }

    /**
     * A review taken through the progress phase and the start of the assessment (self-assessment and the
     * coordinator's input handed in): waiting for the manager's assessment.
     */
    public long assessing(int year, String number, String employee, String coordinator) {
        try {
            return scenario(year, number, employee, coordinator).to(ReviewScenario.Stage.ASSESSMENT_INPUT_GIVEN).id();
        } finally {
            driver.resetClock();
        }
    }

    /** A review taken through the whole year to the manager's sign-off: closed, read-only. */
    long closed(int year, String number, String employee, String coordinator) {
        ReviewScenario review = scenario(year, number, employee, coordinator);
        long id = review.to(ReviewScenario.Stage.ASSESSMENT_INPUT_GIVEN).id();
        try {
            Login.as(users, DemoUsers.MANAGER);
            ReviewDossier dossier = context.getBean(ReviewReadService.class).dossier(id);
            Login.logout();
            return review.competenciesRatedAt(dossier.scale().codes().get(dossier.scale().codes().size() / 2))
                    .closed().id();
        } finally {
            driver.resetClock();
        }
    }

    /**
     * The review through the services ({@link ReviewScenario}): two agreements in the first two resultaatgebieden of
     * the employee's profile, weights 60 and 40; every agreement on track, "Loopt volgens plan."; the progress report
     * "Besproken: alles op koers.". The employee's login and coordinator are needed from the drafting on.
     */
    private ReviewScenario scenario(int year, String number, String employee, String coordinator) {
        return ReviewScenario.of(context, new TestPeople.Person(number, employee, coordinator, DemoUsers.MANAGER))
                .inYear(year)
                .withAgreementsInAreas(areas -> List.of(
                        new ResultAgreementData(areas.get(0), null, "Beheerplan " + year, "Vastgesteld door het MT",
                                LocalDate.of(year, 9, 30), 60),
                        new ResultAgreementData(areas.get(1), null, "Evaluatie " + year, "Besproken in het college",
                                LocalDate.of(year, 11, 30), 40)))
                .reflecting(ProgressStatus.ON_TRACK, "Loopt volgens plan.")
                .withProgressReport("Besproken: alles op koers.");
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
}
