package nl.gesprekscyclus.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.gesprekscyclus.base.i18n.Messages;
import nl.gesprekscyclus.checkin.CheckInService;
import nl.gesprekscyclus.vlootschouw.VlootschouwService;
import nl.gesprekscyclus.calibration.CalibrationService;
import nl.gesprekscyclus.checkin.CheckInView;
import nl.gesprekscyclus.document.ReviewDocuments;
import nl.gesprekscyclus.feedback.FeedbackOverview;
import nl.gesprekscyclus.feedback.FeedbackService;
import nl.gesprekscyclus.document.StoredDocument;
import nl.gesprekscyclus.review.DossierOpening;
import nl.gesprekscyclus.review.DossierOpenings;
import nl.gesprekscyclus.review.ReviewDossier;
import nl.gesprekscyclus.review.ReviewReadService;
import nl.gesprekscyclus.review.ReviewSummary;
import nl.gesprekscyclus.review.Withheld;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The logged-in employee's reviews for the inzage, as they see them on "Mijn gesprekscyclus": each read through
 * the screen's read model ({@link ReviewReadService#dossier}), never from the tables, so the ZIP holds what the
 * screen shows at that moment and nothing the rules keep back; each says under {@code withheld} which categories
 * the rules keep back now ({@link Withheld}, from the same dossier), and that messages about the review addressed
 * to others are not the employee's. Besides the dossier: what the employee also sees and nobody is still writing —
 * the review's phase changes, its changes of function, who opened their file and why, and their signed documents.
 */
@Component
class InzageReviews {

    /** Always withheld: notifications and mails about the review that are addressed to someone else. */
    static final String MESSAGES_TO_OTHERS = "MESSAGES_TO_OTHERS";

    private final ReviewReadService reading;
    private final DossierOpenings openings;
    private final ReviewDocuments documents;
    private final JdbcTemplate jdbc;
    private final CheckInService checkIns;
    private final VlootschouwService vlootschouw;
    private final FeedbackService feedback;
    private final CalibrationService calibration;
    private final DossierRows dossierRows = new DossierRows();

    InzageReviews(ReviewReadService reading, DossierOpenings openings, ReviewDocuments documents, JdbcTemplate jdbc,
            CheckInService checkIns, VlootschouwService vlootschouw, FeedbackService feedback,
            CalibrationService calibration) {
        this.calibration = calibration;
        this.checkIns = checkIns;
        this.vlootschouw = vlootschouw;
        this.feedback = feedback;
        this.reading = reading;
        this.openings = openings;
        this.documents = documents;
        this.jdbc = jdbc;
    }

    /**
     * The reviews, oldest year first, and the signed documents among them.
     *
     * @param documents per document its review, kind and the file name it has in the ZIP
     */
    record Mine(List<Map<String, Object>> reviews, List<Map<String, Object>> documents) {
    }

    @Transactional(readOnly = true)
    Mine ofLoggedIn() {
        List<Map<String, Object>> reviews = new ArrayList<>();
        List<Map<String, Object>> files = new ArrayList<>();
        Map<Long, List<DossierOpening>> openingsByReview = openings.ofMyFile().stream()
                .collect(Collectors.groupingBy(DossierOpening::getReviewId));
        List<ReviewSummary> mine = reading.myReviews().stream()
                .sorted(Comparator.comparingInt(ReviewSummary::year)).toList();
        for (ReviewSummary summary : mine) {
            ReviewDossier dossier = reading.dossier(summary.reviewId());
            Map<String, Object> content = dossierRows.of(dossier);
            content.put("review_phase_change", phaseChanges(summary.reviewId()));
            content.put("review_profile_change", profileChanges(summary.reviewId()));
            content.putAll(checkIns(summary.reviewId()));
            // the manager's vlootschouw placement with its history: always in the inzage, whatever the screen shows
            content.putAll(vlootschouw.ofMyReview(summary.reviewId()));
            // what calibration sessions proposed for the overall judgement, and the manager's decision
            content.putAll(calibration.ofMyReview(summary.reviewId()));
            content.putAll(feedback(summary.reviewId()));
            content.put("dossier_opening", openingsByReview.getOrDefault(summary.reviewId(), List.of()).stream()
                    .map(InzageReviews::opening).toList());
            List<Map<String, Object>> documentsOfReview = documents.available(summary.reviewId()).stream()
                    .map(d -> document(summary, d)).toList();
            content.put(ReviewTables.DOCUMENTS, documentsOfReview);
            content.put("withheld", withheld(dossier));
            files.addAll(documentsOfReview);
            reviews.add(content);
        }
        return new Mine(reviews, files);
    }

    /** When the review entered and finished each phase: its status, which the employee's screen shows too. */
    private List<Map<String, Object>> phaseChanges(long reviewId) {
        return jdbc.query("select phase, kind, changed_at from review_phase_change where review_id = ? order by id",
                (rs, row) -> {
                    Map<String, Object> change = new LinkedHashMap<>();
                    change.put("phase", rs.getString("phase"));
                    change.put("kind", rs.getString("kind"));
                    change.put("changed_at", rs.getTimestamp("changed_at").toInstant().toString());
                    return change;
                }, reviewId);
    }

    /**
     * The changes of function during the review's year, which the employee's screen shows as the normfuncties of
     * the year with their dates: from which day, the old and new job title, normfunctie and book version, who made it.
     */
    private List<Map<String, Object>> profileChanges(long reviewId) {
        return jdbc.query("select effective_date, old_job_title_code, old_job_profile_code,"
                + " old_function_book_version_id, new_job_title_code, new_job_profile_code,"
                + " new_function_book_version_id, cause, recorded_by, recorded_at from review_profile_change"
                + " where review_id = ? order by id", (rs, row) -> {
                    Map<String, Object> change = new LinkedHashMap<>();
                    change.put("effective_date", rs.getDate("effective_date").toLocalDate().toString());
                    for (String column : List.of("old_job_title_code", "old_job_profile_code",
                            "new_job_title_code", "new_job_profile_code", "cause", "recorded_by")) {
                        change.put(column, rs.getString(column));
                    }
                    change.put("old_function_book_version_id", rs.getObject("old_function_book_version_id"));
                    change.put("new_function_book_version_id", rs.getObject("new_function_book_version_id"));
                    change.put("recorded_at", rs.getTimestamp("recorded_at").toInstant().toString());
                    return change;
                }, reviewId);
    }

    /**
     * The check-ins as the employee sees them: the shared part, and of the private notes only the employee's own
     * (the manager's note on the same conversation is the manager's, in the manager's own inzage).
     */
    private Map<String, Object> checkIns(long reviewId) {
        List<Map<String, Object>> checkIn = new ArrayList<>();
        List<Map<String, Object>> agreements = new ArrayList<>();
        List<Map<String, Object>> actions = new ArrayList<>();
        List<Map<String, Object>> entries = new ArrayList<>();
        List<Map<String, Object>> notes = new ArrayList<>();
        for (CheckInView c : checkIns.of(reviewId).checkIns()) {
            checkIn.add(row("id", c.id(), "held_on", c.heldOn().toString(), "participants", c.participants(),
                    "topics", c.topics(), "recorded_by", c.recordedBy(), "recorded_at", c.recordedAt().toString()));
            c.agreements().forEach(a -> agreements.add(row("check_in_id", c.id(), "agreement_lineage", a.lineage(),
                    "description", a.description(), "status", a.status().name())));
            c.actions().forEach(a -> actions.add(row("check_in_id", c.id(), "text", a.text(), "owner",
                    a.owner().name(), "owner_name", a.ownerName(), "due_on", a.dueOn().toString(), "done", a.done(),
                    "done_by", a.doneBy())));
            c.entries().forEach(e -> entries.add(row("check_in_id", c.id(), "author_name", e.authorName(),
                    "written_at", e.writtenAt().toString(), "text", e.text())));
            if (c.myPrivateNote() != null) {
                notes.add(row("check_in_id", c.id(), "text", c.myPrivateNote()));
            }
        }
        Map<String, Object> tables = new LinkedHashMap<>();
        tables.put("check_in", checkIn);
        tables.put("check_in_agreement", agreements);
        tables.put("check_in_action", actions);
        tables.put("check_in_entry", entries);
        tables.put("check_in_private_note", notes);
        return tables;
    }

    /**
     * The feedback as the employee sees it on the screen (FeedbackService decides), under the names of its tables:
     * named answers with their givers (feedback_askee, feedback_answer); of an anonymous request only the counts and,
     * once enough came in, per item the number per level and the texts (feedback_item), with no name, date or order
     * that ties an answer to its giver.
     */
    private Map<String, Object> feedback(long reviewId) {
        List<Map<String, Object>> requests = new ArrayList<>();
        List<Map<String, Object>> items = new ArrayList<>();
        List<Map<String, Object>> askees = new ArrayList<>();
        List<Map<String, Object>> answers = new ArrayList<>();
        for (FeedbackOverview.Request r : feedback.of(reviewId).requests()) {
            requests.add(row("id", r.id(), "asked_by", r.askedBy(), "question", r.question(), "due_on",
                    r.dueOn().toString(), "anonymous", r.anonymous(), "asked", r.asked(), "answered", r.answered(),
                    "visible", r.visible()));
            r.askees().forEach(a -> askees.add(row("request_id", r.id(), "name", a.name(), "status",
                    a.status().name(), "decline_reason", a.declineReason())));
            for (FeedbackOverview.ItemResult i : r.items()) {
                items.add(row("request_id", r.id(), "kind", i.kind().name(), "label", i.label(), "level_counts",
                        i.levels().stream().map(l -> row("level", l.levelName(), "count", l.count())).toList(),
                        "texts", i.texts()));
                i.named().forEach(a -> answers.add(row("request_id", r.id(), "item", i.label(), "giver", a.giver(),
                        "level", a.levelName(), "text", a.text())));
            }
        }
        Map<String, Object> tables = new LinkedHashMap<>();
        tables.put("feedback_request", requests);
        tables.put("feedback_item", items);
        tables.put("feedback_askee", askees);
        tables.put("feedback_answer", answers);
        return tables;
    }

    private static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
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
        d.put("file", PersonalDataExport.DOCUMENTS + review.year() + "-"
                + stored.kind().name().toLowerCase(Locale.ROOT) + ".pdf");
        return d;
    }
}
