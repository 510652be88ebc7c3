package nl.gesprekscyclus.vlootschouw;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlacementRepository extends JpaRepository<Placement, Long> {

    Optional<Placement> findByReviewId(long reviewId);
}
