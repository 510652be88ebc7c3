package nl.gesprekscyclus.review;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DevelopmentConversationRepository extends JpaRepository<DevelopmentConversation, Long> {

    Optional<DevelopmentConversation> findByReviewId(Long reviewId);
}
