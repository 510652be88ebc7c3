package nl.gesprekscyclus.cycle;

import java.util.List;

/**
 * The gesprekscyclus as a municipality configures it ({@code config/cycle.yaml}): phase windows,
 * terms, reminder timing, the minimum assessed period, retention, the rating scales, and who assesses, is
 * consulted and signs off ({@link AssessmentPolicy}).
 */
public record CycleSettings(
        Calendar calendar,
        Integer responseTermDays,
        Reminders reminders,
        Integer minimumAssessedMonths,
        Integer retentionYears,
        List<Scale> resultScores,
        List<Judgement> overallJudgements,
        // ---- who assesses, is consulted and signs off (issue 16/17): its own record, see AssessmentPolicy
        AssessmentPolicy assessmentPolicy) {

    public CycleSettings {
        resultScores = resultScores == null ? List.of() : List.copyOf(resultScores);
        overallJudgements = overallJudgements == null ? List.of() : List.copyOf(overallJudgements);
        assessmentPolicy = assessmentPolicy == null ? AssessmentPolicy.DEFAULTS : assessmentPolicy;
    }

    /** The three phase windows, as month-day ("03-01"). */
    public record Calendar(Window planning, Window progress, Window assessment) {
    }

    public record Window(String start, String end) {
    }

    public record Reminders(Integer daysBeforeDue, Integer escalateToManagerDaysAfterDue,
            Integer escalateToHrDaysAfterDue) {
    }

    /** One step of a scale, lowest first. */
    public record Scale(String code, String label) {
    }

    /** An overall judgement with its consequence and whether HR must advise before it is final. */
    public record Judgement(String code, String label, String consequence, Boolean hrAdviceRequired) {
    }
}
