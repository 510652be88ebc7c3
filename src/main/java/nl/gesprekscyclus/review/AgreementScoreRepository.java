package nl.gesprekscyclus.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgreementScoreRepository extends JpaRepository<AgreementScore, Long> {

    List<AgreementScore> findByReviewIdOrderById(Long reviewId);

    Optional<AgreementScore> findByReviewIdAndSourceAndAgreementLineage(Long reviewId, RatingSource source,
            String agreementLineage);
}
