package nl.gesprekscyclus.feedback;

import static nl.gesprekscyclus.review.AgreementRules.optional;
import static nl.gesprekscyclus.review.AgreementRules.required;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.cycle.FeedbackSettings;
import nl.gesprekscyclus.review.AgreementRules;

/**
 * What a feedback request and an answer must be before anything of them is stored (plain functions, unit-tested).
 * A request: about at least one competency or agreement of this review, with a question, due on a day from today up
 * to the end of the review's year, named or anonymous chosen, and colleagues who can answer: at least one and at
 * most the configured maximum (at least the anonymous minimum when anonymous, or the answers could never be shown),
 * each once, in service, and not the asker, the employee the review is about or the review's manager (who assesses
 * and is no colleague giving feedback on it).
 */
public final class FeedbackRules {

    public static final int MAX_QUESTION = AgreementRules.MAX_TEXT;
    public static final int MAX_ANSWER = AgreementRules.MAX_LONG_TEXT;
    public static final int MAX_REASON = AgreementRules.MAX_TEXT;

    private FeedbackRules() {
    }

    /** Who a request involves: the asker, the employee and the manager of the review. */
    public record Parties(Long askerId, Long employeeId, Long managerId) {
    }

    /** A colleague as the rules need them: their name (for the message) and whether they are in service. */
    public record Colleague(String name, boolean active) {
    }

    /**
     * @param year        the review's year: feedback is due within it
     * @param competencies the names of the competencies the review rates
     * @param agreements  the lineages of the review's agreements
     * @param colleagues  the asked ids that exist, with name and whether they are in service
     */
    public static List<Violation> check(FeedbackRequestData data, int year, LocalDate today, Set<String> competencies,
            Set<String> agreements, Parties parties, Map<Long, Colleague> colleagues, FeedbackSettings settings) {
        List<Violation> violations = new ArrayList<>();
        checkItems(violations, data.items(), competencies, agreements);
        required(violations, "question", data.question(), MAX_QUESTION);
        if (data.dueOn() == null) {
            violations.add(Violation.of("dueOn", "feedback.due.required"));
        } else if (data.dueOn().isBefore(today)) {
            violations.add(Violation.of("dueOn", "feedback.due.past"));
        } else if (data.dueOn().getYear() > year) {
            violations.add(Violation.of("dueOn", "feedback.due.afterYear", String.valueOf(year)));
        }
        if (data.anonymous() == null) {
            violations.add(Violation.of("anonymous", "feedback.anonymous.required"));
        }
        checkAskees(violations, data, parties, colleagues, settings);
        return violations;
    }

    private static void checkItems(List<Violation> violations, List<FeedbackRequestData.Item> items,
            Set<String> competencies, Set<String> agreements) {
        if (items.isEmpty()) {
            violations.add(Violation.of("items", "feedback.items.required"));
        }
        Set<FeedbackRequestData.Item> seen = new HashSet<>();
        for (FeedbackRequestData.Item item : items) {
            boolean known = item != null && item.kind() != null && item.subject() != null
                    && (item.kind() == FeedbackItemKind.COMPETENCY ? competencies : agreements).contains(item.subject());
            if (!known) {
                violations.add(Violation.of("items", "feedback.item.unknown"));
            } else if (!seen.add(item)) {
                violations.add(Violation.of("items", "feedback.item.twice"));
            }
        }
    }

    private static void checkAskees(List<Violation> violations, FeedbackRequestData data, Parties parties,
            Map<Long, Colleague> colleagues, FeedbackSettings settings) {
        List<Long> askees = data.askees();
        if (askees.isEmpty()) {
            violations.add(Violation.of("askees", "feedback.askees.required"));
        } else if (askees.size() > settings.maximumAskees()) {
            violations.add(Violation.of("askees", "feedback.askees.tooMany", settings.maximumAskees()));
        } else if (Boolean.TRUE.equals(data.anonymous()) && askees.size() < settings.anonymousMinimum()) {
            violations.add(Violation.of("askees", "feedback.askees.tooFewAnonymous", settings.anonymousMinimum()));
        }
        Set<Long> seen = new HashSet<>();
        for (Long id : askees) {
            Colleague colleague = id == null ? null : colleagues.get(id);
            if (colleague == null) {
                violations.add(Violation.of("askees", "feedback.askee.unknown"));
            } else if (!seen.add(id)) {
                violations.add(Violation.of("askees", "feedback.askee.twice", colleague.name()));
            } else if (id.equals(parties.askerId())) {
                violations.add(Violation.of("askees", "feedback.askee.self"));
            } else if (id.equals(parties.employeeId())) {
                violations.add(Violation.of("askees", "feedback.askee.employee", colleague.name()));
            } else if (id.equals(parties.managerId())) {
                violations.add(Violation.of("askees", "feedback.askee.manager", colleague.name()));
            } else if (!colleague.active()) {
                violations.add(Violation.of("askees", "feedback.askee.left", colleague.name()));
            }
        }
    }

    /**
     * An answer: every item of the request once, each with a level or a text (or both); a level only on a competency
     * and only one of the book's scale.
     *
     * @param items  the request's items by id
     * @param levels the codes of the book's level scale
     */
    public static List<Violation> checkAnswer(List<FeedbackAnswerData> answers, Map<Long, FeedbackItemKind> items,
            Set<String> levels) {
        List<Violation> violations = new ArrayList<>();
        Set<Long> answered = new HashSet<>();
        for (FeedbackAnswerData a : answers) {
            if (a == null || !items.containsKey(a.itemId()) || !answered.add(a.itemId())) {
                violations.add(Violation.of("answers", "feedback.answer.itemUnknown"));
                continue;
            }
            String field = "answer." + a.itemId();
            boolean hasLevel = a.level() != null && !a.level().isBlank();
            if (hasLevel && (items.get(a.itemId()) != FeedbackItemKind.COMPETENCY || !levels.contains(a.level()))) {
                violations.add(Violation.of("level." + a.itemId(), "feedback.answer.levelUnknown"));
            }
            if (!hasLevel && (a.text() == null || a.text().isBlank())) {
                violations.add(Violation.of(field, "feedback.answer.empty"));
            }
            optional(violations, field, a.text(), MAX_ANSWER);
        }
        for (Long item : items.keySet()) {
            if (!answered.contains(item)) {
                violations.add(Violation.of("answer." + item, "feedback.answer.empty"));
            }
        }
        return violations;
    }

    /** A decline's reason: optional. */
    public static List<Violation> checkDecline(String reason) {
        List<Violation> violations = new ArrayList<>();
        optional(violations, "reason", reason, MAX_REASON);
        return violations;
    }
}
