package nl.gesprekscyclus.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgreementChangeRepository extends JpaRepository<AgreementChange, Long> {

    List<AgreementChange> findByReviewIdOrderById(Long reviewId);

    boolean existsByReviewIdAndStatus(Long reviewId, ChangeStatus status);
}
