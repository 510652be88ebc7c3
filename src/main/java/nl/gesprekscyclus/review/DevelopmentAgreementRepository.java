package nl.gesprekscyclus.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DevelopmentAgreementRepository extends JpaRepository<DevelopmentAgreement, Long> {

    List<DevelopmentAgreement> findByReviewIdAndStatusInOrderById(Long reviewId, List<AgreementStatus> statuses);

    List<DevelopmentAgreement> findByReviewIdOrderByLineageAscVersionNumberAsc(Long reviewId);

    Optional<DevelopmentAgreement> findFirstByReviewIdAndLineageAndStatusIn(Long reviewId, String lineage,
            List<AgreementStatus> statuses);
}
