package nl.gesprekscyclus.vlootschouw;

/**
 * Whether the calibration of an employee's placement is over: a calibration session of the year that held their unit
 * has closed. {@code vlootschouw.employeeSees: after-session} shows the employee their placement from then on.
 * Implemented by the calibration feature; the vlootschouw does not know sessions.
 */
public interface ClosedSessions {

    boolean closedFor(int year, Long unitId);
}
