package nl.gesprekscyclus.organisation;

import jakarta.persistence.QueryHint;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

interface EmployeeRepository extends JpaRepository<Employee, Long> {

    @EntityGraph(attributePaths = {"unit", "manager", "coordinator"})
    Optional<Employee> findByPersonnelNumber(String personnelNumber);

    List<Employee> findByEmailIgnoreCase(String email);
    /**
     * Without Hibernate's flush check first: asked for every new task (its notification), where the check went
     * through every entity of the transaction, in a round's batch 100 reviews' worth (docs/performance.md, issue 21).
     * A new employee is inserted when saved (identity key); a personnel number is not changed in the transaction of
     * a task that names it.
     */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    @Query("select e.id from Employee e where e.personnelNumber = :personnelNumber")
    Optional<Long> findIdByPersonnelNumber(@Param("personnelNumber") String personnelNumber);

    @EntityGraph(attributePaths = {"unit", "manager", "coordinator"})
    Optional<Employee> findWithReferencesById(Long id);

    Optional<Employee> findByEmail(String email);

    @EntityGraph(attributePaths = {"unit", "manager", "coordinator"})
    @Query("""
            select e from Employee e where :filter = ''
              or lower(e.personnelNumber) like concat('%', :filter, '%')
              or lower(e.firstName) like concat('%', :filter, '%')
              or lower(e.lastName) like concat('%', :filter, '%')
              or lower(e.email) like concat('%', :filter, '%')
              or lower(e.jobTitleCode) like concat('%', :filter, '%')
              or lower(e.unit.name) like concat('%', :filter, '%')
            """)
    Page<Employee> search(@Param("filter") String lowerCaseFilter, Pageable pageable);

    /** Active employees whose search key holds all three patterns (see NameSearch; '%' for a word not typed). */
    @EntityGraph(attributePaths = {"unit", "manager", "coordinator"})
    @Query("""
            select e from Employee e where e.active = true and e.searchName like :w1 escape '!'
              and e.searchName like :w2 escape '!' and e.searchName like :w3 escape '!'
            """)
    Page<Employee> findActiveByName(@Param("w1") String w1, @Param("w2") String w2, @Param("w3") String w3,
            Pageable pageable);

    @EntityGraph(attributePaths = {"unit", "manager", "coordinator"})
    List<Employee> findByCoordinationModuleTrueOrderByLastNameAsc();

    @EntityGraph(attributePaths = {"unit", "manager", "coordinator"})
    List<Employee> findByCoordinatorIdOrderByLastNameAsc(Long coordinatorId);

    @EntityGraph(attributePaths = {"unit"})
    List<Employee> findByUnitIdAndActiveTrue(Long unitId);

    boolean existsByManagerIdAndActiveTrue(Long managerId);

    boolean existsByIdAndManagerId(Long id, Long managerId);

    boolean existsByIdAndCoordinatorId(Long id, Long coordinatorId);

    long countByUnitId(Long unitId);

    /** Active employees per unit id: one query for the whole tree. */
    @Query("select e.unit.id, count(e) from Employee e where e.active = true group by e.unit.id")
    List<Object[]> countActivePerUnit();

    /** Everyone in these units with what the manager rules need: personnel number, unit, override and manager. */
    @Query("""
            select new nl.gesprekscyclus.organisation.UnitMember(e.id, e.personnelNumber, u.code, e.managerOverride,
              m.personnelNumber, e.active, e.jobTitleCode)
            from Employee e join e.unit u left join e.manager m where u.code in :units
            """)
    List<UnitMember> findMembersOf(@Param("units") Collection<String> unitCodes);

    /** Everyone's effective manager by personnel number: the lines of managers, for the circle check. */
    @Query("select e.personnelNumber, m.personnelNumber from Employee e left join e.manager m")
    List<Object[]> findManagerLines();

    long countByCoordinatorIdAndActiveTrue(Long coordinatorId);

    /** The whole organisation as an import checks a file against it: one query, no entities. */
    @Query("""
            select new nl.gesprekscyclus.organisation.KnownEmployee(e.id, e.personnelNumber, e.firstName, e.namePrefix,
              e.lastName, e.email, e.jobTitleCode, u.code, m.id, m.personnelNumber, e.managerOverride, co.id,
              co.personnelNumber, e.coordinationModule, e.startDate, e.active)
            from Employee e join e.unit u left join e.manager m left join e.coordinator co
            """)
    List<KnownEmployee> findAllForImport();

    /** A chunk of an import's rows; references stay lazy (the import sets them by id). */
    List<Employee> findByPersonnelNumberIn(Collection<String> personnelNumbers);

    /** The active employees a round is started for: everyone, or those in the given units or with the given numbers. */
    @Query("""
            select e.id from Employee e where e.active = true
              and (:all = true or e.unit.code in :units or e.personnelNumber in :numbers)
            order by e.id
            """)
    List<Long> findActiveIds(@Param("all") boolean all, @Param("units") Collection<String> unitCodes,
            @Param("numbers") Collection<String> personnelNumbers);

    @EntityGraph(attributePaths = {"unit", "manager", "coordinator"})
    List<Employee> findWithReferencesByIdIn(Collection<Long> ids);

    /** Per employee: id, their manager's id (or null) and whether they are in service; no entity loading. */
    @Query("select e.id, m.id, e.active from Employee e left join e.manager m where e.id in :ids")
    List<Object[]> findLinksByIdIn(@Param("ids") Collection<Long> ids);
}
