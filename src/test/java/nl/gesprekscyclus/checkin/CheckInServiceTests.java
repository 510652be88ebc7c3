package nl.gesprekscyclus.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.gesprekscyclus.base.i18n.Messages;
import nl.gesprekscyclus.monitoring.MonitoringScope;
import nl.gesprekscyclus.monitoring.MonitoringService;
import nl.gesprekscyclus.privacy.PersonalDataExport;
import nl.gesprekscyclus.review.DossierOpenings;
import nl.gesprekscyclus.review.PlanningService;
import nl.gesprekscyclus.review.ResultAgreement;
import nl.gesprekscyclus.review.ResultAgreementData;
import nl.gesprekscyclus.test_support.AccessProbe;
import nl.gesprekscyclus.test_support.DatabaseTest;
import nl.gesprekscyclus.test_support.InzageZip;
import nl.gesprekscyclus.test_support.Login;
import nl.gesprekscyclus.test_support.MatrixPeople;
import nl.gesprekscyclus.test_support.SubstitutePeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Check-ins on the real services (issue 19, item 1): recorded by either party, added to by the other, a private note
 * read by its writer only (not through the service, the other party's inzage or the audit trail), bad dates refused
 * with nothing stored, every relation let in or refused as docs/checkins.md says, and a due action reminded once.
 * The matrix's people (docs/access-rules.md) in a review of 2064, with the application's clock in that year.
 */
@DatabaseTest
@Import(CheckInTestClock.class)
class CheckInServiceTests {

    static final int YEAR = CheckInTestClock.YEAR;
    static final String REASON = "Klacht over de gesprekken onderzoeken op verzoek van de medewerker";

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    CheckInService checkIns;
    @Autowired
    CheckInReminders reminders;
    @Autowired
    PlanningService planning;
    @Autowired
    DossierOpenings openings;
    @Autowired
    PersonalDataExport export;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MonitoringService monitoring;

    long reviewId;
    String lineage;

    @BeforeEach
    void review() {
        SubstitutePeople.ensure(context);
        reviewId = MatrixPeople.review(context, YEAR, MatrixPeople.EMPLOYEE_NUMBER);
        as("EMPLOYEE");
        List<ResultAgreement> drafts = context.getBean(nl.gesprekscyclus.review.ReviewConversations.class)
                .agreementsOf(reviewId);
        lineage = drafts.isEmpty() ? planning.saveResultAgreement(reviewId, null, null, new ResultAgreementData("RG1",
                null, "Nota armoedebeleid", "Vastgesteld door de raad", CheckInTestClock.TODAY.plusMonths(2), null))
                .getLineage() : drafts.get(0).getLineage();
        Login.logout();
    }

    @AfterEach
    void logout() {
        Login.logout();
    }

    private void as(String party) {
        Login.as(users, MatrixPeople.LOGIN.get(party));
    }

    private CheckInData checkIn(String topics, String privateNote, CheckInData.Action... actions) {
        return new CheckInData(CheckInTestClock.TODAY.minusDays(3), "Wies Werknemer, Lotte Leider", topics,
                List.of(new CheckInData.Touched(lineage, AgreementProgress.AT_RISK)), List.of(actions), privateNote);
    }

    private CheckInView find(String topics) {
        return checkIns.of(reviewId).checkIns().stream().filter(c -> c.topics().equals(topics)).findFirst()
                .orElseThrow();
    }

    @Test
    void shouldLetTheEmployeeRecordACheckInThatTheManagerReadsAndAddsTo() {
        String topics = "Werkdruk en de nota " + System.nanoTime();
        as("EMPLOYEE");
        CheckInView recorded = checkIns.record(reviewId, checkIn(topics, null, new CheckInData.Action(
                "Planning bijstellen", ActionOwner.MANAGER, CheckInTestClock.TODAY.plusDays(14))));
        assertThat(recorded.recordedBy()).isEqualTo("Wies Werknemer");

        as("MANAGER");
        CheckInView seen = find(topics);
        assertThat(seen.agreements()).singleElement().satisfies(a -> {
            assertThat(a.description()).isEqualTo("Nota armoedebeleid");
            assertThat(a.status()).isEqualTo(AgreementProgress.AT_RISK);
        });
        assertThat(seen.actions()).singleElement().satisfies(a -> {
            assertThat(a.ownerName()).isEqualTo("Lotte Leider");
            assertThat(a.done()).isFalse();
        });
        checkIns.addEntry(seen.id(), "Afgesproken: in oktober opnieuw kijken.");
        checkIns.setActionDone(seen.actions().get(0).id(), true);

        as("EMPLOYEE");
        CheckInView after = find(topics);
        assertThat(after.entries()).extracting(CheckInView.Entry::authorName, CheckInView.Entry::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Lotte Leider",
                        "Afgesproken: in oktober opnieuw kijken."));
        assertThat(after.actions().get(0).done()).isTrue();
        assertThat(after.actions().get(0).doneBy()).isEqualTo("Lotte Leider");

        // the manager's substitute, inside the period, records in the manager's name
        as("SUBSTITUTE");
        CheckInView bySubstitute = checkIns.record(reviewId, checkIn(topics + " (vervanging)", null));
        assertThat(bySubstitute.recordedBy()).isEqualTo("Vera Vervanger namens Lotte Leider");
    }

    @Test
    void shouldShowAPrivateNoteToItsWriterOnlyAndKeepItOutOfTheOtherPartysInzageAndTheAuditTrail() {
        String topics = "Loopbaan " + System.nanoTime();
        String managersSecret = "PRIVE-LEIDER-" + System.nanoTime();
        String employeesSecret = "PRIVE-WERKNEMER-" + System.nanoTime();
        as("MANAGER");
        long id = checkIns.record(reviewId, checkIn(topics, managersSecret)).id();
        assertThat(find(topics).myPrivateNote()).isEqualTo(managersSecret);
        as("EMPLOYEE");
        assertThat(find(topics).myPrivateNote()).as("the employee does not get the manager's note").isNull();
        checkIns.savePrivateNote(id, employeesSecret);
        assertThat(find(topics).myPrivateNote()).isEqualTo(employeesSecret);

        as("MANAGER");
        assertThat(find(topics).myPrivateNote()).isEqualTo(managersSecret);
        as("SUBSTITUTE");
        assertThat(find(topics).myPrivateNote()).as("the substitute acts for the manager, not as her").isNull();
        as("HR_OPENED");
        openings.open(reviewId, REASON);
        assertThat(find(topics).myPrivateNote()).isNull();
        assertThat(checkIns.of(reviewId).mayWrite()).isFalse();

        as("EMPLOYEE");
        InzageZip employeeZip = InzageZip.download(export);
        assertThat(employeeZip.json()).contains(topics).contains(employeesSecret).doesNotContain(managersSecret);
        assertThat(employeeZip.review(reviewId).orElseThrow().path("check_in_private_note").toString())
                .contains(employeesSecret);
        as("MANAGER");
        InzageZip managerZip = InzageZip.download(export);
        assertThat(managerZip.data().path("checkInPrivateNotes").toString()).contains(managersSecret)
                .doesNotContain(employeesSecret);

        // the audit trail records that notes were written, never what they say
        assertThat(jdbc.queryForList("select * from audit_event").toString()).doesNotContain(managersSecret)
                .doesNotContain(employeesSecret);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'checkin.private-note.save'"
                + " and record = ?", Long.class, "review " + reviewId)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void shouldRefuseADateInTheFutureOrOutsideTheReviewYearInDutchAndStoreNothing() {
        as("EMPLOYEE");
        long checkInsBefore = rows("check_in");
        long notesBefore = rows("check_in_private_note");
        long actionsBefore = rows("check_in_action");
        for (var day : List.of(CheckInTestClock.TODAY.plusDays(1), java.time.LocalDate.of(YEAR - 1, 12, 31))) {
            CheckInData data = new CheckInData(day, "Wies", "Te vroeg of te laat", List.of(), List.of(
                    new CheckInData.Action("Iets doen", ActionOwner.EMPLOYEE, day.plusDays(3))), "Mijn notitie");
            assertThatThrownBy(() -> checkIns.record(reviewId, data)).isInstanceOfSatisfying(
                    CheckInValidationException.class, e -> assertThat(e.violations()).singleElement()
                            .satisfies(v -> assertThat(v.message(Messages.DUTCH)).isIn(
                                    "Een gesprek kan niet in de toekomst liggen: kies vandaag of een eerdere dag.",
                                    "Het gesprek moet in 2064 zijn gehouden, het jaar van deze gesprekscyclus.")));
        }
        assertThat(List.of(rows("check_in"), rows("check_in_private_note"), rows("check_in_action")))
                .containsExactly(checkInsBefore, notesBefore, actionsBefore);
    }

    @Test
    void shouldLetInExactlyTheEmployeeTheManagerAndHerSubstituteToWriteAndTheOpenedDossierToRead() {
        as("EMPLOYEE");
        CheckInView fixture = checkIns.record(reviewId, checkIn("Matrix " + System.nanoTime(), null,
                new CheckInData.Action("Matrixactie", ActionOwner.EMPLOYEE, CheckInTestClock.TODAY.plusDays(30))));
        as("HR_OPENED");
        openings.open(reviewId, REASON);
        Login.logout();
        Map<String, Runnable> actions = new LinkedHashMap<>();
        actions.put("read", () -> checkIns.of(reviewId));
        actions.put("record", () -> checkIns.record(reviewId, checkIn("Matrix", null)));
        actions.put("add to the shared part", () -> checkIns.addEntry(fixture.id(), "Aanvulling"));
        actions.put("tick off an action", () -> checkIns.setActionDone(fixture.actions().get(0).id(), true));
        actions.put("write a private note", () -> checkIns.savePrivateNote(fixture.id(), "Notitie"));
        // R: read only; W: read and write; -: refused
        Map<String, String> table = new LinkedHashMap<>();
        table.put("EMPLOYEE", "W");
        table.put("MANAGER", "W");
        table.put("SUBSTITUTE", "W");
        table.put("SUBSTITUTE_OUT", "-");
        table.put("COORDINATOR", "-");
        table.put("HR", "-");
        table.put("HR_OPENED", "R");
        table.put("OTHER", "-");
        table.put("ADMIN", "-");
        table.put("FORMER_MANAGER", "-");
        assertThat(new AccessProbe(context).walk(table, actions, this::as)).isEmpty();
    }

    @Test
    void shouldRemindTheOwnerOfAnActionDueTomorrowOnceAndNotAnActionDueLater() {
        as("EMPLOYEE");
        CheckInView c = checkIns.record(reviewId, checkIn("Acties " + System.nanoTime(), null,
                new CheckInData.Action("Cursus aanvragen", ActionOwner.EMPLOYEE, CheckInTestClock.TODAY.plusDays(1)),
                new CheckInData.Action("Terugkoppelen", ActionOwner.MANAGER, CheckInTestClock.TODAY.plusDays(5))));
        Login.logout();
        long dueTomorrow = c.actions().get(0).id();
        long dueLater = c.actions().get(1).id();

        reminders.remindDue();
        reminders.remindDue();

        assertThat(jdbc.queryForList("select recipient_employee_id, kind, task_key from notification where task_id = ?",
                "checkin-action-" + dueTomorrow)).singleElement().satisfies(n -> {
                    assertThat(((Number) n.get("recipient_employee_id")).longValue())
                            .isEqualTo(MatrixPeople.id(context, MatrixPeople.EMPLOYEE_NUMBER));
                    assertThat(n.get("kind")).isEqualTo("REMINDER");
                    assertThat(n.get("task_key")).isEqualTo(CheckInReminders.TASK_KEY);
                });
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox m join notification n on n.id = m.notification_id"
                + " where n.task_id = ?", Long.class, "checkin-action-" + dueTomorrow)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from notification where task_id = ?", Long.class,
                "checkin-action-" + dueLater)).isZero();
    }

    @Test
    void shouldGiveHrTheNumberOfCheckInsPerUnitAndNeverWhatWasSaid() {
        String topics = "Telling " + System.nanoTime();
        as("EMPLOYEE");
        checkIns.record(reviewId, checkIn(topics, "Niet voor P&O", new CheckInData.Action("Te laat", ActionOwner.EMPLOYEE,
                CheckInTestClock.TODAY.minusDays(1))));
        long round = jdbc.queryForObject("select round_id from review where id = ?", Long.class, reviewId);
        String unit = jdbc.queryForObject("select u.name from employee e join org_unit u on u.id = e.unit_id"
                + " where e.personnel_number = ?", String.class, MatrixPeople.EMPLOYEE_NUMBER);
        long recorded = jdbc.queryForObject("select count(*) from check_in c join review r on r.id = c.review_id"
                + " join employee e on e.id = r.employee_id join org_unit u on u.id = e.unit_id"
                + " where r.round_id = ? and u.name = ?", Long.class, round, unit);
        Login.as(users, nl.gesprekscyclus.test_support.DemoUsers.HR);
        List<MonitoringService.CheckInCount> counts = monitoring.checkInsPerUnit(new MonitoringScope(round, null,
                null));
        assertThat(counts).filteredOn(c -> c.unitName().equals(unit)).singleElement().satisfies(c -> {
            assertThat(c.checkIns()).isEqualTo(recorded);
            assertThat(c.overdueActions()).isGreaterThanOrEqualTo(1);
        });
        assertThat(counts.toString()).doesNotContain(topics).doesNotContain("Niet voor P&O").doesNotContain("Te laat");
        as("EMPLOYEE");
        assertThatThrownBy(() -> monitoring.checkInsPerUnit(new MonitoringScope(round, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void shouldRefuseAnUnknownCheckInLikeAForbiddenOne() {
        as("EMPLOYEE");
        assertThatThrownBy(() -> checkIns.addEntry(Long.MAX_VALUE, "Hallo")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> checkIns.setActionDone(Long.MAX_VALUE, true))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table + " where review_id = ?", Long.class, reviewId);
    }
}
