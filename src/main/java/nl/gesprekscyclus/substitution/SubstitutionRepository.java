package nl.gesprekscyclus.substitution;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SubstitutionRepository extends JpaRepository<Substitution, Long> {

    List<Substitution> findByManagerIdOrderByFromDesc(Long managerId);

    @Query("select s from Substitution s where s.substituteId = :substitute and s.from <= :day and s.to >= :day")
    List<Substitution> coveringFor(@Param("substitute") Long substituteId, @Param("day") LocalDate day);

    @Query("select s from Substitution s where s.to >= :day order by s.from, s.id")
    List<Substitution> runningOrLaterOn(@Param("day") LocalDate day);
}
