package nl.gesprekscyclus.vlootschouw;

import static org.assertj.core.api.Assertions.assertThat;

import nl.gesprekscyclus.cycle.VlootschouwGrid.EmployeeSees;
import org.junit.jupiter.api.Test;

/** vlootschouw.employeeSees: when the employee sees their own placement on the screen (the inzage: always). */
class PlacementVisibilityTests {

    @Test
    void shouldShowItAlwaysNeverOrOnceTheSessionHasClosed() {
        assertThat(PlacementVisibility.employeeSees(EmployeeSees.ALWAYS, false)).isTrue();
        assertThat(PlacementVisibility.employeeSees(EmployeeSees.NEVER, true)).isFalse();
        assertThat(PlacementVisibility.employeeSees(EmployeeSees.AFTER_SESSION, false)).isFalse();
        assertThat(PlacementVisibility.employeeSees(EmployeeSees.AFTER_SESSION, true)).isTrue();
    }
}
