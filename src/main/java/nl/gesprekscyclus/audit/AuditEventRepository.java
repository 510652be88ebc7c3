package nl.gesprekscyclus.audit;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Append and read only: deliberately no save-to-update, no delete (a plain Repository, not JpaRepository). */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findTop200ByActionOrderByIdDesc(String action);

    List<AuditEvent> findTop200ByOrderByIdDesc();

    long count();
}
