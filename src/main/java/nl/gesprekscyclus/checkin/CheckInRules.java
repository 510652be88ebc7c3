package nl.gesprekscyclus.checkin;

import static nl.gesprekscyclus.review.AgreementRules.optional;
import static nl.gesprekscyclus.review.AgreementRules.required;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.review.AgreementRules;

/**
 * What a check-in must be before anything of it is stored (plain functions, unit-tested): held on a day of the
 * review's year and not after today, with topics and participants, only agreements of this review (each once, with a
 * status), and actions with a text, an owner and a due date not before the conversation.
 */
public final class CheckInRules {

    public static final int MAX_PARTICIPANTS = 500;
    public static final int MAX_TOPICS = AgreementRules.MAX_LONG_TEXT;
    public static final int MAX_NOTE = AgreementRules.MAX_LONG_TEXT;
    public static final int MAX_ACTION = AgreementRules.MAX_TEXT;
    /** More than this many actions in one conversation is not a conversation's follow-up but a tampered request. */
    public static final int MAX_ACTIONS = 20;

    private CheckInRules() {
    }

    /**
     * @param year       the review's year: a check-in of another year belongs to another review
     * @param today      the day it is now where the municipality is
     * @param agreements the lineages of the agreements this review has
     */
    public static List<Violation> check(CheckInData data, int year, LocalDate today, Set<String> agreements) {
        List<Violation> violations = new ArrayList<>();
        checkDate(violations, data.heldOn(), year, today);
        required(violations, "participants", data.participants(), MAX_PARTICIPANTS);
        required(violations, "topics", data.topics(), MAX_TOPICS);
        optional(violations, "privateNote", data.privateNote(), MAX_NOTE);
        Set<String> seen = new HashSet<>();
        for (CheckInData.Touched t : data.agreements()) {
            if (t == null || t.lineage() == null || !agreements.contains(t.lineage())) {
                violations.add(Violation.of("agreements", "checkin.agreement.unknown"));
            } else if (!seen.add(t.lineage())) {
                violations.add(Violation.of("agreements", "checkin.agreement.twice"));
            } else if (t.status() == null) {
                violations.add(Violation.of("agreements", "checkin.agreement.statusRequired"));
            }
        }
        if (data.actions().size() > MAX_ACTIONS) {
            violations.add(Violation.of("actions", "checkin.action.tooMany", MAX_ACTIONS));
        }
        for (int i = 0; i < data.actions().size(); i++) {
            checkAction(violations, i, data.actions().get(i), data.heldOn());
        }
        return violations;
    }

    /**
     * An action: its text, owner and due date, which is not before the conversation it came from. Its fields are
     * named with its place ({@code actionText.0}), so the screen puts each message at the right row.
     */
    static void checkAction(List<Violation> violations, int index, CheckInData.Action a, LocalDate heldOn) {
        if (a == null) {
            violations.add(Violation.of("actions", "field.required"));
            return;
        }
        required(violations, "actionText." + index, a.text(), MAX_ACTION);
        if (a.owner() == null) {
            violations.add(Violation.of("actionOwner." + index, "checkin.action.ownerRequired"));
        }
        if (a.dueOn() == null) {
            violations.add(Violation.of("actionDue." + index, "checkin.action.dueRequired"));
        } else if (heldOn != null && a.dueOn().isBefore(heldOn)) {
            violations.add(Violation.of("actionDue." + index, "checkin.action.dueBeforeCheckIn"));
        }
    }

    /** Text added to the shared part afterwards. */
    public static List<Violation> checkEntry(String text) {
        List<Violation> violations = new ArrayList<>();
        required(violations, "entry", text, MAX_NOTE);
        return violations;
    }

    /** A private note on its own: may be blank (no note). */
    public static List<Violation> checkNote(String text) {
        List<Violation> violations = new ArrayList<>();
        optional(violations, "privateNote", text, MAX_NOTE);
        return violations;
    }

    private static void checkDate(List<Violation> violations, LocalDate heldOn, int year, LocalDate today) {
        if (heldOn == null) {
            violations.add(Violation.of("heldOn", "checkin.date.required"));
        } else if (heldOn.isAfter(today)) {
            violations.add(Violation.of("heldOn", "checkin.date.future"));
        } else if (heldOn.getYear() != year) {
            violations.add(Violation.of("heldOn", "checkin.date.outsideYear", String.valueOf(year)));
        }
    }
}
