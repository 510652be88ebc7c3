package nl.gesprekscyclus.cycle;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.gesprekscyclus.base.Utf8Text;

/** Reads and validates {@code config/cycle.yaml}; every problem is reported with its field. */
public final class CycleSettingsReader {

    static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    private final ObjectMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public CycleSettings read(String file, byte[] content) {
        // the same strict UTF-8 as the function book: a Windows-1252 "é" is named, not turned into something else
        Utf8Text.Decoded text = Utf8Text.decode(content);
        if (!text.ok()) {
            throw new InvalidCycleSettingsException(file, List.of(text.utf16()
                    ? "the file is UTF-16 (or not text at all); save it as UTF-8"
                    : "the file is not UTF-8 text (line " + text.badLine() + "); save it as UTF-8"));
        }
        CycleSettings s;
        try {
            s = yaml.readValue(text.text(), CycleSettings.class);
        } catch (JsonMappingException e) {
            String path = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            throw new InvalidCycleSettingsException(file, List.of(path + ": " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new InvalidCycleSettingsException(file, List.of("not readable YAML: " + e.getMessage()));
        }
        if (s == null) {
            throw new InvalidCycleSettingsException(file, List.of("the file is empty"));
        }
        List<String> problems = validate(s);
        if (!problems.isEmpty()) {
            throw new InvalidCycleSettingsException(file, problems);
        }
        return s;
    }

    private static List<String> validate(CycleSettings s) {
        List<String> p = new ArrayList<>();
        MonthDay[] progressPhase = null;
        if (s.calendar() == null) {
            p.add("calendar: is missing");
        } else {
            MonthDay[] planning = window(p, "calendar.planning", s.calendar().planning());
            MonthDay[] progress = window(p, "calendar.progress", s.calendar().progress());
            progressPhase = progress;
            MonthDay[] assessment = window(p, "calendar.assessment", s.calendar().assessment());
            if (planning != null && progress != null && !planning[1].isBefore(progress[0])) {
                p.add("calendar.progress.start: must come after the end of planning (" + planning[1].format(MONTH_DAY) + ")");
            }
            if (progress != null && assessment != null && !progress[1].isBefore(assessment[0])) {
                p.add("calendar.assessment.start: must come after the end of progress (" + progress[1].format(MONTH_DAY) + ")");
            }
        }
        range(p, "responseTermDays", s.responseTermDays(), 1, 90);
        if (s.reminders() == null) {
            p.add("reminders: is missing");
        } else {
            range(p, "reminders.daysBeforeDue", s.reminders().daysBeforeDue(), 0, 60);
            range(p, "reminders.escalateToManagerDaysAfterDue", s.reminders().escalateToManagerDaysAfterDue(), 0, 60);
            range(p, "reminders.escalateToHrDaysAfterDue", s.reminders().escalateToHrDaysAfterDue(), 0, 90);
            Integer manager = s.reminders().escalateToManagerDaysAfterDue();
            Integer hr = s.reminders().escalateToHrDaysAfterDue();
            if (manager != null && hr != null && hr < manager) {
                p.add("reminders.escalateToHrDaysAfterDue: must not come before the escalation to the manager");
            }
        }
        range(p, "minimumAssessedMonths", s.minimumAssessedMonths(), 6, 12);
        if (s.retentionYears() != null && s.retentionYears() < 5) {
            p.add("retentionYears: must be at least 5 (Selectielijst gemeenten 2020, 4.1.13)");
        } else {
            range(p, "retentionYears", s.retentionYears(), 5, 100);
        }
        scale(p, "resultScores", s.resultScores().stream().map(x -> new String[] {x == null ? null : x.code(),
                x == null ? null : x.label(), x == null ? null : x.labelEn()}).toList());
        scale(p, "overallJudgements", s.overallJudgements().stream().map(x -> new String[] {x == null ? null : x.code(),
                x == null ? null : x.label(), x == null ? null : x.labelEn()}).toList());
        for (int i = 0; i < s.overallJudgements().size(); i++) {
            CycleSettings.Judgement j = s.overallJudgements().get(i);
            if (j != null && (j.consequence() == null || j.consequence().isBlank())) {
                p.add("overallJudgements[" + i + "].consequence: is missing");
            }
            if (j != null) {
                english(p, "overallJudgements[" + i + "].consequenceEn", j.consequenceEn());
            }
            if (j != null && j.hrAdviceRequired() == null) {
                p.add("overallJudgements[" + i + "].hrAdviceRequired: say true or false");
            }
        }
        AssessmentPolicy.validate(s.assessmentPolicy(), p);
        CycleShape.validate(s.cycleShape(), progressPhase, p);
        VlootschouwGrid.validate(s.vlootschouw(), p);
        FeedbackSettings.validate(s.feedback(), p);
        OrReportSettings.validate(s.orReport(), p);
        return p;
    }

    static MonthDay[] window(List<String> p, String path, CycleSettings.Window w) {
        if (w == null) {
            p.add(path + ": is missing");
            return null;
        }
        MonthDay start = monthDay(p, path + ".start", w.start());
        MonthDay end = monthDay(p, path + ".end", w.end());
        if (start == null || end == null) {
            return null;
        }
        if (!start.isBefore(end)) {
            p.add(path + ".end: must come after the start (" + w.start() + ")");
            return null;
        }
        return new MonthDay[] {start, end};
    }

    /** "03-01", with spaces around it allowed (as the check above allows them): the one parse for both. */
    static MonthDay parseMonthDay(String value) {
        return MonthDay.parse(value.strip(), MONTH_DAY);
    }

    private static MonthDay monthDay(List<String> p, String path, String value) {
        if (value == null || value.isBlank()) {
            p.add(path + ": is missing (month-day, e.g. \"03-01\")");
            return null;
        }
        try {
            return parseMonthDay(value);
        } catch (DateTimeParseException e) {
            p.add(path + ": '" + value + "' is not a month-day such as \"03-01\"");
            return null;
        }
    }

    private static void range(List<String> p, String path, Integer value, int min, int max) {
        if (value == null) {
            p.add(path + ": is missing");
        } else if (value < min || value > max) {
            p.add(path + ": must be between " + min + " and " + max + " (got " + value + ")");
        }
    }

    private static void scale(List<String> p, String path, List<String[]> steps) {
        if (steps.size() < 2) {
            p.add(path + ": needs at least two steps, lowest first");
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            String[] step = steps.get(i);
            if (step[0] == null || step[0].isBlank()) {
                p.add(path + "[" + i + "].code: is missing");
            } else if (!codes.add(step[0])) {
                p.add(path + "[" + i + "].code: duplicate '" + step[0] + "'");
            }
            if (step[1] == null || step[1].isBlank()) {
                p.add(path + "[" + i + "].label: is missing");
            }
            english(p, path + "[" + i + "].labelEn", step[2]);
        }
    }

    /**
     * An English text is optional (the Dutch one is shown instead), but one that is there must say something: an
     * empty {@code labelEn: ""} is a half-finished translation, not a choice for Dutch.
     */
    private static void english(List<String> p, String path, String value) {
        if (value != null && value.isBlank()) {
            p.add(path + ": is empty; give the English text or leave the field out to show the Dutch one");
        }
    }
}
