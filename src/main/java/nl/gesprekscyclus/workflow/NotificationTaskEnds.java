package nl.gesprekscyclus.workflow;

import java.sql.Timestamp;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * At start-up, marks done every notification whose task the engine no longer has: tasks that ended before the
 * task listener marked them (notifications from before V16), or while it could not. From then on
 * {@link TaskCreationNotifications} marks them as their tasks end. Here because only the workflow package knows
 * the engine's task table; one statement, by the task's primary key, idempotent on every node.
 */
@Component
class NotificationTaskEnds {

    private static final Logger log = LoggerFactory.getLogger(NotificationTaskEnds.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    NotificationTaskEnds(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void settle() {
        int done = jdbc.update("update notification set task_ended_at = ? where task_ended_at is null"
                + " and task_id is not null and not exists (select 1 from act_ru_task t where t.id_ = notification.task_id)",
                Timestamp.from(clock.instant()));
        if (done > 0) {
            log.info("Marked {} notification(s) done whose task had already ended", done);
        }
    }
}
