package nl.gesprekscyclus.review;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DossierOpeningRepository extends JpaRepository<DossierOpening, Long> {

    boolean existsByReviewIdAndOpenedByAndExpiresAtAfter(Long reviewId, String openedBy, Instant now);

    List<DossierOpening> findByEmployeeIdOrderByOpenedAtDesc(Long employeeId);
}
