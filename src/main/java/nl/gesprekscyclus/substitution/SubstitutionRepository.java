package nl.gesprekscyclus.substitution;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

interface SubstitutionRepository extends JpaRepository<Substitution, Long> {

    List<Substitution> findByManagerIdOrderByFromDesc(Long managerId);

    @Query("select s from Substitution s where s.substituteId = :substitute and s.from <= :day and s.to >= :day")
    List<Substitution> coveringFor(@Param("substitute") Long substituteId, @Param("day") LocalDate day);

    /**
     * Who acts for this manager on that day. Asked for every notification to a person, also inside the round
     * start's batch transaction: Hibernate's flush check before each query would grow with the batch (as it did for
     * the notifications' own lookups, docs/performance.md, issue 21), and a substitution is never written there.
     */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    @Query("select s from Substitution s where s.managerId = :manager and s.from <= :day and s.to >= :day")
    List<Substitution> actingFor(@Param("manager") Long managerId, @Param("day") LocalDate day);

    @Query("select s from Substitution s where s.to >= :day order by s.from, s.id")
    List<Substitution> runningOrLaterOn(@Param("day") LocalDate day);
}
