package nl.gesprekscyclus.round;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoundRepository extends JpaRepository<Round, Long> {

    Optional<Round> findByYear(int year);

    boolean existsByYear(int year);
}
