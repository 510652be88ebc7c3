package nl.gesprekscyclus.feedback;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FeedbackRequestRepository extends JpaRepository<FeedbackRequest, Long> {

    List<FeedbackRequest> findByReviewIdOrderByIdAsc(Long reviewId);

    @Query("select r from FeedbackRequest r join r.askees a where a.id = :askeeId")
    Optional<FeedbackRequest> findByAskeeId(Long askeeId);

    /** The requests that ask this person, newest first. */
    @Query("select distinct r from FeedbackRequest r join r.askees a where a.giverId = :giverId order by r.id desc")
    List<FeedbackRequest> findAsking(Long giverId);
}
