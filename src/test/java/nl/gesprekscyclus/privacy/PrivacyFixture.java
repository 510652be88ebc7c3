package nl.gesprekscyclus.privacy;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.gesprekscyclus.organisation.EmployeeData;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.organisation.OrganisationService;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.Login;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Reviews of the past for the privacy tests, written straight into the tables: retention and inzage read and
 * delete tables, and a review of 2018 cannot be driven through today's process (nor should its timers linger in
 * the shared engine). Employees 44xxxx are made through the organisation service, out of service, so no open
 * round picks them up and no count of active staff in another test moves; each gets a login of their own.
 */
@TestComponent
public class PrivacyFixture {

    private final JdbcTemplate jdbc;
    private final OrganisationService organisation;
    private final OrganisationDirectory directory;
    private final UserDetailsService users;

    PrivacyFixture(JdbcTemplate jdbc, OrganisationService organisation, OrganisationDirectory directory,
            UserDetailsService users) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.directory = directory;
        this.users = users;
    }

    /** The employee with this number (44xxxx), made once; with a login named "p" + the number. Returns the id. */
    public long employee(String personnelNumber, String lastName) {
        return directory.employeeByPersonnelNumber(personnelNumber).map(e -> e.id()).orElseGet(() -> {
            Login.as(users, DemoUsers.ADMIN);
            long id = organisation.saveEmployee(null, null, new EmployeeData(personnelNumber, "Test", null, lastName,
                    "p" + personnelNumber + "@ommen.nl", "adviseur", "concern-en-ondersteuning", null, null,
                    false, LocalDate.of(2010, 1, 1), false)).id();
            Login.logout();
            jdbc.update("insert into user_account (username, password_hash, employee_id, extra_roles, enabled, demo) "
                    + "values (?, null, ?, '', true, false)", username(personnelNumber), id);
            return id;
        });
    }

    public static String username(String personnelNumber) {
        return "p" + personnelNumber;
    }

    /** A closed review of that year, closed at that moment, with an agreement, a signed PDF and a notification. */
    public long closedReview(long employeeId, int year, Instant closedAt, String agreementText, byte[] pdf) {
        long roundId = round(year);
        jdbc.update("insert into review (round_id, employee_id, review_year, process_key, job_title_code, "
                + "period_start, period_end, planning_due, progress_start, progress_due, assessment_start, "
                + "assessment_due, phase, started_at, closed_at) values (?, ?, ?, ?, 'adviseur', ?, ?, ?, ?, ?, ?, ?, "
                + "'CLOSED', ?, ?)", roundId, employeeId, year, year + "/privacy-" + employeeId,
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), LocalDate.of(year, 3, 31),
                LocalDate.of(year, 6, 1), LocalDate.of(year, 7, 31), LocalDate.of(year, 11, 1),
                LocalDate.of(year, 12, 31), Timestamp.from(Instant.parse(year + "-01-01T08:00:00Z")),
                Timestamp.from(closedAt));
        long reviewId = jdbc.queryForObject("select id from review where employee_id = ? and review_year = ?",
                Long.class, employeeId, year);
        Timestamp at = Timestamp.from(closedAt);
        jdbc.update("insert into result_agreement (review_id, lineage, version_number, result_area, description, "
                + "criterion, status, created_by, created_at) values (?, ?, 1, 'RG1', ?, 'criterium', 'CURRENT', "
                + "'test', ?)", reviewId, UUID.randomUUID().toString(), agreementText, at);
        jdbc.update("insert into review_document (review_id, kind, content, content_hash, source_data, source_hash, "
                + "created_at) values (?, 'ASSESSMENT', ?, 'hash', ?, 'hash', ?)", reviewId, pdf,
                "{\"review\":" + reviewId + "}", at);
        jdbc.update("insert into notification (recipient_employee_id, review_id, kind, task_key, created_at, "
                + "dedup_key) values (?, ?, 'REMINDER', 'selfAssessment', ?, ?)", employeeId, reviewId, at,
                "privacy-" + reviewId);
        long notificationId = jdbc.queryForObject("select id from notification where dedup_key = ?", Long.class,
                "privacy-" + reviewId);
        jdbc.update("insert into mail_outbox (notification_id, recipient_employee_id, kind, status, next_attempt_at, "
                + "created_at, dedup_key) values (?, ?, 'REMINDER', 'SENT', ?, ?, ?)", notificationId, employeeId, at,
                at, "privacy-mail-" + reviewId);
        return reviewId;
    }

    /**
     * A check-in on that review with one of everything it can hold: a shared entry, an agreement's status, an action
     * and the writer's private note. Returns the check-in's id.
     */
    public long checkIn(long reviewId, long employeeId, int year) {
        Timestamp at = Timestamp.from(Instant.parse(year + "-05-01T09:00:00Z"));
        jdbc.update("insert into check_in (review_id, held_on, participants, topics, recorded_by_id, recorded_by_name, "
                + "recorded_at) values (?, ?, 'medewerker en leidinggevende', 'Werkdruk', ?, 'Test', ?)", reviewId,
                LocalDate.of(year, 5, 1), employeeId, at);
        long checkIn = jdbc.queryForObject("select max(id) from check_in where review_id = ?", Long.class, reviewId);
        jdbc.update("insert into check_in_entry (check_in_id, review_id, author_id, author_name, written_at, text) "
                + "values (?, ?, ?, 'Test', ?, 'Aanvulling')", checkIn, reviewId, employeeId, at);
        jdbc.update("insert into check_in_agreement (check_in_id, review_id, agreement_lineage, status) "
                + "values (?, ?, ?, 'AT_RISK')", checkIn, reviewId, UUID.randomUUID().toString());
        jdbc.update("insert into check_in_action (check_in_id, review_id, text, owner, due_on) "
                + "values (?, ?, 'Cursus zoeken', 'EMPLOYEE', ?)", checkIn, reviewId, LocalDate.of(year, 6, 1));
        jdbc.update("insert into check_in_private_note (check_in_id, review_id, writer_id, text, written_at) "
                + "values (?, ?, ?, 'Eigen notitie', ?)", checkIn, reviewId, employeeId, at);
        return checkIn;
    }

    public static byte[] pdf(String marker) {
        return ("%PDF-1.4 " + marker).getBytes(StandardCharsets.US_ASCII);
    }

    /** Rows left in every table of a review, by table (the review row itself included). */
    public List<Integer> rowsOf(long reviewId) {
        java.util.ArrayList<Integer> counts = new java.util.ArrayList<>();
        for (String table : ReviewTables.CONTENT) {
            counts.add(jdbc.queryForObject("select count(*) from " + table + " where review_id = ?", Integer.class,
                    reviewId));
        }
        counts.add(jdbc.queryForObject("select count(*) from review_document where review_id = ?", Integer.class,
                reviewId));
        counts.add(jdbc.queryForObject("select count(*) from review where id = ?", Integer.class, reviewId));
        return counts;
    }

    /** What {@link #rowsOf} gives for a review made by {@link #closedReview}: one notification, agreement, PDF, review. */
    public List<Integer> rowsOfExpectedForAFixtureReview() {
        java.util.ArrayList<Integer> counts = new java.util.ArrayList<>();
        for (String table : ReviewTables.CONTENT) {
            counts.add(table.equals("notification") || table.equals("result_agreement") ? 1 : 0);
        }
        counts.add(1);
        counts.add(1);
        return counts;
    }

    private long round(int year) {
        List<Long> existing = jdbc.queryForList("select id from review_round where round_year = ?", Long.class, year);
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        jdbc.update("insert into review_round (round_year, status, planning_start, planning_end, progress_start, "
                + "progress_end, assessment_start, assessment_end, selection, member_count, batch_size, started_by, "
                + "started_at, closed_at) values (?, 'CLOSED', ?, ?, ?, ?, ?, ?, '{}', 0, 100, 'privacy-test', ?, ?)",
                year, LocalDate.of(year, 1, 1), LocalDate.of(year, 3, 31), LocalDate.of(year, 6, 1),
                LocalDate.of(year, 7, 31), LocalDate.of(year, 11, 1), LocalDate.of(year, 12, 31),
                Timestamp.from(Instant.parse(year + "-01-01T08:00:00Z")),
                Timestamp.from(Instant.parse(year + "-12-31T08:00:00Z")));
        return jdbc.queryForObject("select id from review_round where round_year = ?", Long.class, year);
    }
}
