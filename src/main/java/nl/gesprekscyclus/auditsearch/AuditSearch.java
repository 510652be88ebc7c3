package nl.gesprekscyclus.auditsearch;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.gesprekscyclus.audit.AuditEntry;
import nl.gesprekscyclus.security.CurrentUser;
import nl.gesprekscyclus.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit trail page by page in the database (newest first): for ADMIN and HR the whole trail with a
 * filter; for everyone the entries about their own file — what others (and the system) did with their data, never
 * what they did with someone else's. A JPQL query here rather than a Specification repository, which would bring
 * a delete method to the append-only trail.
 *
 * <p>Apart from the trail's sink ({@code audit}) because reading needs to know who is logged in ({@code security}),
 * and {@code security} writes to the trail: the sink depends on no feature, so every feature can write to it.
 */
@Component
public class AuditSearch {

    private final EntityManager entityManager;
    private final CurrentUser currentUser;

    AuditSearch(EntityManager entityManager, CurrentUser currentUser) {
        this.entityManager = entityManager;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.HR + "')")
    public long count(AuditQuery query) {
        return countOf(query);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.HR + "')")
    public List<AuditEntry> page(AuditQuery query, int offset, int limit) {
        return pageOf(query, offset, limit);
    }

    /** How many entries are about the logged-in person's file (0 for an account without a personnel record). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long countAboutMe() {
        Long me = currentUser.require().employeeId();
        return me == null ? 0 : countOf(AuditQuery.aboutEmployee(me));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<AuditEntry> aboutMe(int offset, int limit) {
        Long me = currentUser.require().employeeId();
        return me == null ? List.of() : pageOf(AuditQuery.aboutEmployee(me), offset, limit);
    }

    private long countOf(AuditQuery query) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(query, parameters);
        TypedQuery<Long> q = entityManager.createQuery("select count(e) from AuditEvent e" + where, Long.class);
        parameters.forEach(q::setParameter);
        return q.getSingleResult();
    }

    private List<AuditEntry> pageOf(AuditQuery query, int offset, int limit) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(query, parameters);
        // the entity stays the trail's own (package-private, no setters): the search names it only in the query
        TypedQuery<AuditEntry> q = entityManager.createQuery("select new " + AuditEntry.class.getName()
                + "(e.id, e.occurredAt, e.actor, e.action, e.record, e.subjectEmployeeId, e.outcome, e.remoteAddress,"
                + " e.detail) from AuditEvent e" + where + " order by e.id desc", AuditEntry.class);
        parameters.forEach(q::setParameter);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    private static String where(AuditQuery query, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (query.from() != null) {
            conditions.add("e.occurredAt >= :from");
            parameters.put("from", query.from());
        }
        if (query.to() != null) {
            conditions.add("e.occurredAt < :to");
            parameters.put("to", query.to());
        }
        if (query.actor() != null && !query.actor().isBlank()) {
            conditions.add("e.actor = :actor");
            parameters.put("actor", query.actor().strip());
        }
        if (query.subjectEmployeeId() != null) {
            conditions.add("e.subjectEmployeeId = :subject");
            parameters.put("subject", query.subjectEmployeeId());
        }
        if (query.reviewId() != null) {
            conditions.add("(e.record = :review or e.record like :reviewPart)");
            parameters.put("review", "review " + query.reviewId());
            parameters.put("reviewPart", "review " + query.reviewId() + " %");
        }
        if (query.action() != null && !query.action().isBlank()) {
            conditions.add("(e.action = :action or e.action like :subAction)");
            parameters.put("action", query.action().strip());
            parameters.put("subAction", escapeLike(query.action().strip()) + ".%");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static String escapeLike(String s) {
        return s.replace("%", "");
    }
}
