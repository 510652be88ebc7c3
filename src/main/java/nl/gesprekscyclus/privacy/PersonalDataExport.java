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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.stream.Collectors;
import java.util.zip.ZipOutputStream;
import nl.gesprekscyclus.audit.AuditEntry;
import nl.gesprekscyclus.audit.AuditSearch;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.base.i18n.Messages;
import nl.gesprekscyclus.document.ReviewDocuments;
import nl.gesprekscyclus.document.StoredDocument;
import nl.gesprekscyclus.review.DossierOpening;
import nl.gesprekscyclus.review.DossierOpenings;
import nl.gesprekscyclus.review.ReviewDossier;
import nl.gesprekscyclus.review.ReviewReadService;
import nl.gesprekscyclus.review.ReviewSummary;
import nl.gesprekscyclus.review.Withheld;
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
 * <p>A review's content is what the employee gets of it on the screen, read through the same read model
 * ({@link ReviewReadService#dossier}), never the tables directly: the work of others that is not finished (the
 * manager's assessment before the hand-over, a coordinator's input while its task is open) is not in the ZIP
 * either, and each review names under {@code withheld} which of those categories the rules keep back at that
 * moment, and why. Messages about the review addressed to others (the manager's reminders) are theirs, not the
 * employee's: only rows addressed to the employee are here.
 */
@Component
public class PersonalDataExport {

    public static final String JSON = "gegevens.json";
    public static final String DOCUMENTS = "documenten/";
    public static final String README = "LEESMIJ.txt";
    /** Always withheld: notifications and mails about the review that are addressed to someone else. */
    static final String MESSAGES_TO_OTHERS = "MESSAGES_TO_OTHERS";
    private static final int AUDIT_PAGE = 500;

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final AuditSearch auditSearch;
    private final AuditTrail audit;
    private final Clock clock;
    private final ObjectMapper json;
    private final ReviewReadService reading;
    private final DossierOpenings openings;
    private final ReviewDocuments documents;
    private final DossierRows dossierRows = new DossierRows();
    private final byte[] readme;

    PersonalDataExport(JdbcTemplate jdbc, CurrentUser currentUser, AuditSearch auditSearch, AuditTrail audit,
            Clock clock, ReviewReadService reading, DossierOpenings openings, ReviewDocuments documents) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.auditSearch = auditSearch;
        this.audit = audit;
        this.clock = clock;
        this.reading = reading;
        this.openings = openings;
        this.documents = documents;
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
        data.put("rounds", rows("select r.round_year from round_member m join review_round r on r.id = m.round_id "
                + "where m.employee_id = ? order by r.round_year", me));
        List<Map<String, Object>> reviews = new ArrayList<>();
        List<Map<String, Object>> files = new ArrayList<>();
        Map<Long, List<DossierOpening>> openingsByReview = openings.ofMyFile().stream()
                .collect(Collectors.groupingBy(DossierOpening::getReviewId));
        List<ReviewSummary> mine = reading.myReviews().stream()
                .sorted(Comparator.comparingInt(ReviewSummary::year)).toList();
        for (ReviewSummary summary : mine) {
            ReviewDossier dossier = reading.dossier(summary.reviewId());
            Map<String, Object> content = dossierRows.of(dossier);
            // the employee's own status, shown on their screen: not in the dossier, and no one's work in progress
            content.put("review_phase_change", rows("select phase, kind, changed_at from review_phase_change "
                    + "where review_id = ? order by id", summary.reviewId()));
            content.put("dossier_opening", openingsByReview.getOrDefault(summary.reviewId(), List.of()).stream()
                    .map(PersonalDataExport::opening).toList());
            List<Map<String, Object>> documentsOfReview = documents.available(summary.reviewId()).stream()
                    .map(d -> document(summary, d)).toList();
            content.put(ReviewTables.DOCUMENTS, documentsOfReview);
            content.put("withheld", withheld(dossier));
            files.addAll(documentsOfReview);
            reviews.add(content);
        }
        data.put("reviews", reviews);
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
            for (Map<String, Object> d : files) {
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
                me).get("personnel_number"), me, AuditTrail.SUCCESS, reviews.size() + " reviews, "
                + files.size() + " documents");
    }

    /** What the rules keep back of this review now, and why, in the words the employee reads (Dutch). */
    private static List<Map<String, Object>> withheld(ReviewDossier dossier) {
        List<Map<String, Object>> withheld = new ArrayList<>();
        for (Withheld w : dossier.withheld()) {
            withheld.add(withheldEntry(w.name()));
        }
        withheld.add(withheldEntry(MESSAGES_TO_OTHERS));
        return withheld;
    }

    private static Map<String, Object> withheldEntry(String category) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("category", category);
        entry.put("explanation", Messages.nl("inzage.withheld." + category));
        return entry;
    }

    private static Map<String, Object> opening(DossierOpening o) {
        Map<String, Object> opening = new LinkedHashMap<>();
        opening.put("opened_by", o.getOpenedBy());
        opening.put("opened_by_name", o.getOpenedByName());
        opening.put("reason", o.getReason());
        opening.put("opened_at", o.getOpenedAt().toString());
        opening.put("expires_at", o.getExpiresAt().toString());
        return opening;
    }

    private static Map<String, Object> document(ReviewSummary review, StoredDocument stored) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("review_id", review.reviewId());
        d.put("kind", stored.kind().name());
        d.put("created_at", stored.createdAt().toString());
        d.put("content_hash", stored.contentHash());
        d.put("source_hash", stored.sourceHash());
        d.put("file", DOCUMENTS + review.year() + "-" + stored.kind().name().toLowerCase(Locale.ROOT) + ".pdf");
        return d;
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
