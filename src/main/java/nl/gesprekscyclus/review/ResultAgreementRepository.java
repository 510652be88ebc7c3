package nl.gesprekscyclus.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ResultAgreementRepository extends JpaRepository<ResultAgreement, Long> {

    List<ResultAgreement> findByReviewIdAndStatusInOrderById(Long reviewId, List<AgreementStatus> statuses);

    List<ResultAgreement> findByReviewIdOrderByLineageAscVersionNumberAsc(Long reviewId);

    Optional<ResultAgreement> findFirstByReviewIdAndLineageAndStatusIn(Long reviewId, String lineage,
            List<AgreementStatus> statuses);
}
