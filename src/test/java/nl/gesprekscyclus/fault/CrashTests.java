package nl.gesprekscyclus.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.gesprekscyclus.test_support.AppProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill -9 in the middle of the work, on H2 (file) and on PostgreSQL: nothing that was committed is lost,
 * nothing is done twice, and the processes carry on after a restart.
 * <p>
 * {@link CrashDriver} runs the application in a child JVM and works as HR and the employees would (next
 * year's round for the demo organisation, 43 reviews; one result agreement and hand-in per employee),
 * journalling each commit with fsync. This test kills it with SIGKILL at a random moment (after 1-12 further
 * journal lines plus 0-999 ms; seeded: {@code -Dcrash.seed=…} repeats a run), {@code crash.iterations} times (default 2), then starts it once more
 * on the same database to finish the work and let the job executor run. Then, straight from the database: every
 * journalled line is there exactly once, no review twice per employee and year, every member of a round has a
 * review waiting at a task, no job due or locked, no failed job, no incident.
 * <p>
 * Jobs the killed run had locked are taken again once their lock has expired. The test does not wait out the
 * lock time (production's 60 s) for that: with the application dead, it moves the expiry of every lock into the past before
 * the restart ({@link #expireLocksOfTheKilledRun}), as if the restart had come after the lock time. Whether a dead
 * run's locks wait 30 s or not at all makes no difference to what the restarted run must do; only a live run's
 * locks must last (a lock that expires while its job runs lets a second thread run it), and they still do.
 * <p>
 * Not tagged "db": it starts its own databases, so the PostgreSQL execution of the Spring tests leaves it out.
 */
class CrashTests {

    static final int ITERATIONS = Integer.getInteger("crash.iterations", 2);

    @TempDir
    Path work;

    @Test
    void anH2FileDatabaseKeepsEveryCommitThroughKills() throws Exception {
        Path dir = Files.createDirectories(work.resolve("h2"));
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("gesprekscyclus");
        crashAndCheck("h2", url, "sa", "");
    }

    @Test
    void aPostgresDatabaseKeepsEveryCommitThroughKills() throws Exception {
        // outlives the children: the application is killed, the database server is not
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            crashAndCheck("postgres", postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
        }
    }

    private void crashAndCheck(String database, String url, String user, String password) throws Exception {
        long seed = Long.getLong("crash.seed", System.nanoTime());
        Random random = new Random(seed);
        Path journal = work.resolve(database + ".journal");
        System.out.printf("crash %s: seed %d (repeat with -Dcrash.seed=%d)%n", database, seed, seed);
        AppProcess.Builder driver = AppProcess.named("crash-" + database).mainClass(CrashDriver.class.getName())
                .datasource(url, user, password).profiles("demo")
                .property("crash.journal", journal.toString())
                // the job lock time is production's (config/application.yml, 60 s): a live run's lock must outlast
                // its slowest job, or a second thread runs the same job (seen at 5 s on a loaded machine: a
                // round-start batch of 44 reviews ran twice; the unique key refused the second, which then waited
                // 5 minutes to retry). A killed run's locks the test expires itself before the restart.
                .property("crash.settle-seconds", "300")
                .property("camunda.bpm.job-execution.wait-time-in-millis", "500")
                .property("camunda.bpm.job-execution.max-wait", "2000")
                .property("logging.level.org.camunda", "warn")
                .property("logging.level.nl.gesprekscyclus", "warn")
                .readyWhenLogContains(CrashDriver.WORKING);

        for (int i = 1; i <= ITERATIONS; i++) {
            AppProcess app = driver.start();
            // a random moment in the work, whatever the machine's speed: after 1-12 more commits, plus 0-999 ms
            int target = lines(journal).size() + 1 + random.nextInt(12);
            long pause = random.nextInt(1000);
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (lines(journal).size() < target && app.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(app.isAlive()).as("the driver works until killed, log " + app.log()).isTrue();
            Thread.sleep(pause);
            app.kill();
            System.out.printf("crash %s: iteration %d killed %d ms after the journal reached %d lines; %d lines at the kill%n",
                    database, i, pause, target, lines(journal).size());
            int expired = expireLocksOfTheKilledRun(url, user, password);
            System.out.printf("crash %s: %d job locks of the killed run expired before the restart%n", database, expired);
        }
        AppProcess last = driver.property("crash.finish", "true").start();
        int exit = last.waitFor(Duration.ofMinutes(6));

        // two tabs of the same employee hand in at the same moment: one counts, the other is told it is done
        List<String> races = last.logText().lines().filter(l -> l.startsWith(CrashDriver.RACE)).toList();
        System.out.printf("crash %s: %s%n", database, races);
        assertThat(races).hasSize(CrashDriver.RACERS.size())
                .allMatch(l -> l.endsWith("[won, refused]") || l.endsWith("[refused, won]"));

        List<String> journalled = lines(journal);
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            int lost = 0;
            int duplicated = 0;
            List<String> problems = new ArrayList<>();
            for (String line : journalled) {
                String[] parts = line.split(" ");
                long found = switch (parts[0]) {
                    case "round" -> count(db, "select count(*) from review_round where round_year = ?",
                            Integer.parseInt(parts[1]));
                    case "agreement" -> count(db, "select count(*) from result_agreement a join review r"
                            + " on r.id = a.review_id where r.process_key = ? and a.description = ?", parts[1],
                            CrashDriver.MARKER + parts[1]);
                    // handed in: the first task is gone and the review waits at its next one
                    case "submitted" -> count(db, "select count(*) from act_ru_task t join act_ru_execution e"
                            + " on e.id_ = t.proc_inst_id_ where e.business_key_ = ? and t.task_def_key_ = 'draftAgreements'",
                            parts[1]) == 0 && count(db, "select count(*) from act_ru_task t join act_ru_execution e"
                                    + " on e.id_ = t.proc_inst_id_ where e.business_key_ = ?", parts[1]) > 0 ? 1 : 0;
                    default -> throw new IllegalStateException("journal line " + line);
                };
                if (found == 0) {
                    lost++;
                    problems.add("lost: " + line);
                } else if (found > 1) {
                    duplicated++;
                    problems.add("twice: " + line);
                }
            }
            duplicated += count(db, "select count(*) from (select employee_id, review_year from review"
                    + " group by employee_id, review_year having count(*) > 1) d");
            duplicated += count(db, "select count(*) from (select review_id from result_agreement where description"
                    + " like 'Crashproef %' group by review_id having count(*) > 1) d");
            duplicated += count(db, "select count(*) from (select business_key_ from act_ru_execution where"
                    + " id_ = proc_inst_id_ and proc_def_id_ like 'review:%' group by business_key_ having count(*) > 1) d");
            System.out.printf("crash iterations: %d, lost: %d, duplicated: %d (%s, %d journal lines)%n", ITERATIONS,
                    lost, duplicated, database, journalled.size());

            assertThat(problems).isEmpty();
            assertThat(exit).as("the last run finished the work and the job executor settled, log " + last.log())
                    .isZero();
            assertThat(duplicated).as("duplicated").isZero();
            assertThat(journalled).as("the runs did some work").anyMatch(l -> l.startsWith("submitted"));
            assertThat(count(db, "select count(*) from review_round")).as("rounds").isEqualTo(1);
            assertThat(count(db, "select count(*) from round_member m where not exists (select 1 from review r"
                    + " where r.round_id = m.round_id and r.employee_id = m.employee_id)"
                    + " and m.not_started_reason is null")).as("members without a review or a reason").isZero();
            // the gemeentesecretaris, whom Ommen's policy leaves out of the cycle, and only her
            assertThat(count(db, "select count(*) from round_member where not_started_reason is not null"))
                    .as("members the policy leaves out").isEqualTo(1);
            assertThat(count(db, "select count(*) from review r where not exists (select 1 from act_ru_task t"
                    + " join act_ru_execution e on e.id_ = t.proc_inst_id_ where e.business_key_ = r.process_key)"))
                    .as("reviews not waiting at a task").isZero();
            assertThat(count(db, "select count(*) from act_ru_job where retries_ > 0 and (duedate_ is null"
                    + " or duedate_ <= current_timestamp)" + CrashDriver.NOT_HISTORY_CLEANUP)).as("jobs due but not run: %s", jobs(db))
                    .isZero();
            assertThat(count(db, "select count(*) from act_ru_job where lock_owner_ is not null"
                    + CrashDriver.NOT_HISTORY_CLEANUP))
                    .as("jobs still locked").isZero();
            assertThat(count(db, "select count(*) from act_ru_job where retries_ = 0")).as("failed jobs").isZero();
            assertThat(count(db, "select count(*) from act_ru_incident")).as("incidents").isZero();
        }
    }

    /**
     * The killed run's job locks expire now instead of after the lock time: every lock in the table belongs to it
     * (no run is alive), and the engine takes a job again once its {@code lock_exp_time_} has passed, whoever the
     * owner. Returns how many locks there were.
     */
    private static int expireLocksOfTheKilledRun(String url, String user, String password) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, user, password);
                PreparedStatement statement = db.prepareStatement("update act_ru_job set lock_exp_time_ = ?"
                        + " where lock_owner_ is not null")) {
            statement.setTimestamp(1, java.sql.Timestamp.valueOf("2000-01-01 00:00:00"));
            return statement.executeUpdate();
        }
    }

    /** The engine's jobs as one line each, for a failure's message. */
    private static List<String> jobs(Connection db) throws SQLException {
        List<String> jobs = new ArrayList<>();
        try (PreparedStatement statement = db.prepareStatement("select j.type_, j.handler_type_, j.retries_,"
                + " j.duedate_, j.lock_owner_, j.exception_msg_, e.business_key_ from act_ru_job j"
                + " left join act_ru_execution e on e.id_ = j.process_instance_id_");
                java.sql.ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                jobs.add(rows.getString(1) + "/" + rows.getString(2) + " retries " + rows.getInt(3) + " due "
                        + rows.getTimestamp(4) + " lock " + rows.getString(5) + " of " + rows.getString(7) + ": "
                        + rows.getString(6));
            }
        }
        return jobs;
    }

    private static List<String> lines(Path journal) throws IOException {
        return Files.exists(journal) ? Files.readAllLines(journal).stream().filter(l -> !l.isBlank()).toList() : List.of();
    }

    private static long count(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
