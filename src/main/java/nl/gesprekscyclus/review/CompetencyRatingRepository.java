package nl.gesprekscyclus.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CompetencyRatingRepository extends JpaRepository<CompetencyRating, Long> {

    List<CompetencyRating> findByReviewIdOrderById(Long reviewId);

    Optional<CompetencyRating> findByReviewIdAndPhaseAndSourceAndAuthorIdAndCompetencyCode(Long reviewId,
            ReviewPhase phase, RatingSource source, Long authorId, String competencyCode);
}
