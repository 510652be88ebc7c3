package nl.gesprekscyclus.review;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EmployeeResponseRepository extends JpaRepository<EmployeeResponse, Long> {

    Optional<EmployeeResponse> findByReviewId(Long reviewId);
}
