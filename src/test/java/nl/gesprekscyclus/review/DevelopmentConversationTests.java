package nl.gesprekscyclus.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import nl.gesprekscyclus.cycle.CycleSettings;
import nl.gesprekscyclus.cycle.CycleShape;
import nl.gesprekscyclus.cycle.RoundShape;
import nl.gesprekscyclus.monitoring.MonitoringScope;
import nl.gesprekscyclus.monitoring.MonitoringService;
import nl.gesprekscyclus.monitoring.ReviewStatus;
import nl.gesprekscyclus.privacy.PersonalDataExport;
import nl.gesprekscyclus.privacy.PrivacyFixture;
import nl.gesprekscyclus.test_support.DatabaseTest;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.DevelopmentPeople;
import nl.gesprekscyclus.test_support.InzageZip;
import nl.gesprekscyclus.test_support.Login;
import nl.gesprekscyclus.test_support.ProcessDriver;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The development conversation (ontwikkelgesprek) that ends a year without a formal assessment (issue 19, item 3),
 * through the real services and engine: a round started with "never" gives its reviews the development conversation
 * whatever cycle.yaml says later; the employee prepares, the manager (here their substitute) records and signs, the
 * employee signs as seen and the review closes; bad input is refused in Dutch at the field with nothing saved; who
 * reads the record; the inzage holds it; Voortgang counts it as its own phase. Daan Doorgroei (500001), years
 * 2080-2085 only.
 */
@DatabaseTest
@Import({ProcessDriver.class, PrivacyFixture.class})
class DevelopmentConversationTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    ProcessDriver driver;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CycleSettings settings;
    @Autowired
    PlanningService planning;
    @Autowired
    CoordinatorInputService input;
    @Autowired
    ProgressService progress;
    @Autowired
    DevelopmentService development;
    @Autowired
    ReviewReadService reads;
    @Autowired
    DossierOpenings openings;
    @Autowired
    MonitoringService monitoring;
    @Autowired
    PersonalDataExport export;
    @Autowired
    RuntimeService runtime;
    @Autowired
    Clock clock;

    @AfterEach
    void reset() {
        driver.resetClock();
        Login.logout();
    }

    private static String key(int year) {
        return year + "/" + DevelopmentPeople.EMPLOYEE;
    }

    private Review reads(long id) {
        return context.getBean(ReviewRepository.class).findById(id).orElseThrow();
    }

    private void as(String login) {
        Login.as(users, login);
    }

    /** The shape a round gets when cycle.yaml says this about the formal assessment. */
    private RoundShape shape(int year, CycleShape cycleShape) {
        return DevelopmentPeople.shape(context, year, cycleShape);
    }

    private Object processVariable(int year, String name) {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(key(year))
                .processDefinitionKey("review").singleResult().getId();
        return runtime.getVariable(instance, name);
    }

    /** The Dutch messages of a refused input, by field; the rest of the call saved nothing. */
    private static void refusedWith(Runnable call, Consumer<List<String>> messages) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ReviewValidationException.class, ex -> messages.accept(
                ex.violations().stream().map(v -> v.field() + ": " + v.message(Locale.forLanguageTag("nl"))).toList()));
    }

    @Test
    void aRoundStartedWithNeverEndsTheYearWithTheSignedDevelopmentConversationWhateverCycleYamlSaysNow() {
        int year = 2080;
        long id = DevelopmentPeople.reviewAtItsLastPhase(context, year,
                shape(year, new CycleShape(null, "never", null, null)));
        // cycle.yaml as it is now says an assessment every year; the round was started with "never" and keeps it
        assertThat(settings.cycleShape().formalAssessmentIn(year)).isTrue();
        assertThat(reads(id).hasFormalAssessment()).isFalse();
        assertThat(processVariable(year, "formalAssessment")).isEqualTo(false);
        assertThat(driver.openTasks(key(year))).containsExactly("developmentPreparation");
        assertThat(reads(id).getPhase()).isEqualTo(ReviewPhase.DEVELOPMENT);

        // the preparation is the employee's: nobody else may write it
        for (String other : List.of(DevelopmentPeople.MANAGER_LOGIN, DevelopmentPeople.COORDINATOR_LOGIN,
                DevelopmentPeople.OTHER_LOGIN, DemoUsers.HR)) {
            as(other);
            assertThatThrownBy(() -> development.prepare(id, "Namens Daan")).as(other)
                    .isInstanceOf(AccessDeniedException.class);
        }
        // an empty preparation is refused in Dutch at its field, nothing saved, the step still open
        as(DevelopmentPeople.EMPLOYEE_LOGIN);
        refusedWith(() -> development.prepare(id, "   "), m -> assertThat(m)
                .containsExactly("preparation: Dit veld is verplicht."));
        assertThat(jdbc.queryForObject("select count(*) from development_conversation where review_id = ?",
                Integer.class, id)).isZero();
        // the manager's step is not open yet: told so, nothing written
        as(DevelopmentPeople.MANAGER_LOGIN);
        assertThatThrownBy(() -> development.record(id, LocalDate.now(clock), "Terug", "POP", null))
                .isInstanceOf(TaskNotOpenException.class);
        as(DevelopmentPeople.EMPLOYEE_LOGIN);
        development.prepare(id, "Ik wil me verder ontwikkelen in projectleiding.");
        assertThat(driver.openTasks(key(year))).containsExactly("developmentConversation");

        // the record: a date in the future and a missing look back are refused at their fields, nothing saved
        as(DevelopmentPeople.MANAGER_LOGIN);
        refusedWith(() -> development.record(id, LocalDate.now(clock).plusDays(3), " ", "Cursus projectleiding",
                null), m -> assertThat(m).containsExactlyInAnyOrder(
                        "conversationDate: De datum van het gesprek ligt in de toekomst.",
                        "lookingBack: Dit veld is verplicht."));
        assertThat(jdbc.queryForObject("select count(*) from signature where review_id = ? and kind = ?",
                Integer.class, id, SignatureKind.RECORD_DEVELOPMENT.name())).isZero();
        assertThat(jdbc.queryForObject("select recorded_at is null from development_conversation where review_id = ?",
                Boolean.class, id)).isTrue();
        // the employee may not record it; the substitute in his period does, for the manager
        as(DevelopmentPeople.EMPLOYEE_LOGIN);
        assertThatThrownBy(() -> development.record(id, LocalDate.now(clock), "Terug", "POP", null))
                .isInstanceOf(AccessDeniedException.class);
        as(DevelopmentPeople.SUBSTITUTE_LOGIN);
        Signature recorded = development.record(id, LocalDate.now(clock), "De nota is op tijd af; goed afgestemd.",
                "Cursus projectleiding in het voorjaar; meelopen met een project.", "Zoekt zelf een project uit.");
        long mira = context.getBean(nl.gesprekscyclus.organisation.OrganisationDirectory.class)
                .employeeByPersonnelNumber(DevelopmentPeople.MANAGER).orElseThrow().id();
        assertThat(recorded.getKind()).isEqualTo(SignatureKind.RECORD_DEVELOPMENT);
        assertThat(recorded.getOnBehalfOfId()).isEqualTo(mira);
        assertThat(recorded.getSignedContent()).contains("Cursus projectleiding").doesNotContain("judgement");
        assertThat(driver.openTasks(key(year))).containsExactly("acknowledgeDevelopment");

        // who reads the record: the employee, the manager, HR only with a dossier opening, never the coordinator
        as(DevelopmentPeople.EMPLOYEE_LOGIN);
        assertThat(reads.dossier(id).development().getDevelopmentAgreements()).startsWith("Cursus projectleiding");
        as(DevelopmentPeople.MANAGER_LOGIN);
        DevelopmentConversation managers = reads.dossier(id).development();
        assertThat(managers.getPreparation()).startsWith("Ik wil me");
        assertThat(managers.getAuthorId()).isEqualTo(mira);
        as(DevelopmentPeople.COORDINATOR_LOGIN);
        assertThat(reads.dossier(id).development()).isNull();
        as(DevelopmentPeople.OTHER_LOGIN);
        assertThatThrownBy(() -> reads.dossier(id)).isInstanceOf(AccessDeniedException.class);
        as(DemoUsers.HR);
        assertThatThrownBy(() -> reads.dossier(id)).isInstanceOf(AccessDeniedException.class);
        openings.open(id, "Vraag van de medewerker over zijn POP");
        assertThat(reads.dossier(id).development()).isNotNull();

        // the employee signs as seen: a remark too long is refused, nothing signed; then the review closes
        as(DevelopmentPeople.EMPLOYEE_LOGIN);
        refusedWith(() -> development.acknowledge(id, "x".repeat(AgreementRules.MAX_LONG_TEXT + 1)),
                m -> assertThat(m).containsExactly("employeeComment: Maximaal 4.000 tekens."));
        assertThat(driver.openTasks(key(year))).containsExactly("acknowledgeDevelopment");
        Signature seen = development.acknowledge(id, "Dank voor het gesprek.");
        assertThat(seen.getKind()).isEqualTo(SignatureKind.ACKNOWLEDGE_DEVELOPMENT);
        assertThat(driver.openTasks(key(year))).isEmpty();
        assertThat(reads(id).getPhase()).isEqualTo(ReviewPhase.CLOSED);
        DevelopmentConversation signed = reads.dossier(id).development();
        assertThat(signed.isFinal()).isTrue();
        assertThat(signed.getEmployeeComment()).isEqualTo("Dank voor het gesprek.");
        // no assessment, no judgement, no HR advice, no zienswijze, no sign-off by anyone else
        assertThat(jdbc.queryForObject("select count(*) from assessment where review_id = ?", Integer.class, id))
                .isZero();
        assertThat(jdbc.queryForList("select kind from signature where review_id = ? order by id", String.class, id))
                .containsExactly("AGREE", "RECORD_DEVELOPMENT", "ACKNOWLEDGE_DEVELOPMENT");

        // signed by both: final and read-only
        assertThatThrownBy(() -> development.acknowledge(id, "Toch anders")).isInstanceOf(ReviewClosedException.class);
        as(DevelopmentPeople.MANAGER_LOGIN);
        assertThatThrownBy(() -> development.record(id, LocalDate.now(clock), "Anders", "Anders", null))
                .isInstanceOf(ReviewClosedException.class);
        assertThat(reads.dossier(id).development().getLookingBack()).isEqualTo("De nota is op tijd af; goed afgestemd.");

        // HR's Voortgang: the round's phases end with the development conversation, done for Daan
        Login.as(users, DemoUsers.HR);
        MonitoringService.RoundRef round = monitoring.round(year).orElseThrow();
        assertThat(round.phases()).containsExactly(ReviewPhase.PLANNING, ReviewPhase.PROGRESS,
                ReviewPhase.DEVELOPMENT);
        assertThat(monitoring.figures(new MonitoringScope(round.id(), null, null))
                .count(ReviewPhase.DEVELOPMENT, null, ReviewStatus.DONE)).isEqualTo(1);
        assertThat(jdbc.queryForList("select phase from review_phase_change where review_id = ? and kind = 'FINISHED'"
                + " order by phase", String.class, id)).containsExactly("DEVELOPMENT", "PLANNING", "PROGRESS");

        // the employee's inzage holds the record
        as(DevelopmentPeople.EMPLOYEE_LOGIN);
        JsonNode inzage = InzageZip.download(export).review(id).orElseThrow();
        assertThat(inzage.get("development_conversation")).singleElement().satisfies(row -> {
            assertThat(row.path("development_agreements").asText()).startsWith("Cursus projectleiding");
            assertThat(row.path("employee_comment").asText()).isEqualTo("Dank voor het gesprek.");
        });
    }

    @Test
    void everyOtherYearGivesTheAssessmentYearItsAssessmentAndTheOtherYearTheDevelopmentConversation() {
        // assessmentYears even: 2082 has the assessment, 2081 the development conversation
        CycleShape everyOtherYear = new CycleShape(null, "everyOtherYear", "even", null);
        long off = DevelopmentPeople.reviewAtItsLastPhase(context, 2081, shape(2081, everyOtherYear));
        assertThat(driver.openTasks(key(2081))).containsExactly("developmentPreparation");
        assertThat(reads(off).hasFormalAssessment()).isFalse();
        long on = DevelopmentPeople.reviewAtItsLastPhase(context, 2082, shape(2082, everyOtherYear));
        assertThat(driver.openTasks(key(2082))).containsExactly("selfAssessment");
        assertThat(reads(on).hasFormalAssessment()).isTrue();
        assertThat(reads(on).getPhase()).isEqualTo(ReviewPhase.ASSESSMENT);
        assertThat(processVariable(2082, "formalAssessment")).isEqualTo(true);
        // no development conversation in an assessment year
        as(DevelopmentPeople.EMPLOYEE_LOGIN);
        assertThatThrownBy(() -> development.prepare(on, "Voorbereiding")).isInstanceOf(TaskNotOpenException.class);
        assertThat(reads.dossier(on).development()).isNull();
    }
}
