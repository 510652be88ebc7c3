package nl.gesprekscyclus.vlootschouw;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface VlootschouwMomentRepository extends JpaRepository<VlootschouwMoment, Long> {

    Optional<VlootschouwMoment> findByYear(int year);
}
