package nl.gesprekscyclus.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Clob;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.gesprekscyclus.audit.AuditEntry;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.auditsearch.AuditSearch;
import nl.gesprekscyclus.checkin.CheckInService;
import nl.gesprekscyclus.feedback.FeedbackService;
import nl.gesprekscyclus.security.AppUser;
import nl.gesprekscyclus.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inzage (AVG art. 15): everything the application holds about the logged-in employee as one ZIP — {@code
 * gegevens.json} with their employee record and account, every review of theirs, their notifications and mails,
 * and the audit entries about their file; their signed PDFs under {@code documenten/}; and {@code LEESMIJ.txt},
 * which says what is where. Only ever about the person asking; the download is recorded in the audit trail.
 *
 * <p>A review's content is what the employee gets of it on the screen ({@link InzageReviews}): the work of
 * others that is not finished is not in the ZIP either, and each review says what is withheld and why. Messages
 * about a review addressed to others (the manager's reminders) are theirs: only rows addressed to the employee
 * are here.
 */
@Component
public class PersonalDataExport {

    public static final String JSON = "gegevens.json";
    public static final String DOCUMENTS = "documenten/";
    public static final String README = "LEESMIJ.txt";
    private static final int AUDIT_PAGE = 500;

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final AuditSearch auditSearch;
    private final AuditTrail audit;
    private final Clock clock;
    private final ObjectMapper json;
    private final InzageReviews reviews;
    private final CheckInService checkIns;
    private final FeedbackService feedback;
    private final byte[] readme;

    PersonalDataExport(JdbcTemplate jdbc, CurrentUser currentUser, AuditSearch auditSearch, AuditTrail audit,
            Clock clock, InzageReviews reviews, CheckInService checkIns, FeedbackService feedback) {
        this.checkIns = checkIns;
        this.feedback = feedback;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.auditSearch = auditSearch;
        this.audit = audit;
        this.clock = clock;
        this.reviews = reviews;
        this.json = new ObjectMapper().findAndRegisterModules().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        this.readme = readme();
    }

    /** Whether the logged-in person has a personnel record to hand over (an operator account has none). */
    @PreAuthorize("isAuthenticated()")
    public boolean available() {
        return currentUser.require().employeeId() != null;
    }

    /** Writes the ZIP of the logged-in employee's data. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public void writeMine(OutputStream out) {
        AppUser user = currentUser.require();
        Long me = user.employeeId();
        if (me == null) {
            throw new IllegalStateException("an account without a personnel record has no personal file");
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("generatedAt", clock.instant().toString());
        data.put("employee", one("select * from employee where id = ?", me));
        data.put("account", one("select username, extra_roles, enabled from user_account where employee_id = ?", me));
        data.put("singleSignOnRoles", rows("select role, seen_at from sso_role_grant where employee_id = ? order by role", me));
        data.put("notificationSetting", one("select * from notification_setting where employee_id = ?", me));
        data.put("languageChoice", one("select language from language_choice where employee_id = ?", me));
        data.put("rounds", rows("select r.round_year from round_member m join review_round r on r.id = m.round_id "
                + "where m.employee_id = ? order by r.round_year", me));
        // every year, every status (a rejected proposal too), with who proposed or assigned, decided and ended it;
        // the optimistic lock's version is bookkeeping, not data about the person
        data.put("roleAssignments", rows("select id, role_code, role_name, from_date, to_date, share_percent, status,"
                + " created_by, created_at, decided_by, decided_at, ended_by, ended_at from role_assignment"
                + " where employee_id = ? order by from_date, id", me));
        InzageReviews.Mine mine = reviews.ofLoggedIn();
        data.put("reviews", mine.reviews());
        // the private notes this person wrote on any check-in, also in reviews of others (a manager's notes): theirs,
        // and nobody else's inzage has them
        data.put("checkInPrivateNotes", checkIns.myPrivateNotes());
        // the feedback this person gave, anonymous answers too: theirs, though the asked employee sees them only
        // aggregated and without a name
        data.put("feedbackGiven", feedback.myGivenFeedback());
        data.put("notifications", rows("select * from notification where recipient_employee_id = ? order by id", me));
        data.put("mails", rows("select * from mail_outbox where recipient_employee_id = ? order by id", me));
        data.put("auditEntries", auditEntriesAboutMe());
        try {
            ZipOutputStream zip = new ZipOutputStream(out);
            zip.putNextEntry(new ZipEntry(JSON));
            zip.write(json.writeValueAsBytes(data));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(README));
            zip.write(readme);
            zip.closeEntry();
            for (Map<String, Object> d : mine.documents()) {
                // the bytes of a document the list above allowed (ReviewDocuments.download would record a
                // download per file; this download is recorded once, below)
                byte[] pdf = jdbc.queryForObject("select content from review_document where review_id = ? and kind = ?",
                        byte[].class, d.get("review_id"), d.get("kind"));
                zip.putNextEntry(new ZipEntry((String) d.get("file")));
                zip.write(pdf);
                zip.closeEntry();
            }
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record("privacy.inzage.download", "employee " + one("select personnel_number from employee where id = ?",
                me).get("personnel_number"), me, AuditTrail.SUCCESS, mine.reviews().size() + " reviews, "
                + mine.documents().size() + " documents");
    }

    private static byte[] readme() {
        try (InputStream in = PersonalDataExport.class.getResourceAsStream(README)) {
            if (in == null) {
                throw new IllegalStateException(README + " is missing next to " + PersonalDataExport.class.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Map<String, Object>> auditEntriesAboutMe() {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (int offset = 0;; offset += AUDIT_PAGE) {
            List<AuditEntry> page = auditSearch.aboutMe(offset, AUDIT_PAGE);
            for (AuditEntry e : page) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("occurredAt", e.occurredAt().toString());
                entry.put("actor", e.actor());
                entry.put("action", e.action());
                entry.put("record", e.record());
                entry.put("outcome", e.outcome());
                // no detail: the screen does not show it either, and it can hold what the rules keep back
                // (writing the assessment records its judgement, before the hand-over)
                entry.put("remoteAddress", e.remoteAddress());
                entries.add(entry);
            }
            if (page.size() < AUDIT_PAGE) {
                return entries;
            }
        }
    }

    private Map<String, Object> one(String sql, Object... args) {
        List<Map<String, Object>> rows = rows(sql, args);
        return rows.isEmpty() ? Map.of() : rows.get(0);
    }

    /** Rows as plain maps the JSON can hold: lower-case column names, texts for dates and large texts. */
    private List<Map<String, Object>> rows(String sql, Object... args) {
        return jdbc.queryForList(sql, args).stream().map(row -> {
            Map<String, Object> plain = new LinkedHashMap<>();
            row.forEach((column, value) -> plain.put(column.toLowerCase(Locale.ROOT), plain(value)));
            return plain;
        }).toList();
    }

    private static Object plain(Object value) {
        try {
            if (value instanceof Clob clob) {
                return clob.getSubString(1, (int) clob.length());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read a large text", e);
        }
        if (value instanceof Timestamp t) {
            return t.toInstant().toString();
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (value instanceof TemporalAccessor || value instanceof java.util.Date) {
            return value.toString();
        }
        return value;
    }
}
