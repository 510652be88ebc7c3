package nl.gesprekscyclus.privacy;

import java.util.List;

/**
 * Every table that holds what was recorded in a review, keyed by {@code review_id}: what the retention job
 * deletes. Children before parents (the order of deletion). A new table with a foreign key to review belongs
 * here; {@code RetentionTests} fails until it is added, and then {@code PersonalDataExportTests} until the inzage
 * has a place for it (the inzage reads a review through the screen's read model, not these tables).
 */
final class ReviewTables {

    private ReviewTables() {
    }

    /** Content tables with a review_id column, in the order they can be deleted. */
    static final List<String> CONTENT = List.of(
            "notification",
            "calibration_judgement_proposal",
            "vlootschouw_placement_change",
            "vlootschouw_placement",
            "feedback_answer",
            "feedback_askee",
            "feedback_item",
            "feedback_request",
            "check_in_private_note",
            "check_in_entry",
            "check_in_agreement",
            "check_in_action",
            "check_in",
            "dossier_opening",
            "review_phase_change",
            "review_profile_change",
            "signature",
            "agreement_change",
            "employee_response",
            "development_conversation",
            "assessment",
            "agreement_score",
            "competency_rating",
            "progress_report",
            "progress_reflection",
            "coordinator_input",
            "disagreement",
            "development_agreement",
            "result_agreement");

    /** The signed PDFs: immutable, deleted only through the retention path (V10_1). */
    static final String DOCUMENTS = "review_document";

    /** Mails about a review's notifications point at the notification, not at the review. */
    static final String MAILS_OF_NOTIFICATIONS = "mail_outbox";
}
