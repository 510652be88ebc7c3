package nl.gesprekscyclus.notification;

import jakarta.persistence.QueryHint;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    /** Mine, and those for a role I hold (a group task for HR): the bell shows both. */
    String VISIBLE = "(n.recipientEmployeeId = :me or (n.recipientEmployeeId is null and n.recipientRole in :roles))";

    /**
     * Without Hibernate's flush check first: a notification is inserted when it is saved (identity key), so the
     * check finds those of its own transaction without one, and its dedup key never changes. The check went through
     * every entity of the transaction before each query: in a round's batch (100 reviews with their notifications in
     * one transaction) a cost that grew with the square of the batch (docs/performance.md, issue 21).
     */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    boolean existsByDedupKey(String dedupKey);

    List<Notification> findByReviewIdOrderById(Long reviewId);

    @Query("select n from Notification n where " + VISIBLE + " order by n.createdAt desc, n.id desc")
    List<Notification> visibleTo(@Param("me") Long me, @Param("roles") Collection<String> roles, Pageable page);

    /** Unread, and about a task that is still open: a finished task asks nothing of anyone any more. */
    @Query("select count(n) from Notification n where " + VISIBLE + " and n.readAt is null and n.taskEndedAt is null")
    long unreadFor(@Param("me") Long me, @Param("roles") Collection<String> roles);

    /** The task was completed or cancelled: every notification about it is done. */
    @Modifying
    @Query("update Notification n set n.taskEndedAt = :at where n.taskId = :taskId and n.taskEndedAt is null")
    int taskEnded(@Param("taskId") String taskId, @Param("at") Instant at);

    @Modifying
    @Query("update Notification n set n.readAt = :at where " + VISIBLE + " and n.readAt is null")
    int markAllRead(@Param("me") Long me, @Param("roles") Collection<String> roles, @Param("at") Instant at);
}
