package nl.gesprekscyclus.vlootschouw;

import nl.gesprekscyclus.cycle.VlootschouwGrid.EmployeeSees;

/**
 * Whether the employee sees their own placement on the screen (the setting {@code vlootschouw.employeeSees}).
 * {@code after-session}: once a calibration session of their year that held their unit has closed
 * ({@link ClosedSessions}); their inzage download holds it whatever this says.
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
