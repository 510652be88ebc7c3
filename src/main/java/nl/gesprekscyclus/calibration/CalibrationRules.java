package nl.gesprekscyclus.calibration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import nl.gesprekscyclus.base.Violation;

/** The rules of a calibration session, checked before anything is written; each broken rule says why in Dutch. */
final class CalibrationRules {

    static final int MAX_NAME = 200;
    static final int MAX_REASON = 1000;

    private CalibrationRules() {
    }

    /** Opening: a name, a date, at least one existing unit, and a round in the year. */
    static List<Violation> open(String name, int year, LocalDate date, Collection<Long> units, Set<Long> knownUnits,
            boolean yearHasRound) {
        List<Violation> v = new ArrayList<>();
        if (name == null || name.isBlank()) {
            v.add(Violation.of("name", "calibration.rule.name"));
        } else if (name.strip().length() > MAX_NAME) {
            v.add(Violation.of("name", "calibration.rule.nameTooLong", MAX_NAME));
        }
        if (!yearHasRound) {
            v.add(Violation.of("year", "calibration.rule.noRound", String.valueOf(year)));
        }
        if (date == null) {
            v.add(Violation.of("date", "calibration.rule.date"));
        }
        if (units == null || units.isEmpty()) {
            v.add(Violation.of("units", "calibration.rule.units"));
        } else if (!knownUnits.containsAll(units)) {
            v.add(Violation.of("units", "calibration.rule.unknownUnit"));
        }
        return v;
    }

    /** Any change in a session: the session is open and there is a reason. */
    static List<Violation> change(CalibrationSession session, String reason) {
        List<Violation> v = new ArrayList<>();
        if (!session.isOpen()) {
            v.add(Violation.of("session", "calibration.rule.closed"));
        }
        reason(v, "reason", reason);
        return v;
    }

    /**
     * A proposed judgement: one of the scale, not the one already written, and only while the manager still sets the
     * judgement before the hand-over (not written yet, or written and waiting for them to weigh HR's advice) and no
     * other proposal for it is open.
     */
    static void proposal(List<Violation> v, CalibrationQueries.ReviewFacts review, String proposed,
            Set<String> judgementCodes, boolean openProposal) {
        if (proposed == null || !judgementCodes.contains(proposed)) {
            v.add(Violation.of("judgement", "calibration.rule.judgement"));
        } else if (proposed.equals(review.judgement())) {
            v.add(Violation.of("judgement", "calibration.rule.sameJudgement"));
        }
        // in the assessment, its feedback round included (issue 19): the manager has yet to write the judgement
        boolean managerSetsIt = nl.gesprekscyclus.review.ReviewPhase.valueOf(review.phase()).stage()
                == nl.gesprekscyclus.review.ReviewPhase.ASSESSMENT && !review.handedOver()
                && (review.judgement() == null || review.awaitsWeighing());
        if (!managerSetsIt) {
            v.add(Violation.of("review", "calibration.rule.notBeforeHandOver"));
        } else if (openProposal) {
            v.add(Violation.of("review", "calibration.rule.openProposal"));
        }
    }

    static void reason(List<Violation> v, String field, String reason) {
        if (reason == null || reason.isBlank()) {
            v.add(Violation.of(field, "calibration.rule.reasonRequired"));
        } else if (reason.strip().length() > MAX_REASON) {
            v.add(Violation.of(field, "calibration.rule.reasonTooLong", MAX_REASON));
        }
    }
}
