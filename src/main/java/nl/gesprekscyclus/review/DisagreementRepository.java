package nl.gesprekscyclus.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DisagreementRepository extends JpaRepository<Disagreement, Long> {

    List<Disagreement> findByReviewIdOrderById(Long reviewId);
}
