package nl.gesprekscyclus.functionbook;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FunctionBookVersionRepository extends JpaRepository<FunctionBookVersion, Long> {

    Optional<FunctionBookVersion> findFirstByBookCodeOrderByVersionNumberDesc(String bookCode);

    List<FunctionBookVersion> findByBookCodeOrderByVersionNumberAsc(String bookCode);
}
