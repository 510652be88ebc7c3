package nl.gesprekscyclus.review;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import nl.gesprekscyclus.base.Violation;

/**
 * What a result or development agreement must say, and how a set of agreements fits together. Messages are
 * keys of the message bundles; the field names match the form's fields.
 */
public final class AgreementRules {

    public static final int MAX_TEXT = 2000;
    public static final int MAX_LONG_TEXT = 4000;
    public static final int MAX_WORK_ROLE = 200;
    /** The report of a voortgangsgesprek (a large text column). */
    public static final int MAX_REPORT = 20_000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private AgreementRules() {
    }

    /**
     * @param resultAreas the codes of the resultaatgebieden of the employee's normfunctie
     * @param period      the assessed period: a deadline must fall in it
     */
    public static List<Violation> check(ResultAgreementData data, Set<String> resultAreas, LocalDate periodStart,
            LocalDate periodEnd) {
        return check(data, resultAreas, Set.of(), periodStart, periodEnd);
    }

    /**
     * @param roles the codes of the roles the employee fills in the review's period: an agreement is linked to a
     *              resultaatgebied or to one of these, exactly one of the two
     */
    public static List<Violation> check(ResultAgreementData data, Set<String> resultAreas, Set<String> roles,
            LocalDate periodStart, LocalDate periodEnd) {
        List<Violation> violations = new ArrayList<>();
        boolean role = !blank(data.roleCode());
        if (role && !blank(data.resultArea())) {
            violations.add(Violation.of("resultArea", "agreement.link.both"));
        } else if (role) {
            if (!roles.contains(data.roleCode())) {
                violations.add(Violation.of("resultArea", "agreement.role.not-held"));
            }
        } else if (blank(data.resultArea())) {
            violations.add(Violation.of("resultArea", roles.isEmpty() ? "agreement.result-area.required"
                    : "agreement.link.required"));
        } else if (!resultAreas.contains(data.resultArea())) {
            violations.add(Violation.of("resultArea", "agreement.result-area.unknown", data.resultArea()));
        }
        required(violations, "description", data.description(), MAX_TEXT);
        required(violations, "criterion", data.criterion(), MAX_TEXT);
        optional(violations, "workRole", data.workRole(), MAX_WORK_ROLE);
        if (data.deadline() != null && (data.deadline().isBefore(periodStart) || data.deadline().isAfter(periodEnd))) {
            violations.add(Violation.of("deadline", "agreement.deadline.outside-period", DAY.format(periodStart),
                    DAY.format(periodEnd)));
        }
        if (data.weight() != null && (data.weight() < 1 || data.weight() > 100)) {
            violations.add(Violation.of("weight", "agreement.weight.range"));
        }
        return violations;
    }

    public static List<Violation> check(DevelopmentAgreementData data) {
        List<Violation> violations = new ArrayList<>();
        required(violations, "goal", data.goal(), MAX_TEXT);
        optional(violations, "activities", data.activities(), MAX_LONG_TEXT);
        optional(violations, "growingActivities", data.growingActivities(), MAX_TEXT);
        optional(violations, "shrinkingActivities", data.shrinkingActivities(), MAX_TEXT);
        optional(violations, "employeeActions", data.employeeActions(), MAX_TEXT);
        optional(violations, "managerActions", data.managerActions(), MAX_TEXT);
        optional(violations, "hrActions", data.hrActions(), MAX_TEXT);
        return violations;
    }

    /**
     * Rules for the whole set when it is submitted, set or changed: at least one result agreement, and when
     * weights are used every agreement has one and together they add up to 100.
     */
    public static List<Violation> checkSet(Collection<ResultAgreementData> agreements) {
        List<Violation> violations = new ArrayList<>();
        if (agreements.isEmpty()) {
            violations.add(Violation.of("agreements", "agreement.set.empty"));
            return violations;
        }
        long weighted = agreements.stream().filter(a -> a.weight() != null).count();
        if (weighted > 0) {
            if (weighted < agreements.size()) {
                violations.add(Violation.of("weight", "agreement.weight.all-or-none"));
            } else {
                int sum = agreements.stream().mapToInt(ResultAgreementData::weight).sum();
                if (sum != 100) {
                    violations.add(Violation.of("weight", "agreement.weight.sum", sum));
                }
            }
        }
        return violations;
    }

    public static void required(List<Violation> violations, String field, String value, int max) {
        if (blank(value)) {
            violations.add(Violation.of(field, "field.required"));
        } else {
            optional(violations, field, value, max);
        }
    }

    public static void optional(List<Violation> violations, String field, String value, int max) {
        if (value != null && value.length() > max) {
            violations.add(Violation.of(field, "field.too-long", max));
        } else if (value != null && !storable(value)) {
            violations.add(Violation.of(field, "field.invalid-characters"));
        }
    }

    /** The date a conversation was held (progress or development conversation): given, and not after today. */
    static void conversationDate(List<Violation> violations, LocalDate date, LocalDate today) {
        if (date == null) {
            violations.add(Violation.of("conversationDate", "field.required"));
        } else if (date.isAfter(today)) {
            violations.add(Violation.of("conversationDate", "progress.date.future"));
        }
    }

    /**
     * Whether a text can be stored as it is: no NUL (PostgreSQL refuses it with an error, not a message) and no
     * lone surrogate (no character at all; silently turned into '?'). A browser never sends them, a tampered
     * request can.
     */
    static boolean storable(String value) {
        return value.codePoints().noneMatch(c -> c == 0 || Character.getType(c) == Character.SURROGATE);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
