package nl.gesprekscyclus.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationUnitRepository extends JpaRepository<OrganisationUnit, Long> {

    Optional<OrganisationUnit> findByCode(String code);

    @EntityGraph(attributePaths = {"parent", "manager", "deputy"})
    List<OrganisationUnit> findAllByOrderByNameAsc();

    /** The whole tree as the manager rules and an import need it: one query, no entities. */
    @Query("""
            select new nl.gesprekscyclus.organisation.KnownUnit(u.id, u.code, u.name, u.kind, p.code,
              m.personnelNumber, d.personnelNumber)
            from OrganisationUnit u left join u.parent p left join u.manager m left join u.deputy d
            """)
    List<KnownUnit> findAllForRules();

    boolean existsByParentId(Long parentId);

    /** A chunk of an import's units; references stay lazy (the import sets them by id). */
    List<OrganisationUnit> findByCodeIn(java.util.Collection<String> codes);
}
