package nl.gesprekscyclus.cycle;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

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
        AssessmentPolicy assessmentPolicy,
        // ---- the shape of the cycle (issue 19): progress conversations, assessment or development conversation
        CycleShape cycleShape,
        // ---- the vlootschouw grid (issue 20): its own record; null when the file has no vlootschouw
        VlootschouwGrid vlootschouw,
        // ---- feedback from colleagues (issue 19, item 2): its own record, see FeedbackSettings
        FeedbackSettings feedback,
        // ---- the report for the ondernemingsraad (issue 20): its own record, see OrReportSettings
        OrReportSettings orReport) {

    public CycleSettings {
        resultScores = resultScores == null ? List.of() : List.copyOf(resultScores);
        overallJudgements = overallJudgements == null ? List.of() : List.copyOf(overallJudgements);
        assessmentPolicy = assessmentPolicy == null ? AssessmentPolicy.DEFAULTS : assessmentPolicy;
        cycleShape = cycleShape == null ? CycleShape.DEFAULTS : cycleShape;
        feedback = feedback == null ? FeedbackSettings.DEFAULTS : feedback;
        orReport = orReport == null ? OrReportSettings.DEFAULTS : orReport;
    }

    /** The three phase windows, as month-day ("03-01"). */
    public record Calendar(Window planning, Window progress, Window assessment) {
    }

    public record Window(String start, String end) {
    }

    public record Reminders(Integer daysBeforeDue, Integer escalateToManagerDaysAfterDue,
            Integer escalateToHrDaysAfterDue) {
    }

    /**
     * One step of a scale, lowest first. The Dutch label is required; the English one ({@code labelEn}) is optional,
     * and without it an English screen shows the Dutch label.
     */
    public record Scale(String code, String label, String labelEn) {

        public String label(Locale locale) {
            return inEnglish(locale, label, labelEn);
        }
    }

    /**
     * An overall judgement with its consequence and whether HR must advise before it is final. As with
     * {@link Scale}, the English label and consequence are optional and fall back to the Dutch ones.
     */
    public record Judgement(String code, String label, String labelEn, String consequence, String consequenceEn,
            Boolean hrAdviceRequired) {

        public String label(Locale locale) {
            return inEnglish(locale, label, labelEn);
        }

        public String consequence(Locale locale) {
            return inEnglish(locale, consequence, consequenceEn);
        }
    }

    /** The result scores' labels by code, in the screen's language. */
    public Map<String, String> scoreLabels(Locale locale) {
        return resultScores.stream().collect(Collectors.toMap(Scale::code, s -> s.label(locale), (a, b) -> a));
    }

    /** The overall judgements' labels by code, in the screen's language. */
    public Map<String, String> judgementLabels(Locale locale) {
        return overallJudgements.stream().collect(Collectors.toMap(Judgement::code, j -> j.label(locale), (a, b) -> a));
    }

    /**
     * The consequence an assessment recorded, in the screen's language. The assessment keeps the Dutch text as it
     * was when it was written; it is shown in English only while cycle.yaml still gives that judgement that very
     * text, so a changed consequence is never replaced by the translation of the new one.
     */
    public String recordedConsequence(String judgementCode, String recorded, Locale locale) {
        return overallJudgements.stream().filter(j -> j.code().equals(judgementCode))
                .filter(j -> j.consequence().equals(recorded)).findFirst()
                .map(j -> j.consequence(locale)).orElse(recorded);
    }

    private static String inEnglish(Locale locale, String dutch, String english) {
        boolean wantsEnglish = locale != null && "en".equals(locale.getLanguage());
        return wantsEnglish && english != null && !english.isBlank() ? english : dutch;
    }
}
