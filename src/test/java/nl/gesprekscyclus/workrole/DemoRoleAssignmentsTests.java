package nl.gesprekscyclus.workrole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The demo's role days are relative to the year it starts in, so the demo does not age. */
class DemoRoleAssignmentsTests {

    @Test
    void shouldReadDaysRelativeToThisYearAndRefuseAnythingElseWithTheEntry() {
        assertThat(DemoRoleAssignments.day("Y-03-01", 2026, "")).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(DemoRoleAssignments.day("Y-1-09-30", 2026, "")).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(DemoRoleAssignments.day("Y+1-01-01", 2026, "")).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(DemoRoleAssignments.day(null, 2026, "")).isNull();

        assertThatThrownBy(() -> DemoRoleAssignments.day("2026-03-01", 2026, "entry 3: "))
                .hasMessage("entry 3: '2026-03-01' is no day like Y-03-01 or Y-1-09-30");
        assertThatThrownBy(() -> DemoRoleAssignments.day("Y-02-30", 2026, "entry 4: "))
                .hasMessageStartingWith("entry 4: 'Y-02-30' is no day");
    }
}
