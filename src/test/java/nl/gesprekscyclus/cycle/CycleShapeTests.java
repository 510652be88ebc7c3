package nl.gesprekscyclus.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The cycleShape section of config/cycle.yaml (issue 19): today's file keeps today's cycle, the variants are read and
 * resolved per round year, and a wrong shape stops the start with the file and the field.
 */
class CycleShapeTests {

    private static final String SHIPPED_SHAPE = """
            cycleShape:
              # progressConversations:""";

    private static String shipped() throws IOException {
        return Files.readString(Path.of("config/cycle.yaml"));
    }

    /** The shipped file with its cycleShape section replaced by {@code section}. */
    private static String withShape(String section) throws IOException {
        String yaml = shipped();
        int at = yaml.indexOf("cycleShape:");
        assertThat(at).as("the shipped file has a cycleShape section").isPositive();
        return yaml.substring(0, at) + section;
    }

    private static CycleSettings read(String yaml) {
        return new CycleSettingsReader().read("config/cycle.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static String twoConversations(String firstEnd, String secondStart) {
        return "cycleShape:\n  progressConversations:\n    - {start: \"06-01\", end: \"" + firstEnd + "\"}\n"
                + "    - {start: \"" + secondStart + "\", end: \"09-30\"}\n";
    }

    @Test
    void theShippedFileAndAFileWithoutTheSectionKeepTodaysCycle() throws IOException {
        assertThat(shipped()).contains(SHIPPED_SHAPE);
        CycleSettings shippedSettings = read(shipped());
        String yaml = shipped();
        CycleSettings without = read(yaml.substring(0, yaml.indexOf("# ---- The shape of the cycle")));
        for (CycleSettings s : new CycleSettings[] {shippedSettings, without}) {
            RoundCalendar calendar = RoundCalendar.of(s, 2070);
            RoundShape shape = RoundShape.of(s.cycleShape(), calendar);
            assertThat(shape.progressWindows()).containsExactly(calendar.progress());
            assertThat(shape.formalAssessment()).isTrue();
            assertThat(shape.feedbackRounds()).isFalse();
            assertThat(shape).isEqualTo(RoundShape.single(calendar));
        }
    }

    @Test
    void fourConversationsEachGetTheirWindowInTheRoundsYear() throws IOException {
        CycleSettings s = read(withShape("""
                cycleShape:
                  progressConversations:
                    - {start: "06-01", end: "06-30"}
                    - {start: "07-01", end: "07-31"}
                    - {start: "08-15", end: "08-31"}
                    - {start: "09-01", end: "09-30"}
                  feedbackRounds: true
                """));
        RoundShape shape = RoundShape.of(s.cycleShape(), RoundCalendar.of(s, 2070));
        assertThat(shape.progressConversations()).isEqualTo(4);
        assertThat(shape.progressWindow(1)).isEqualTo(new RoundCalendar.Phase(LocalDate.of(2070, 6, 1),
                LocalDate.of(2070, 6, 30)));
        assertThat(shape.progressWindow(3).start()).isEqualTo(LocalDate.of(2070, 8, 15));
        assertThat(shape.progressWindow(4).end()).isEqualTo(LocalDate.of(2070, 9, 30));
        assertThat(shape.feedbackRounds()).isTrue();
    }

    @Test
    void everyOtherYearGoesByTheParityOfTheRoundsYear() {
        CycleShape even = new CycleShape(null, "everyOtherYear", null, null);
        assertThat(even.formalAssessmentIn(2074)).isTrue();
        assertThat(even.formalAssessmentIn(2073)).isFalse();
        CycleShape odd = new CycleShape(null, "everyOtherYear", "odd", null);
        assertThat(odd.formalAssessmentIn(2073)).isTrue();
        assertThat(odd.formalAssessmentIn(2074)).isFalse();
        CycleShape never = new CycleShape(null, "never", null, null);
        assertThat(never.formalAssessmentIn(2073)).isFalse();
        assertThat(never.formalAssessmentIn(2074)).isFalse();
        assertThat(CycleShape.DEFAULTS.formalAssessmentIn(2073)).isTrue();
    }

    @Test
    void aYearWithoutAssessmentIsAcceptedNowThatTheDevelopmentConversationExists() throws IOException {
        // until issue 19 item 3 the start refused both: a round would have stored "no assessment" while its reviews
        // still ended with one. The development conversation ends such a year now (docs/cycle-shapes.md)
        assertThat(read(withShape("cycleShape:\n  formalAssessment: never\n")).cycleShape().formalAssessmentIn(2081))
                .isFalse();
        CycleShape everyOther = read(withShape("cycleShape:\n  formalAssessment: everyOtherYear\n"
                + "  assessmentYears: odd\n")).cycleShape();
        assertThat(everyOther.formalAssessmentIn(2081)).isTrue();
        assertThat(everyOther.formalAssessmentIn(2082)).isFalse();
    }

    @Test
    void overlappingWindowsStopTheStartNamingTheFileAndTheField() throws IOException {
        assertThatThrownBy(() -> read(withShape(twoConversations("07-31", "07-15"))))
                .isInstanceOf(InvalidCycleSettingsException.class)
                .hasMessageContaining("config/cycle.yaml")
                .hasMessageContaining("cycleShape.progressConversations[1].start: must come after the end of the"
                        + " conversation before it (07-31)");
        // touching is overlapping too: both windows include their last and first day
        assertThatThrownBy(() -> read(withShape(twoConversations("07-31", "07-31"))))
                .hasMessageContaining("cycleShape.progressConversations[1].start");
        assertThat(read(withShape(twoConversations("07-31", "08-01"))).cycleShape().progressConversations())
                .hasSize(2);
    }

    @Test
    void windowsOutOfOrderOrOutsideTheProgressPhaseAreRefused() throws IOException {
        assertThatThrownBy(() -> read(withShape("""
                cycleShape:
                  progressConversations:
                    - {start: "09-01", end: "09-30"}
                    - {start: "06-01", end: "06-30"}
                """))).hasMessageContaining("cycleShape.progressConversations[1].start: must come after the end");
        assertThatThrownBy(() -> read(withShape("""
                cycleShape:
                  progressConversations:
                    - {start: "05-01", end: "06-30"}
                """))).hasMessageContaining("cycleShape.progressConversations[0]: must lie within calendar.progress"
                + " (06-01 to 09-30)");
        // a window that runs over the end of the year is one whose end comes before its start
        assertThatThrownBy(() -> read(withShape("""
                cycleShape:
                  progressConversations:
                    - {start: "09-01", end: "01-15"}
                """))).hasMessageContaining("cycleShape.progressConversations[0].end: must come after the start");
        assertThatThrownBy(() -> read(withShape("""
                cycleShape:
                  progressConversations:
                    - {start: "06-31", end: "07-15"}
                """))).hasMessageContaining("cycleShape.progressConversations[0].start: '06-31' is not a month-day");
    }

    @Test
    void moreThanFourOrNoConversationsAreRefused() throws IOException {
        assertThatThrownBy(() -> read(withShape("""
                cycleShape:
                  progressConversations:
                    - {start: "06-01", end: "06-15"}
                    - {start: "06-16", end: "06-30"}
                    - {start: "07-01", end: "07-15"}
                    - {start: "07-16", end: "07-31"}
                    - {start: "08-01", end: "08-15"}
                """))).hasMessageContaining("cycleShape.progressConversations: at most 4 progress conversations"
                + " (got 5)");
        assertThatThrownBy(() -> read(withShape("cycleShape:\n  progressConversations: []\n")))
                .hasMessageContaining("cycleShape.progressConversations: give 1 to 4 windows");
    }

    @Test
    void anUnknownFrequencyOrParityIsRefused() throws IOException {
        assertThatThrownBy(() -> read(withShape("cycleShape:\n  formalAssessment: tweejaarlijks\n")))
                .hasMessageContaining("config/cycle.yaml: cycleShape.formalAssessment: 'tweejaarlijks' is not one of"
                        + " everyYear, everyOtherYear, never");
        assertThatThrownBy(() -> read(withShape("cycleShape:\n  assessmentYears: 2074\n")))
                .hasMessageContaining("cycleShape.assessmentYears: '2074' is not one of even, odd");
        assertThatThrownBy(() -> read(withShape("cycleShape:\n  feedbackRound: true\n")))
                .hasMessageContaining("cycleShape.feedbackRound");
    }
}
