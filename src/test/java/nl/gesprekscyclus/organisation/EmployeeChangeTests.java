package nl.gesprekscyclus.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Which organisation changes the running round hears about. */
class EmployeeChangeTests {

    static EmployeeSummary person(String jobTitle, Long manager, Long coordinator, boolean active) {
        return new EmployeeSummary(5L, "100005", "A", null, "B", "a@b.nl", jobTitle, "c", "C", manager, null, null, false,
                coordinator, null, null, false, LocalDate.of(2020, 1, 1), active, 0);
    }

    @Test
    void shouldTellJoinsFunctionChangesAndLeavers() {
        EmployeeSummary now = person("adviseur", 1L, 8L, true);
        assertThat(EmployeeChange.between(null, now)).containsInstanceOf(EmployeeChange.Joined.class);
        assertThat(EmployeeChange.between(person("adviseur", 1L, 8L, false), now))
                .containsInstanceOf(EmployeeChange.Joined.class);
        assertThat(EmployeeChange.between(now, person("beleidsadviseur", 1L, 8L, true)))
                .containsInstanceOf(EmployeeChange.FunctionChanged.class);
        assertThat(EmployeeChange.between(now, person("adviseur", 2L, 8L, true)))
                .containsInstanceOf(EmployeeChange.FunctionChanged.class);
        assertThat(EmployeeChange.between(now, person("adviseur", 1L, null, true)))
                .containsInstanceOf(EmployeeChange.FunctionChanged.class);
        assertThat(EmployeeChange.between(now, person("adviseur", 1L, 8L, false)))
                .containsInstanceOf(EmployeeChange.Left.class);
        assertThat(EmployeeChange.between(now, now)).isEmpty();
        assertThat(EmployeeChange.between(null, person("adviseur", 1L, 8L, false))).isEmpty();
    }
}
