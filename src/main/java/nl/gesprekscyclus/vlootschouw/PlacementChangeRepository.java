package nl.gesprekscyclus.vlootschouw;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlacementChangeRepository extends JpaRepository<PlacementChange, Long> {

    List<PlacementChange> findByReviewIdOrderById(long reviewId);

    List<PlacementChange> findByCalibrationSessionIdOrderById(long calibrationSessionId);
}
