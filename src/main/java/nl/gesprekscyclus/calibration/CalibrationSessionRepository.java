package nl.gesprekscyclus.calibration;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CalibrationSessionRepository extends JpaRepository<CalibrationSession, Long> {

    List<CalibrationSession> findAllByOrderByYearDescDateDescIdDesc();

    List<CalibrationSession> findByYearAndStatus(int year, CalibrationSession.Status status);
}
