package nl.gesprekscyclus.auditsearch;

import java.time.Instant;

/**
 * A filter on the audit trail; every part is optional (null = any). {@code to} is exclusive. {@code reviewId}
 * matches the review's own entries and those about a part of it ("review 12 agreement 40"). {@code action} matches
 * a kind and its sub-kinds: "review.assessment" finds "review.assessment.write" too.
 */
public record AuditQuery(Instant from, Instant to, String actor, Long subjectEmployeeId, Long reviewId,
        String action) {

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null, null);
    }

    public static AuditQuery aboutEmployee(long employeeId) {
        return new AuditQuery(null, null, null, employeeId, null, null);
    }

    /** For the export's own audit entry: what was filtered on, without the nulls. */
    public String describe() {
        StringBuilder s = new StringBuilder();
        append(s, "from", from);
        append(s, "to", to);
        append(s, "actor", actor);
        append(s, "subject", subjectEmployeeId);
        append(s, "review", reviewId);
        append(s, "kind", action);
        return s.isEmpty() ? "everything" : s.toString();
    }

    private static void append(StringBuilder s, String name, Object value) {
        if (value != null) {
            s.append(s.isEmpty() ? "" : ", ").append(name).append('=').append(value);
        }
    }
}
