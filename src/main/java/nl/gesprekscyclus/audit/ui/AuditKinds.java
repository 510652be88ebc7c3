package nl.gesprekscyclus.audit.ui;

import java.util.List;

/**
 * The kinds the Audit screen offers in its kind chooser, by code; each has its words in the bundle
 * ({@code audit.kind.<code>}). A code also finds its sub-kinds ("review.assessment" finds
 * "review.assessment.write"), so the groups come first: everything of a review, of the assessment, of the
 * agreements, and so on; then each kind on its own. A kind that is not here (a refusal's action such as
 * "read review") can still be typed.
 */
final class AuditKinds {

    static final List<String> CODES = List.of(
            // groups
            "review", "review.agreements", "review.change", "review.assessment", "review.response", "document",
            "round", "privacy",
            // logging in and out of the organisation's data
            "LOGIN", "OPEN_SCREEN", "ACCOUNT_RENAMED",
            "EMPLOYEE_CREATED", "EMPLOYEE_CHANGED", "EMPLOYEES_IMPORTED", "CLUSTER_CREATED", "CLUSTER_CHANGED",
            "COORDINATOR_ASSIGNED", "FUNCTION_BOOK_VERSION_STORED",
            // the round and the reviews
            "round.start", "round.select", "round.close", "monitoring.remind",
            "review.dossier-open", "review.participants.update",
            "review.result-agreement.save", "review.result-agreement.remove", "review.development-agreement.save",
            "review.drafts.submit", "review.agreements.set", "review.agreements.agree", "review.agreements.disagree",
            "review.change.propose", "review.change.accept", "review.change.reject",
            "review.coordinator-input.add", "review.coordinator-input.submit",
            "review.reflection.save", "review.reflection.submit", "review.progress-report.save",
            "review.score.save", "review.rating.save", "review.self-assessment.submit", "review.assessment.write",
            "review.hr-advice.give", "review.assessment.hand-over", "review.response.submit", "review.response.none",
            "review.response.decide", "review.assessment.acknowledge", "review.assessment.sign-off", "review.close",
            "review.end", "review.write-after-close",
            "document.store", "document.download", "privacy.inzage.download", "retention.delete", "audit.export",
            "cockpit.call", "engine-rest.call");

    private AuditKinds() {
    }
}
