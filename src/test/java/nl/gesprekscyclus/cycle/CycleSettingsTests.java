package nl.gesprekscyclus.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** config/cycle.yaml holds PRODUCT.md's defaults, and a mistake in it is named by file and field. */
class CycleSettingsTests {

    static CycleSettings defaults() throws IOException {
        Path file = Path.of("config/cycle.yaml");
        return new CycleSettingsReader().read(file.toString(), Files.readAllBytes(file));
    }

    @Test
    void shouldShipTheDefaultCalendarTermsAndScales() throws IOException {
        CycleSettings s = defaults();
        RoundCalendar y2027 = RoundCalendar.of(s, 2027);
        assertThat(y2027.planning().end()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(y2027.progress().start()).isEqualTo(LocalDate.of(2027, 6, 1));
        assertThat(y2027.assessment().end()).isEqualTo(LocalDate.of(2027, 12, 15));
        assertThat(s.responseTermDays()).isEqualTo(14);
        assertThat(s.reminders().daysBeforeDue()).isEqualTo(7);
        assertThat(s.retentionYears()).isEqualTo(5);
        assertThat(s.resultScores()).extracting(CycleSettings.Scale::label)
                .containsExactly("niet behaald", "deels behaald", "behaald", "overtroffen");
        assertThat(s.overallJudgements()).extracting(CycleSettings.Judgement::code)
                .containsExactly("onvoldoende", "matig", "voldoende", "goed", "uitstekend");
        assertThat(s.overallJudgements()).filteredOn(CycleSettings.Judgement::hrAdviceRequired)
                .extracting(CycleSettings.Judgement::code).containsExactly("onvoldoende", "matig");
    }

    private static String withReplaced(String from, String to) throws IOException {
        return Files.readString(Path.of("config/cycle.yaml")).replace(from, to);
    }

    private static void read(String yaml) {
        new CycleSettingsReader().read("config/cycle.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldRefuseAWindowThatEndsBeforeItStarts() throws IOException {
        assertThatThrownBy(() -> read(withReplaced("end: \"03-01\"", "end: \"01-01\"")))
                .hasMessageContaining("config/cycle.yaml: calendar.planning.end: must come after the start");
    }

    @Test
    void shouldRefuseADateThatIsNoMonthDay() throws IOException {
        assertThatThrownBy(() -> read(withReplaced("start: \"06-01\"", "start: \"1 juni\"")))
                .hasMessageContaining("calendar.progress.start: '1 juni' is not a month-day");
    }

    @Test
    void shouldRefuseOverlappingPhases() throws IOException {
        assertThatThrownBy(() -> read(withReplaced("start: \"10-15\"", "start: \"09-01\"")))
                .hasMessageContaining("calendar.assessment.start: must come after the end of progress");
    }

    @Test
    void shouldRefuseARetentionShorterThanTheSelectielijst() throws IOException {
        assertThatThrownBy(() -> read(withReplaced("retentionYears: 5", "retentionYears: 2")))
                .hasMessageContaining("retentionYears: must be at least 5");
    }

    @Test
    void shouldRefuseAMinimumPeriodOutsideSixToTwelveMonths() throws IOException {
        assertThatThrownBy(() -> read(withReplaced("minimumAssessedMonths: 6", "minimumAssessedMonths: 3")))
                .hasMessageContaining("minimumAssessedMonths: must be between 6 and 12");
    }

    @Test
    void shouldRefuseAMisspelledField() throws IOException {
        assertThatThrownBy(() -> read(withReplaced("responseTermDays", "responseTermDagen")))
                .hasMessageContaining("responseTermDagen");
    }

    @Test
    void shouldRefuseDuplicateScaleCodes() throws IOException {
        assertThatThrownBy(() -> read(withReplaced("  - code: goed\n", "  - code: voldoende\n")))
                .hasMessageContaining("overallJudgements[3].code: duplicate 'voldoende'");
    }

    @Test
    void shouldShipOmmensAssessmentPolicy() throws IOException {
        AssessmentPolicy p = defaults().assessmentPolicy();
        assertThat(p.secondAssessorRule()).isEqualTo(AssessmentPolicy.SecondAssessor.NONE);
        assertThat(p.signOffRule()).isEqualTo(AssessmentPolicy.SignOff.MANAGER);
        assertThat(p.topAssessorNumber()).isEmpty();
        assertThat(p.adviceVisibleToEmployee()).isFalse();
        assertThat(p).isEqualTo(AssessmentPolicy.DEFAULTS);
    }

    @Test
    void shouldReadEveryChoiceOfTheAssessmentPolicy() throws IOException {
        String yaml = withReplaced("secondAssessor: none", "secondAssessor: nextLevel")
                .replace("signOff: manager", "signOff: gemeentesecretaris")
                .replace("topAssessor: none", "topAssessor: 100099")
                .replace("hrAdviceVisibleToEmployee: false", "hrAdviceVisibleToEmployee: true");
        AssessmentPolicy p = new CycleSettingsReader().read("config/cycle.yaml", yaml.getBytes(StandardCharsets.UTF_8))
                .assessmentPolicy();
        assertThat(p.secondAssessorRule()).isEqualTo(AssessmentPolicy.SecondAssessor.NEXT_LEVEL);
        assertThat(p.signOffRule()).isEqualTo(AssessmentPolicy.SignOff.GEMEENTESECRETARIS);
        assertThat(p.topAssessorNumber()).contains("100099");
        assertThat(p.adviceVisibleToEmployee()).isTrue();
    }

    @Test
    void shouldTakeTheDefaultsForAFileWithoutTheAssessmentPolicy() throws IOException {
        String yaml = Files.readString(Path.of("config/cycle.yaml"));
        String without = yaml.substring(0, yaml.indexOf("assessmentPolicy:"));
        assertThat(new CycleSettingsReader().read("config/cycle.yaml", without.getBytes(StandardCharsets.UTF_8))
                .assessmentPolicy()).isEqualTo(AssessmentPolicy.DEFAULTS);
    }

    @Test
    void shouldNameAWrongChoiceOfTheAssessmentPolicyByItsField() throws IOException {
        assertThatThrownBy(() -> read(withReplaced("signOff: manager", "signOff: burgemeester")))
                .hasMessageContaining("config/cycle.yaml: assessmentPolicy.signOff: 'burgemeester' is not one of"
                        + " manager, nextLevel, gemeentesecretaris");
        assertThatThrownBy(() -> read(withReplaced("secondAssessor: none", "secondAssessor: manager")))
                .hasMessageContaining("assessmentPolicy.secondAssessor: 'manager' is not one of none, nextLevel");
        assertThatThrownBy(() -> read(withReplaced("topAssessor: none", "topAssessor: \"de burgemeester\"")))
                .hasMessageContaining("assessmentPolicy.topAssessor: say none or a personnel number");
        assertThatThrownBy(() -> read(withReplaced("hrAdviceVisibleToEmployee: false", "hrAdviceVisibleToEmployee: nee")))
                .hasMessageContaining("assessmentPolicy.hrAdviceVisibleToEmployee");
        assertThatThrownBy(() -> read(withReplaced("signOff: manager", "vaststeller: manager")))
                .hasMessageContaining("vaststeller");
    }

    private static final Locale ENGLISH = Locale.ENGLISH;
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private static CycleSettings parsed(String yaml) {
        return new CycleSettingsReader().read("config/cycle.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldShipAnEnglishLabelForEveryScaleStepAndConsequence() throws IOException {
        CycleSettings s = defaults();
        assertThat(s.resultScores()).extracting(x -> x.label(ENGLISH))
                .containsExactly("not achieved", "partly achieved", "achieved", "exceeded");
        assertThat(s.overallJudgements()).extracting(j -> j.label(ENGLISH))
                .containsExactly("unsatisfactory", "below standard", "satisfactory", "good", "excellent");
        assertThat(s.overallJudgements()).extracting(j -> j.consequence(ENGLISH)).allSatisfy(c ->
                assertThat(c).contains("periodic salary increase"));
        assertThat(s.overallJudgements()).extracting(j -> j.label(DUTCH))
                .containsExactly("onvoldoende", "matig", "voldoende", "goed", "uitstekend");
        assertThat(s.judgementLabels(ENGLISH)).containsEntry("matig", "below standard");
        assertThat(s.scoreLabels(DUTCH)).containsEntry("deels-behaald", "deels behaald");
    }

    @Test
    void shouldShowTheDutchTextInEnglishWhereNoEnglishIsGiven() throws IOException {
        // a municipality's own cycle.yaml from before English labels existed
        CycleSettings s = parsed(withReplaced("    labelEn: good\n", "")
                .replace("    consequenceEn: periodic salary increase\n    hrAdviceRequired: false\n  - code: uitstekend",
                        "    hrAdviceRequired: false\n  - code: uitstekend")
                .replace(", labelEn: exceeded}", "}"));
        CycleSettings.Judgement goed = s.overallJudgements().get(3);
        assertThat(goed.labelEn()).isNull();
        assertThat(goed.consequenceEn()).isNull();
        assertThat(goed.label(ENGLISH)).isEqualTo("goed");
        assertThat(goed.consequence(ENGLISH)).isEqualTo("periodiek");
        assertThat(s.resultScores().get(3).label(ENGLISH)).isEqualTo("overtroffen");
        assertThat(s.overallJudgements().get(2).label(ENGLISH)).isEqualTo("satisfactory");
    }

    @Test
    void shouldRefuseAnEmptyEnglishLabelOrConsequence() throws IOException {
        assertThatThrownBy(() -> read(withReplaced("labelEn: satisfactory", "labelEn: \"\"")
                .replace("labelEn: exceeded", "labelEn: \" \"")
                .replace("consequenceEn: \"no periodic salary increase; improvement plan\"\n    hrAdviceRequired: true\n"
                        + "  - code: matig", "consequenceEn: \"\"\n    hrAdviceRequired: true\n  - code: matig")))
                .hasMessageContaining("config/cycle.yaml: ")
                .hasMessageContaining("overallJudgements[2].labelEn: is empty")
                .hasMessageContaining("resultScores[3].labelEn: is empty")
                .hasMessageContaining("overallJudgements[0].consequenceEn: is empty");
    }

    @Test
    void shouldRefuseAMisspelledEnglishField() throws IOException {
        assertThatThrownBy(() -> read(withReplaced("labelEn: satisfactory", "labelEN: satisfactory")))
                .hasMessageContaining("labelEN");
    }

    @Test
    void shouldShowARecordedConsequenceInEnglishOnlyWhileCycleYamlStillSaysThatText() throws IOException {
        CycleSettings s = defaults();
        assertThat(s.recordedConsequence("voldoende", "periodiek", ENGLISH)).isEqualTo("periodic salary increase");
        assertThat(s.recordedConsequence("voldoende", "periodiek", DUTCH)).isEqualTo("periodiek");
        // written under an older cycle.yaml: the recorded Dutch text stands, no translation of today's text
        assertThat(s.recordedConsequence("voldoende", "periodiek en een gesprek", ENGLISH))
                .isEqualTo("periodiek en een gesprek");
        assertThat(s.recordedConsequence("bestaat-niet", "iets", ENGLISH)).isEqualTo("iets");
    }

    @Test
    void shouldReadTheFeedbackSectionAndRefuseAnAnonymousMinimumAboveTheMaximum() throws IOException {
        assertThat(defaults().feedback()).isEqualTo(new FeedbackSettings(8, 3));
        String yaml = Files.readString(Path.of("config/cycle.yaml"));
        assertThat(new CycleSettingsReader().read("config/cycle.yaml", yaml.substring(0, yaml.indexOf("feedback:"))
                .getBytes(StandardCharsets.UTF_8)).feedback()).isEqualTo(FeedbackSettings.DEFAULTS);
        assertThatThrownBy(() -> read(withReplaced("anonymousMinimum: 3", "anonymousMinimum: 9")))
                .hasMessageContaining("feedback.anonymousMinimum: must not be more than feedback.maximumAskees (8)");
        assertThatThrownBy(() -> read(withReplaced("anonymousMinimum: 3", "anonymousMinimum: 1")))
                .hasMessageContaining("feedback.anonymousMinimum: must be between 2 and 20 (got 1)");
    }
}
