package nl.gesprekscyclus.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.cycle.AssessmentPolicy;
import nl.gesprekscyclus.cycle.RoundCalendar;
import nl.gesprekscyclus.cycle.RoundShape;
import nl.gesprekscyclus.notification.Notification;
import nl.gesprekscyclus.notification.NotificationKind;
import nl.gesprekscyclus.notification.Notifications;
import nl.gesprekscyclus.organisation.EmployeeData;
import nl.gesprekscyclus.organisation.EmployeeImportService;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.organisation.ImportReport;
import nl.gesprekscyclus.organisation.OrganisationService;
import nl.gesprekscyclus.organisation.UnitData;
import nl.gesprekscyclus.organisation.UnitSummary;
import nl.gesprekscyclus.privacy.PrivacyFixture;
import nl.gesprekscyclus.review.ReviewReadService;
import nl.gesprekscyclus.review.DevelopmentAgreementData;
import nl.gesprekscyclus.review.PlanningService;
import nl.gesprekscyclus.review.ResultAgreementData;
import nl.gesprekscyclus.security.TestAccounts;
import nl.gesprekscyclus.review.ReviewValidationException;
import nl.gesprekscyclus.test_support.DatabaseTest;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.EmployeeCsv;
import nl.gesprekscyclus.test_support.Login;
import nl.gesprekscyclus.test_support.ProcessDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The round of this year for the whole demo organisation: one review per active employee with a manager (the
 * gemeentesecretaris is not in the cycle under Ommen's policy, and the round says so), started in batches and safe
 * to repeat; a joiner, a function change and a leaver during the year; reminders and escalations. And the
 * assessment policy at the start: who assesses the top, and a line that cannot be resolved, refused per employee
 * with a Dutch reason and nothing half-made.
 */
@DatabaseTest
@Import({ProcessDriver.class, PrivacyFixture.class})
// the round of this year is the only one the organisation's changes reach: the first test starts it, the import
// test after it uses it (run on its own, the import test starts it itself)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RoundTests {

    static final int YEAR = LocalDate.now().getYear();
    static final String EVA = "100041";
    static final String KOEN = "100039";
    /** The burgemeester of the tests that configure who assesses the top: recorded as an employee, not in the cycle. */
    static final String BURGEMEESTER = "940001";

    @Autowired
    UserDetailsService users;
    @Autowired
    RoundService rounds;
    @Autowired
    RoundMembership membership;
    @Autowired
    OrganisationService organisation;
    @Autowired
    OrganisationDirectory directory;
    @Autowired
    Notifications notifications;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessDriver driver;
    @Autowired
    EmployeeImportService imports;
    @Autowired
    PlanningService planning;
    @Autowired
    ApplicationContext context;
    @Autowired
    ReviewReadService reading;
    @Autowired
    AuditTrail audit;

    @AfterEach
    void reset() {
        Login.logout();
        driver.resetClock();
    }

    @Test
    @Order(1)
    void shouldStartOneReviewPerActiveEmployeeAndFollowTheOrganisationDuringTheYear() {
        Login.as(users, DemoUsers.EMPLOYEE);
        assertThatThrownBy(() -> rounds.startRound(rounds.defaultCalendar(YEAR), RoundSelection.everyone()))
                .isInstanceOf(AccessDeniedException.class);

        Login.as(users, DemoUsers.HR);
        Round round = rounds.startRound(rounds.defaultCalendar(YEAR), RoundSelection.everyone());
        assertThatThrownBy(() -> rounds.startRound(rounds.defaultCalendar(YEAR), RoundSelection.everyone()))
                .isInstanceOf(ReviewValidationException.class);
        driver.runDueJobs();

        // every active employee with a manager, also those other tests in this JVM created: the demo organisation
        // has 44, one of whom has no manager: Annemarie Bakker, the gemeentesecretaris. Ommen's policy names nobody
        // to assess her (topAssessor: none), so she has no review, and the round says so with her name and why
        int active = jdbc.queryForObject("select count(*) from employee where active = true and manager_id is not null",
                Integer.class);
        assertThat(jdbc.queryForObject("select count(*) from employee where active = true and personnel_number"
                + " between '100001' and '100099'", Integer.class)).isEqualTo(44);
        assertThat(reviewCount()).isEqualTo(active);
        assertThat(jdbc.queryForObject("select count(*) from review where process_key = ?", Integer.class,
                YEAR + "/100001")).isZero();
        assertThat(rounds.overview(YEAR).orElseThrow().notStarted()).filteredOn(n -> n.personnelNumber().equals("100001"))
                .singleElement().satisfies(n -> {
                    assertThat(n.name()).isEqualTo("Annemarie Bakker");
                    assertThat(n.reason()).isEqualTo("Annemarie Bakker heeft geen leidinggevende, en cycle.yaml"
                            + " noemt niemand die de top van de organisatie beoordeelt (assessmentPolicy.topAssessor:"
                            + " none): Annemarie Bakker doet niet mee aan de gesprekscyclus.");
                });
        assertThat(driver.openTasks(YEAR + "/100033")).containsExactly("draftAgreements");
        assertThat(driver.openTasks(YEAR + "/100027")).as("left service before the round").isEmpty();
        // starting a batch again (a retried job) gives nobody a second review
        assertThat(membership.startBatch(round.getId(), 0)).isZero();
        driver.runDueJobs();
        assertThat(reviewCount()).isEqualTo(active);

        // a new colleague joins: the open round starts their review; too briefly in service for this year's
        // assessment, so it falls due six months after the start
        Login.as(users, DemoUsers.ADMIN);
        LocalDate start = LocalDate.of(YEAR, 11, 1);
        organisation.saveEmployee(null, null, new EmployeeData("100046", "Lieke", null, "Jansen",
                "lieke.jansen@ommen.nl", "adviseur", "concern-en-ondersteuning", "100001", "100010", false, start, true));
        driver.runDueJobs();
        assertThat(reviewCount()).isEqualTo(active + 1);
        assertThat(jdbc.queryForObject("select period_end from review r join employee e on e.id = r.employee_id "
                + "where e.personnel_number = '100046'", LocalDate.class)).isEqualTo(start.plusMonths(6));
        assertThat(driver.openTasks(YEAR + "/100046")).containsExactly("draftAgreements");

        // a change of function reaches the running review
        // (other people than the demo logins: tests share one database)
        EmployeeSummary eva = directory.employeeByPersonnelNumber(EVA).orElseThrow();
        organisation.saveEmployee(eva.id(), eva.version(), with(eva, "strategisch-beleidsadviseur", true));
        driver.runDueJobs();
        assertThat(jdbc.queryForObject("select job_profile_code from review where process_key = ?", String.class,
                YEAR + "/" + EVA)).isEqualTo("medewerker-ontwikkeling-i");
        // recorded with its date, not overwritten: the profile she was on until today stays with the review
        assertThat(jdbc.queryForList("select c.old_job_title_code || ' ' || c.old_job_profile_code || ' ' ||"
                + " c.effective_date from review_profile_change c join review r on r.id = c.review_id"
                + " where r.process_key = ?", String.class, YEAR + "/" + EVA))
                .containsExactly("beleidsadviseur medewerker-ontwikkeling-ii " + LocalDate.now());

        // leaving service ends the review with a reason; what was recorded stays
        EmployeeSummary koen = directory.employeeByPersonnelNumber(KOEN).orElseThrow();
        organisation.saveEmployee(koen.id(), koen.version(), with(koen, koen.jobTitleCode(), false));
        driver.runDueJobs();
        assertThat(jdbc.queryForObject("select phase from review where process_key = ?", String.class,
                YEAR + "/" + KOEN)).isEqualTo("ENDED");
        assertThat(jdbc.queryForObject("select ended_reason from review where process_key = ?", String.class,
                YEAR + "/" + KOEN)).isEqualTo("uit dienst");
        assertThat(driver.openTasks(YEAR + "/" + KOEN)).isEmpty();
    }

    @Test
    @Order(2)
    void shouldTakeAnImportsJoinersFunctionChangesAndLeaversIntoTheRunningRoundInTheBackground() {
        Login.as(users, DemoUsers.HR);
        rounds.round(YEAR).orElseGet(() -> rounds.startRound(rounds.defaultCalendar(YEAR), RoundSelection.everyone()));
        driver.runDueJobs();
        Login.as(users, DemoUsers.ADMIN);

        // three new colleagues in one file (people of this test only: tests share one database)
        ImportReport joined = imports.importEmployees(EmployeeCsv.withRows("""
                462001;Ada;;Import;ada.import@ommen.nl;adviseur;concern-en-ondersteuning;100001;;2020-01-01;ja
                462002;Ben;;Import;ben.import@ommen.nl;adviseur;concern-en-ondersteuning;100001;;2020-01-01;ja
                462003;Cas;;Import;cas.import@ommen.nl;adviseur;concern-en-ondersteuning;100001;;2020-01-01;ja
                """));
        assertThat(joined.applied()).isTrue();
        // the import hands them to the round; their reviews start in the round's own batches once it has committed
        assertThat(reviewPhase("462001")).isNull();
        driver.runDueJobs();
        for (String number : new String[] {"462001", "462002", "462003"}) {
            assertThat(driver.openTasks(YEAR + "/" + number)).as(number).containsExactly("draftAgreements");
        }
        String casBefore = jdbc.queryForObject("select version from review where process_key = ?", String.class,
                YEAR + "/462003");

        // the next export: Ada has another function, Ben left, Dirk is new, Cas is as he was
        ImportReport changed = imports.importEmployees(EmployeeCsv.withRows("""
                462001;Ada;;Import;ada.import@ommen.nl;strategisch-beleidsadviseur;concern-en-ondersteuning;100001;;2020-01-01;ja
                462002;Ben;;Import;ben.import@ommen.nl;adviseur;concern-en-ondersteuning;100001;;2020-01-01;nee
                462003;Cas;;Import;cas.import@ommen.nl;adviseur;concern-en-ondersteuning;100001;;2020-01-01;ja
                462004;Dirk;;Import;dirk.import@ommen.nl;adviseur;concern-en-ondersteuning;100001;;2020-01-01;ja
                """));
        assertThat(changed.applied()).isTrue();
        // Ben's review ends in the background too (an engine batch), a moment after the import
        assertThat(reviewPhase("462002")).isEqualTo("PLANNING");
        driver.runDueJobs();

        assertThat(jdbc.queryForObject("select job_title_code from review where process_key = ?", String.class,
                YEAR + "/462001")).isEqualTo("strategisch-beleidsadviseur");
        assertThat(reviewPhase("462002")).isEqualTo("ENDED");
        assertThat(jdbc.queryForObject("select ended_reason from review where process_key = ?", String.class,
                YEAR + "/462002")).isEqualTo("uit dienst");
        assertThat(driver.openTasks(YEAR + "/462002")).isEmpty();
        assertThat(driver.openTasks(YEAR + "/462004")).containsExactly("draftAgreements");
        assertThat(jdbc.queryForObject("select version from review where process_key = ?", String.class,
                YEAR + "/462003")).as("nothing changed for Cas, so his review is left alone").isEqualTo(casBefore);
    }

    /**
     * Issue 16: a unit gets a new manager; the people who follow the unit get them as manager in the same save, and
     * the open manager task of a running review moves to them in the round's background batch.
     */
    @Test
    @Order(3)
    void shouldGiveTheOpenManagerTaskOfAUnitsPeopleToTheUnitsNewManager() {
        Login.as(users, DemoUsers.HR);
        rounds.round(YEAR).orElseGet(() -> rounds.startRound(rounds.defaultCalendar(YEAR), RoundSelection.everyone()));
        driver.runDueJobs();
        Login.as(users, DemoUsers.ADMIN);
        // a team of this test (tests share one database): 463001 manages it, 463002 and 463003 work in it
        ImportReport team = imports.importOrganisation("""
                code;naam;bovenliggend;leidinggevende
                t16r-team;Team Ruimte;gemeente;463001
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8), EmployeeCsv.withRows("""
                463001;Mila;;Ruimte;mila.ruimte@ommen.nl;beleidsadviseur;t16r-team;;;2015-01-01;ja
                463002;Noah;;Ruimte;noah.ruimte@ommen.nl;beleidsadviseur;t16r-team;;;2015-01-01;ja
                463003;Puck;;Ruimte;puck.ruimte@ommen.nl;beleidsadviseur;t16r-team;;;2015-01-01;ja
                """));
        assertThat(team.applied()).as(team.toString()).isTrue();
        driver.runDueJobs();
        String key = YEAR + "/463003";
        long reviewId = driver.reviewId(key);
        EmployeeSummary puck = directory.employeeByPersonnelNumber("463003").orElseThrow();
        assertThat(puck.managerNumber()).isEqualTo("463001");
        TestAccounts.ensureWithPassword(context, "t16-puck", puck.id(), DemoUsers.PASSWORD);
        Login.as(users, "t16-puck");
        planning.saveResultAgreement(reviewId, null, null, new ResultAgreementData("RG1", null, "Omgevingsvisie",
                "Vastgesteld door de raad", LocalDate.of(YEAR, 9, 30), 100));
        planning.saveDevelopmentAgreement(reviewId, null, null, new DevelopmentAgreementData("Omgevingswet",
                "cursus", "meer kennis", "minder zoeken", "cursus volgen", "ruimte geven", "budget", null));
        planning.submitDrafts(reviewId);
        assertThat(driver.openTask(key, "planningConversation").getAssignee()).isEqualTo("463001");

        Login.as(users, DemoUsers.ADMIN);
        UnitSummary unit = organisation.units().stream().filter(u -> u.code().equals("t16r-team")).findFirst()
                .orElseThrow();
        organisation.saveUnit(unit.id(), unit.version(), new UnitData(unit.code(), unit.name(), unit.kind(),
                unit.parentCode(), "463002", null, null, null));
        assertThat(directory.employeeByPersonnelNumber("463003").orElseThrow().managerNumber()).isEqualTo("463002");
        assertThat(directory.employeeByPersonnelNumber("463001").orElseThrow().managerNumber())
                .as("the former manager now works in the team under the new one").isEqualTo("463002");
        driver.runDueJobs();

        assertThat(driver.openTask(key, "planningConversation").getAssignee()).isEqualTo("463002");
        long noah = directory.employeeByPersonnelNumber("463002").orElseThrow().id();
        assertThat(jdbc.queryForObject("select manager_id from review where process_key = ?", Long.class, key))
                .isEqualTo(noah);
        assertThat(line("463003")).as("the policy's signer (under Ommen's: the manager) follows the unit's manager")
                .containsEntry("SIGN_OFF_BY_ID", noah);

        // the new manager reads what was written before the change; the former manager's access ended with it,
        // and the refusal is in the audit trail
        TestAccounts.ensure(context, "t16-mila", directory.employeeByPersonnelNumber("463001").orElseThrow().id(),
                List.of());
        TestAccounts.ensure(context, "t16-noah", noah, List.of());
        Login.as(users, "t16-noah");
        assertThat(reading.dossier(reviewId).resultAgreements()).extracting(a -> a.data().description())
                .containsExactly("Omgevingsvisie");
        Login.as(users, "t16-mila");
        assertThatThrownBy(() -> reading.dossier(reviewId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> planning.setAgreements(reviewId)).isInstanceOf(AccessDeniedException.class);
        assertThat(audit.latest("read review")).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("t16-mila");
            assertThat(e.outcome()).isEqualTo(AuditTrail.REFUSED);
        });
    }

    /**
     * The import's batch under the assessment policy, with the unit tree (issue 16): an empty "leidinggevende" means
     * "follow the unit", so a joiner gets the unit's manager as assessor and signer at once; a manager set for her
     * and taken away again moves the running review's assessor and signer (under Ommen's policy: the manager) with
     * it. (Before the tree an empty column meant "no manager", which the policy refuses; in the tree only the
     * manager of the top has nobody, and the round's start names her: see the first test.)
     */
    @Test
    @Order(4)
    void shouldStartAJoinerUnderHerUnitsManagerAndMoveTheSignerWithEveryChangeOfManager() {
        Login.as(users, DemoUsers.HR);
        Round round = rounds.round(YEAR).orElseGet(() -> rounds.startRound(rounds.defaultCalendar(YEAR),
                RoundSelection.everyone()));
        driver.runDueJobs();
        Login.as(users, DemoUsers.ADMIN);
        long annemarie = directory.employeeByPersonnelNumber("100001").orElseThrow().id();
        long henk = directory.employeeByPersonnelNumber("100002").orElseThrow().id();

        // a joiner who follows her unit: its manager (Annemarie Bakker) assesses and signs off, and the round names
        // no reason for her
        assertThat(imports.importEmployees(EmployeeCsv.withRows("""
                462005;Eline;;Import;eline.import@ommen.nl;adviseur;concern-en-ondersteuning;;;2020-01-01;ja
                """)).applied()).isTrue();
        driver.runDueJobs();
        assertThat(driver.openTasks(YEAR + "/462005")).containsExactly("draftAgreements");
        assertThat(line("462005")).containsEntry("MANAGER_ID", annemarie).containsEntry("SECOND_ASSESSOR_ID", null)
                .containsEntry("SIGN_OFF_BY_ID", annemarie);
        Login.as(users, DemoUsers.HR);
        assertThat(rounds.overview(YEAR).orElseThrow().notStarted()).extracting(RoundOverview.NotStarted::personnelNumber)
                .doesNotContain("462005");
        assertThat(round.isOpen()).isTrue();

        // another manager set for her in a later export: her running review follows, and whoever the policy names to
        // sign off moves with it, not only the assessor
        Login.as(users, DemoUsers.ADMIN);
        assertThat(imports.importEmployees(EmployeeCsv.withRows("""
                462005;Eline;;Import;eline.import@ommen.nl;adviseur;concern-en-ondersteuning;100002;;2020-01-01;ja
                """)).applied()).isTrue();
        driver.runDueJobs();
        assertThat(line("462005")).containsEntry("MANAGER_ID", henk).containsEntry("SECOND_ASSESSOR_ID", null)
                .containsEntry("SIGN_OFF_BY_ID", henk);

        // the override taken away: she follows the unit again, and so do her assessor and signer
        assertThat(imports.importEmployees(EmployeeCsv.withRows("""
                462005;Eline;;Import;eline.import@ommen.nl;adviseur;concern-en-ondersteuning;;;2020-01-01;ja
                """)).applied()).isTrue();
        driver.runDueJobs();
        assertThat(line("462005")).containsEntry("MANAGER_ID", annemarie).containsEntry("SIGN_OFF_BY_ID", annemarie);
    }

    /** The people the policy resolved for the running review of this year. */
    private java.util.Map<String, Object> line(String personnelNumber) {
        return jdbc.queryForMap("select manager_id, second_assessor_id, sign_off_by_id from review"
                + " where process_key = ?", YEAR + "/" + personnelNumber);
    }

    private String reviewPhase(String personnelNumber) {
        return jdbc.query("select phase from review where process_key = ?", rs -> rs.next() ? rs.getString(1) : null,
                YEAR + "/" + personnelNumber);
    }

    @Test
    void shouldRemindBeforeTheDueDateAndEscalateToTheManagerAndHrAfterIt() {
        Login.as(users, DemoUsers.HR);
        // last year's round (tests share one database; this year's round belongs to the test above)
        rounds.startRound(rounds.defaultCalendar(YEAR - 1), new RoundSelection(Set.of(), Set.of("100033")));
        driver.runDueJobs();
        String key = (YEAR - 1) + "/100033";
        long reviewId = jdbc.queryForObject("select id from review where process_key = ?", Long.class, key);
        LocalDate due = jdbc.queryForObject("select planning_due from review where id = ?", LocalDate.class, reviewId);

        driver.moveClockTo(due.minusDays(6));
        driver.runDueJobsOf(key);
        driver.runDueJobsOf(key);
        assertThat(timerNotifications(reviewId)).extracting(Notification::getKind, Notification::getTaskKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(NotificationKind.REMINDER, "draftAgreements"));
        long lotte = directory.employeeByPersonnelNumber("100033").orElseThrow().id();
        assertThat(timerNotifications(reviewId).get(0).getRecipientEmployeeId()).isEqualTo(lotte);

        driver.moveClockTo(due.plusDays(4));
        driver.runDueJobsOf(key);
        driver.moveClockTo(due.plusDays(11));
        driver.runDueJobsOf(key);
        long bakker = directory.employeeByPersonnelNumber("100001").orElseThrow().id();
        assertThat(timerNotifications(reviewId)).extracting(Notification::getKind).containsExactly(
                NotificationKind.REMINDER, NotificationKind.ESCALATION_MANAGER, NotificationKind.ESCALATION_HR);
        assertThat(timerNotifications(reviewId).get(1).getRecipientEmployeeId()).isEqualTo(bakker);
        assertThat(timerNotifications(reviewId).get(2).getRecipientRole()).isEqualTo("HR");
    }

    @Test
    void shouldGiveTheReviewsTheShapeTheirRoundStartedWithNotTheLiveCycleYaml() {
        Login.as(users, DemoUsers.ADMIN);
        String vera = "700001";
        if (directory.employeeByPersonnelNumber(vera).isEmpty()) {
            organisation.saveEmployee(null, null, new EmployeeData(vera, "Vera", null, "Zeventig",
                    "vera.zeventig@ommen.nl", "beheerder", "regie-en-coordinatie", "100001", null, false,
                    LocalDate.of(2015, 1, 1), true));
        }
        Login.as(users, DemoUsers.HR);
        int year = 2070;
        // cycle.yaml says one progress conversation and no feedback round; this round was started with two and one
        RoundShape shape = new RoundShape(List.of(
                new RoundCalendar.Phase(LocalDate.of(year, 6, 1), LocalDate.of(year, 6, 30)),
                new RoundCalendar.Phase(LocalDate.of(year, 9, 1), LocalDate.of(year, 9, 30))), true, true);
        TestRounds.round(context, year, Set.of(vera), AssessmentPolicy.DEFAULTS, shape);
        driver.runDueJobsOf("round-" + year);
        driver.runDueJobsOf(year + "/" + vera);

        // the round keeps the shape (read back from its row), and the review plans its own two conversations
        assertThat(context.getBean(RoundRepository.class).findByYear(year).orElseThrow().shape()).isEqualTo(shape);
        assertThat(jdbc.queryForMap("select progress_windows, progress_conversation from review where process_key = ?",
                year + "/" + vera)).containsEntry("PROGRESS_WINDOWS", "2070-06-01/2070-06-30,2070-09-01/2070-09-30")
                .containsEntry("PROGRESS_CONVERSATION", 1);
        // its process counts two, and waits for the first window
        String instance = context.getBean(org.camunda.bpm.engine.RuntimeService.class).createProcessInstanceQuery()
                .processInstanceBusinessKey(year + "/" + vera).processDefinitionKey("review").singleResult().getId();
        org.camunda.bpm.engine.RuntimeService runtime = context.getBean(org.camunda.bpm.engine.RuntimeService.class);
        assertThat(runtime.getVariable(instance, "progressCount")).isEqualTo(2);
        assertThat(runtime.getVariable(instance, "progressNumber")).isEqualTo(1);
        assertThat(runtime.getVariable(instance, "progressDue")).isEqualTo(java.util.Date.from(
                LocalDate.of(year, 6, 30).atTime(23, 59, 59).atZone(java.time.ZoneId.systemDefault()).toInstant()));

        // the loop's step takes the second conversation from the review's own plan and records where the review is
        long reviewId = driver.reviewId(year + "/" + vera);
        java.util.Map<String, Object> second = context.getBean(nl.gesprekscyclus.workflow.ReviewSteps.class)
                .nextProgressConversation(reviewId, 1);
        assertThat(second).containsEntry("progressNumber", 2).containsEntry("progressStart", java.util.Date.from(
                LocalDate.of(year, 9, 1).atStartOfDay(java.time.ZoneId.systemDefault()).toInstant()));
        assertThat(jdbc.queryForObject("select progress_conversation from review where id = ?", Integer.class,
                reviewId)).isEqualTo(2);
    }

    @Test
    void shouldLetThePersonThePolicyNamesAssessTheTopAndKeepThemOutOfTheRound() {
        Login.as(users, DemoUsers.ADMIN);
        // the burgemeester, recorded as an employee to assess the gemeentesecretaris; in the unit tree he is in the
        // top unit and so has her as manager, but nobody above him is consulted or signs off
        EmployeeSummary otto = directory.employeeByPersonnelNumber(BURGEMEESTER).orElseGet(() -> organisation
                .saveEmployee(null, null, new EmployeeData(BURGEMEESTER, "Otto", null, "Burgemeester",
                        "otto.burgemeester@ommen.nl", "gemeentesecretaris", "gemeente", null, null, false,
                        LocalDate.of(2020, 1, 1), true)));
        assertThat(otto.managerNumber()).as("the unit tree gives him a manager").isEqualTo("100001");
        Login.as(users, DemoUsers.HR);
        int year = 2046;
        Round round = TestRounds.round(context, year, Set.of("100001", BURGEMEESTER),
                new AssessmentPolicy("nextLevel", "gemeentesecretaris", BURGEMEESTER, false));
        driver.runDueJobsOf("round-" + year);
        driver.runDueJobsOf(year + "/100001");

        // her review is assessed, consulted on and signed off by him (nobody above him: no second assessor)
        assertThat(jdbc.queryForMap("select manager_id, second_assessor_id, sign_off_by_id from review"
                + " where process_key = ?", year + "/100001")).containsEntry("MANAGER_ID", otto.id())
                .containsEntry("SECOND_ASSESSOR_ID", null).containsEntry("SIGN_OFF_BY_ID", otto.id());
        assertThat(driver.openTasks(year + "/100001")).containsExactly("draftAgreements");
        // and he is not in the cycle himself
        assertThat(jdbc.queryForObject("select count(*) from review where process_key = ?", Integer.class,
                year + "/" + BURGEMEESTER)).isZero();
        assertThat(rounds.overview(year).orElseThrow().notStarted()).singleElement().satisfies(n -> {
            assertThat(n.personnelNumber()).isEqualTo(BURGEMEESTER);
            assertThat(n.reason()).isEqualTo("Otto Burgemeester beoordeelt de top van de organisatie"
                    + " (assessmentPolicy.topAssessor in cycle.yaml) en doet zelf niet mee aan de gesprekscyclus.");
        });
        assertThat(round.policy().topAssessorNumber()).contains(BURGEMEESTER);
    }

    @Test
    void shouldStartNoReviewWhoseLineCannotBeResolvedSayWhyAndStartItOnceTheLineIsMended() {
        Login.as(users, DemoUsers.ADMIN);
        EmployeeSummary mila = directory.employeeByPersonnelNumber("940002").orElseGet(() -> organisation.saveEmployee(
                null, null, new EmployeeData("940002", "Mila", null, "Midden", "mila.midden@ommen.nl", "adviseur",
                        "concern-en-ondersteuning", "100001", null, false, LocalDate.of(2015, 1, 1), true)));
        EmployeeSummary tom = directory.employeeByPersonnelNumber("940003").orElseGet(() -> organisation.saveEmployee(
                null, null, new EmployeeData("940003", "Tom", null, "Team", "tom.team@ommen.nl", "adviseur",
                        "concern-en-ondersteuning", "940002", null, false, LocalDate.of(2015, 1, 1), true)));
        // records the screens and the import refuse, as a later import or unit tree could still deliver them: Mila
        // and Tom each other's manager
        jdbc.update("update employee set manager_id = ? where id = ?", tom.id(), mila.id());
        try {
            Login.as(users, DemoUsers.HR);
            int year = 2047;
            Round round = TestRounds.round(context, year, Set.of("940003"),
                    new AssessmentPolicy("nextLevel", "manager", "none", false));
            driver.runDueJobsOf("round-" + year);

            // nothing of a review: no row, no process, no task; the round names him and says why
            assertThat(jdbc.queryForObject("select count(*) from review where process_key = ?", Integer.class,
                    year + "/940003")).isZero();
            assertThat(driver.openTasks(year + "/940003")).isEmpty();
            assertThat(rounds.overview(year).orElseThrow().notStarted()).singleElement().satisfies(n -> {
                assertThat(n.name()).isEqualTo("Tom Team");
                assertThat(n.reason()).isEqualTo("De tweede beoordelaar van Tom Team zou Tom Team zelf zijn:"
                        + " Tom Team staat vastgelegd als leidinggevende van Mila Midden.");
            });
            assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'review.not-started'"
                    + " and subject_employee_id = ? and outcome = 'REFUSED'", Integer.class, tom.id())).isPositive();

            // mended: the next change of Tom reaches the round, which tries again
            jdbc.update("update employee set manager_id = (select id from employee where personnel_number = '100001')"
                    + " where id = ?", mila.id());
            membership.updateEmployee(round.getId(), "940003");
            driver.runDueJobsOf(year + "/940003");
            assertThat(jdbc.queryForMap("select manager_id, second_assessor_id, sign_off_by_id from review"
                    + " where process_key = ?", year + "/940003")).containsEntry("MANAGER_ID", mila.id())
                    .containsEntry("SIGN_OFF_BY_ID", mila.id()).containsEntry("SECOND_ASSESSOR_ID",
                            directory.employeeByPersonnelNumber("100001").orElseThrow().id());
            assertThat(driver.openTasks(year + "/940003")).containsExactly("draftAgreements");
            assertThat(rounds.overview(year).orElseThrow().notStarted()).isEmpty();
        } finally {
            jdbc.update("update employee set manager_id = (select id from employee where personnel_number = '100001')"
                    + " where id = ?", mila.id());
        }
    }

    /**
     * Issue 21: a batch starts its reviews in one transaction; when one of them cannot start, the batch is started
     * again one review per transaction. The others start, nothing of the failed one is left (no review row, no
     * process, no task, no notification), and the round's screen names him with why, as the audit trail does. Once
     * the cause is mended, the next change of the employee starts his review. The failure here is the database
     * refusing his first task (a check constraint of this test on the engine's task table): a failure in the middle
     * of the engine's part of the start, after his review row was written.
     */
    @Test
    void shouldStartTheRestOfABatchWhenOneReviewCannotStartAndNameTheOneThatFailed() {
        Login.as(users, DemoUsers.ADMIN);
        // people of this test only (tests share one database), all in one batch of the round
        List<String> numbers = List.of("960101", "960102", "960103", "960104");
        for (String number : numbers) {
            directory.employeeByPersonnelNumber(number).orElseGet(() -> organisation.saveEmployee(null, null,
                    new EmployeeData(number, "Bea", null, "Batch" + number, "bea.batch" + number + "@ommen.nl",
                            "adviseur", "concern-en-ondersteuning", "100001", null, false, LocalDate.of(2015, 1, 1),
                            true)));
        }
        String bad = "960102";
        long badId = directory.employeeByPersonnelNumber(bad).orElseThrow().id();
        int year = 2060;
        jdbc.execute("alter table act_ru_task add constraint ck_round_tests_bad_start check (assignee_ is null"
                + " or assignee_ <> '" + bad + "')");
        try {
            Login.as(users, DemoUsers.HR);
            Round round = TestRounds.round(context, year, Set.copyOf(numbers));
            driver.runDueJobsOf("round-" + year);
            // (the code before issue 21 started each review in a job of its own: run those too)
            driver.runDueJobsOf(numbers.stream().map(n -> year + "/" + n).toArray(String[]::new));

            for (String number : numbers) {
                if (!number.equals(bad)) {
                    assertThat(driver.openTasks(year + "/" + number)).as(number).containsExactly("draftAgreements");
                }
            }
            assertThat(jdbc.queryForObject("select count(*) from review where process_key = ?", Integer.class,
                    year + "/" + bad)).as("no review row").isZero();
            assertThat(jdbc.queryForObject("select count(*) from act_ru_execution where business_key_ = ?",
                    Integer.class, year + "/" + bad)).as("no process").isZero();
            assertThat(jdbc.queryForObject("select count(*) from notification n join review r on r.id = n.review_id"
                    + " where r.review_year = ? and r.employee_id = ?", Integer.class, year, badId)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from act_ru_incident i join act_ru_execution e"
                    + " on e.id_ = i.proc_inst_id_ where e.business_key_ like ?", Integer.class, year + "/%"))
                    .isZero();
            RoundOverview overview = rounds.overview(year).orElseThrow();
            assertThat(overview.reviewsStarted()).isEqualTo(numbers.size() - 1);
            assertThat(overview.starting()).as("the round is not held up by the failed review").isFalse();
            assertThat(overview.notStarted()).singleElement().satisfies(n -> {
                assertThat(n.personnelNumber()).isEqualTo(bad);
                assertThat(n.reason()).isEqualTo(RoundMembership.START_FAILED);
            });
            assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'review.start.failed'"
                    + " and subject_employee_id = ? and outcome = 'FAILURE'", Integer.class, badId)).isPositive();

            // a batch in which every review fails on its own too is not one bad review (the database, the engine):
            // the batch job fails and the engine retries it later, and nobody is named for it
            TestRounds.round(context, year + 1, Set.of(bad));
            assertThatThrownBy(() -> driver.runDueJobsOf("round-" + (year + 1))).satisfies(e -> assertThat(
                    org.assertj.core.util.Throwables.getStackTrace(e)).containsIgnoringCase("ck_round_tests_bad_start"));
            assertThat(jdbc.queryForObject("select count(*) from review where review_year = ?", Integer.class,
                    year + 1)).isZero();
            assertThat(rounds.overview(year + 1).orElseThrow().notStarted()).isEmpty();
            assertThat(rounds.overview(year + 1).orElseThrow().starting()).as("its batch waits for its retry").isTrue();

            // mended: the next change of the employee reaches the round, which tries again
            jdbc.execute("alter table act_ru_task drop constraint ck_round_tests_bad_start");
            membership.updateEmployee(round.getId(), bad);
            driver.runDueJobsOf(year + "/" + bad);
            assertThat(driver.openTasks(year + "/" + bad)).containsExactly("draftAgreements");
            assertThat(rounds.overview(year).orElseThrow().notStarted()).isEmpty();
        } finally {
            jdbc.execute("alter table act_ru_task drop constraint if exists ck_round_tests_bad_start");
        }
    }

    /** The reminders and escalations (the "new task" notifications are not what the timers do). */
    private java.util.List<Notification> timerNotifications(long reviewId) {
        return notifications.ofReview(reviewId).stream().filter(n -> n.getKind() != NotificationKind.TASK_ASSIGNED)
                .toList();
    }

    private int reviewCount() {
        return jdbc.queryForObject("select count(*) from review where review_year = ?", Integer.class, YEAR);
    }

    private static EmployeeData with(EmployeeSummary e, String jobTitle, boolean active) {
        return new EmployeeData(e.personnelNumber(), e.firstName(), e.namePrefix(), e.lastName(), e.email(), jobTitle,
                e.unitCode(), e.managerOverride() ? e.managerNumber() : null, e.coordinatorNumber(), e.coordinationModule(), e.startDate(),
                active);
    }
}
