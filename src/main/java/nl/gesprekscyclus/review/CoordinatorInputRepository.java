package nl.gesprekscyclus.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CoordinatorInputRepository extends JpaRepository<CoordinatorInput, Long> {

    List<CoordinatorInput> findByReviewIdOrderById(Long reviewId);

    List<CoordinatorInput> findByReviewIdAndPhaseOrderById(Long reviewId, ReviewPhase phase);
}
