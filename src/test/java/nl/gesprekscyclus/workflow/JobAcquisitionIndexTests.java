package nl.gesprekscyclus.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.ConnectionCallback;
import nl.gesprekscyclus.test_support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Job acquisition stays an index lookup however many reviews are running. Each running review keeps three deadline
 * timers in the engine's job table (45,000 rows at 15,000 reviews); without {@link JobAcquisitionIndex} every
 * acquisition read them all, and a round start got slower per review the larger the round (docs/performance.md).
 * The jobs are written with SQL in this test's transaction and rolled back afterwards.
 */
@DatabaseTest
@Transactional
class JobAcquisitionIndexTests {

    /**
     * Camunda 7.24's acquisition query ({@code selectNextJobsToExecute} in {@code Job.xml}) as the engine sends it
     * with our settings (not deployment aware, no priorities, history cleanup on), PostgreSQL and H2 dialect.
     */
    static final String ACQUISITION = "select RES.ID_, RES.REV_, RES.DUEDATE_, RES.PROCESS_INSTANCE_ID_, RES.EXCLUSIVE_"
            + " from ACT_RU_JOB RES where (RES.RETRIES_ > 0) and (RES.DUEDATE_ is null or RES.DUEDATE_ <= ?)"
            + " and (RES.LOCK_OWNER_ is null or RES.LOCK_EXP_TIME_ < ?) and RES.SUSPENSION_STATE_ = 1"
            + " and ((RES.EXCLUSIVE_ = true and not exists(select J2.ID_ from ACT_RU_JOB J2"
            + " where J2.PROCESS_INSTANCE_ID_ = RES.PROCESS_INSTANCE_ID_ and (J2.EXCLUSIVE_ = true)"
            + " and (J2.LOCK_OWNER_ is not null and J2.LOCK_EXP_TIME_ >= ?))) or RES.EXCLUSIVE_ = false)"
            + " LIMIT 3 OFFSET 0";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldFindTheDueJobsThroughAnIndexNotByReadingTwentyThousandWaitingTimers() {
        boolean postgres = "PostgreSQL".equals(jdbc.execute(
                (ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName()));
        if (!postgres) {
            // H2 (the demo database): the index is there; its planner is not what production runs on
            assertThat(jdbc.queryForObject("select count(*) from information_schema.indexes where index_name = ?",
                    Integer.class, JobAcquisitionIndex.INDEX)).isPositive();
            return;
        }
        Instant now = Instant.now();
        List<Object[]> timers = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            // the deadline timers of running reviews: weeks ahead
            timers.add(new Object[] {"test-timer-" + i, "timer", Timestamp.from(now.plus(30 + i % 60, ChronoUnit.DAYS)),
                    "test-pi-" + i});
        }
        for (int i = 0; i < 2; i++) {
            // what a round start or a user's step leaves for the job executor: due now (no due date) ...
            timers.add(new Object[] {"test-async-" + i, "message", null, "test-pi-async-" + i});
        }
        // ... and a timer that has just fallen due
        timers.add(new Object[] {"test-due-timer", "timer", Timestamp.from(now.minus(1, ChronoUnit.MINUTES)),
                "test-pi-due"});
        jdbc.batchUpdate("insert into ACT_RU_JOB (ID_, REV_, TYPE_, EXCLUSIVE_, PROCESS_INSTANCE_ID_, RETRIES_,"
                + " DUEDATE_, HANDLER_TYPE_, SUSPENSION_STATE_, PRIORITY_) values (?, 1, ?, true, ?, 3, ?,"
                + " 'test-handler', 1, 0)", timers.stream()
                .map(t -> new Object[] {t[0], t[1], t[3], t[2]}).toList());
        Timestamp at = Timestamp.from(now);

        jdbc.execute("analyze ACT_RU_JOB");
        String plan = String.join("\n", jdbc.queryForList("explain " + ACQUISITION, String.class, at, at, at));
        assertThat(plan).as("the acquisition's plan on PostgreSQL:%n%s", plan)
                .containsIgnoringCase("act_idx_job_duedate")
                .doesNotContainIgnoringCase("Seq Scan on act_ru_job");
    }
}
