package nl.gesprekscyclus.calibration;

import nl.gesprekscyclus.vlootschouw.ClosedSessions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A closed session of the year held the unit (as the session's units stood when it opened). */
@Component
@Transactional(readOnly = true)
class SessionsClosed implements ClosedSessions {

    private final CalibrationSessionRepository sessions;

    SessionsClosed(CalibrationSessionRepository sessions) {
        this.sessions = sessions;
    }

    @Override
    public boolean closedFor(int year, Long unitId) {
        return unitId != null && sessions.findByYearAndStatus(year, CalibrationSession.Status.CLOSED).stream()
                .anyMatch(s -> s.unitIds().contains(unitId));
    }
}
