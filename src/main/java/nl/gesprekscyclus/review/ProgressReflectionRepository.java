package nl.gesprekscyclus.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgressReflectionRepository extends JpaRepository<ProgressReflection, Long> {

    List<ProgressReflection> findByReviewIdOrderById(Long reviewId);

    Optional<ProgressReflection> findByReviewIdAndConversationNumberAndAgreementLineage(Long reviewId,
            int conversationNumber, String agreementLineage);
}
