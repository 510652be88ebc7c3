package nl.gesprekscyclus.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
        assertThatThrownBy(() -> read(withReplaced("{code: goed,", "{code: voldoende,")))
                .hasMessageContaining("overallJudgements[3].code: duplicate 'voldoende'");
    }
}
