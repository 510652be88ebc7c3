package nl.gesprekscyclus.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClusterRepository extends JpaRepository<Cluster, Long> {

    Optional<Cluster> findByCode(String code);

    List<Cluster> findAllByOrderByNameAsc();
}
