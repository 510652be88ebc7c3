package nl.gesprekscyclus.calibration;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface JudgementProposalRepository extends JpaRepository<JudgementProposal, Long> {

    List<JudgementProposal> findBySessionIdOrderById(long sessionId);

    List<JudgementProposal> findByReviewIdOrderById(long reviewId);
}
