package nl.gesprekscyclus.checkin;

import java.util.List;

/**
 * The check-ins of one review for the screen.
 *
 * @param mayWrite   whether the viewer takes part (employee or manager) and the review still runs
 * @param agreements the agreements a new check-in can touch (lineage and description)
 * @param year       the review's year: a check-in is dated in it
 */
public record CheckIns(List<CheckInView> checkIns, boolean mayWrite, List<CheckInView.Agreement> agreements,
        int year, String employeeName, String managerName) {
}
