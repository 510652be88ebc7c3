package nl.gesprekscyclus.review;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    Optional<Assessment> findByReviewId(Long reviewId);
}
