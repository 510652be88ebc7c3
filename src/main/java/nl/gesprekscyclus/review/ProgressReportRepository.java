package nl.gesprekscyclus.review;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

    Optional<ProgressReport> findByReviewId(Long reviewId);
}
