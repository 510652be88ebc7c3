package nl.gesprekscyclus.vlootschouw;

import nl.gesprekscyclus.cycle.VlootschouwGrid.EmployeeSees;

/**
 * Whether the employee sees their own placement on the screen (the setting {@code vlootschouw.employeeSees}).
 * {@code after-session}: once the calibration session of their year has closed. Sessions do not exist yet, so
 * nothing has closed and the employee does not see it yet; their inzage download holds it whatever this says.
 */
final class PlacementVisibility {

    private PlacementVisibility() {
    }

    static boolean employeeSees(EmployeeSees rule, boolean sessionClosed) {
        return switch (rule) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AFTER_SESSION -> sessionClosed;
        };
    }
}
