package nl.gesprekscyclus.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewProfileChangeRepository extends JpaRepository<ReviewProfileChange, Long> {

    List<ReviewProfileChange> findByReviewIdOrderByIdAsc(Long reviewId);
}
