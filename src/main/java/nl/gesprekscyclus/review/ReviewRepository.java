package nl.gesprekscyclus.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewRepository extends JpaRepository<Review, Long> {

    Optional<Review> findByEmployeeIdAndYear(Long employeeId, int year);

    List<Review> findByEmployeeIdOrderByYearDesc(Long employeeId);

    List<Review> findByEmployeeIdInOrderByYearDesc(java.util.Collection<Long> employeeIds);

    List<Review> findByProcessKeyIn(java.util.Collection<String> processKeys);
}
