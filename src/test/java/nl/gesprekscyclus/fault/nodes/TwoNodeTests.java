package nl.gesprekscyclus.fault.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import nl.gesprekscyclus.browser.Browser;
import nl.gesprekscyclus.browser.LoginPage;
import nl.gesprekscyclus.browser.ReviewPage;
import nl.gesprekscyclus.test_support.AppProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application nodes on one PostgreSQL, as in production behind a load balancer (docs/deploy.md): both run
 * the job executor and the mail sender. Node B starts a round for the demo organisation plus {@value #GENERATED}
 * generated colleagues. Sanne de Jong works on node A in a real browser and saves a development agreement. Then
 * the engine's clock of both nodes jumps 45 days ahead, so every review's three planning timers (reminder,
 * escalation to the manager, to HR) are due at once. Mid-run node A is killed (SIGKILL) while it holds locked
 * jobs and claimed mails; B takes them over once the lock and the claim have expired. Sanne logs in on B (her
 * session died with A) and finds what she saved. Not in the PostgreSQL re-run (not tagged {@code db}):
 * it starts its own PostgreSQL and two app JVMs (~1.5-2 minutes on 2 cores).
 * <p>
 * The test does not wait out the lock time and the claim timeout of the dead node: right after the kill it moves
 * the expiry of A's job locks and the claim moment of the mails being sent at the kill into the past, as if the
 * kill had been that long ago ({@link #expireWhatTheDeadNodeHeld}). B still takes them over the way it takes over
 * any expired lock or stale claim (its own acquisition and claim queries); the nodes' lock time (production's) and
 * claim timeout stay as long as they must be for live nodes, so a job or mail of a live node is never taken over.
 */
// in .ci/run. It failed 3 times in 6 runs on 2026-11-25 ("timers run by A 0, by B 1032"): the probe's clock poller
// was a ScheduledExecutorService bean, so Spring ran the mail sender on its one thread, and a node sending a backlog
// of mails kept its engine clock behind (TwoNodeProbe.EngineClockPoller). Leave it out of a quick local run with
// -Dsurefire.excludedGroups=two-nodes
@Tag("two-nodes")
class TwoNodeTests {

    static final int GENERATED = 300;
    static final int YEAR = LocalDate.now().getYear();
    /** The job lock time of both nodes: production's (config/application.yml). */
    static final int LOCK_SECONDS = 60;
    static final String GOAL = "Ketenregie in het sociaal domein (opgeslagen op node A)";

    EmbeddedPostgres postgres;
    GreenMail smtp;
    AppProcess nodeA;
    AppProcess nodeB;
    /** Set by the thread that starts it (beside node B's start), read by {@link #stopEverything}. */
    volatile Browser browser;
    CompletableFuture<Browser> loggedInOnA;
    JdbcTemplate jdbc;

    @Test
    void shouldShareTheJobsOfARoundAndLoseNothingWhenANodeIsKilled() throws Exception {
        long t0 = System.nanoTime();
        postgres = EmbeddedPostgres.builder().start();
        jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        // the test's own record of every job run, in its own schema (Flyway owns public)
        jdbc.execute("create schema twonodes");
        jdbc.execute("create table twonodes.job_run (id bigserial primary key, node varchar(10) not null,"
                + " kind varchar(10) not null, activity_id varchar(255), process_instance_id varchar(64),"
                + " business_key varchar(255), at timestamp with time zone not null default clock_timestamp())");
        jdbc.execute("create table twonodes.engine_clock (offset_days integer not null)");
        smtp = new GreenMail(new ServerSetup(AppProcess.freePort(), "127.0.0.1", "smtp"));
        smtp.start();

        // node A stops half-way through each timer job after its first five, holding the job's lock (see
        // TwoNodeProbe): so it is certain to hold locked jobs when it is killed, however busy the machine is
        nodeA = node("A").property("twonodes.stall-after-timers", "5").start();
        double startA = seconds(t0);
        generateEmployees(GENERATED);
        long rowsBefore = rowsInPublicTables();
        long bytesBefore = count("select pg_database_size(current_database())");
        // Sanne opens the browser and logs in on node A while node B starts: neither waits for the other (node B
        // needs node A's schema and demo organisation, so the nodes themselves start one after the other).
        // Two app JVMs, PostgreSQL and chromium share the cores: the first page load in dev mode can be slow.
        loggedInOnA = CompletableFuture.supplyAsync(() -> {
            Browser onA = new Browser(nodeA.baseUrl(), 1400, 1200, Duration.ofSeconds(120));
            browser = onA;
            new LoginPage(onA).open().logInAndWait("jong", "Welkom-2026");
            return onA;
        });
        long tRound = System.nanoTime();
        nodeB = node("B").property("twonodes.start-round-year", String.valueOf(YEAR)).start();
        double startB = seconds(tRound);
        // the web server answers before the ready event that starts the round
        await("node B starts the round", Duration.ofSeconds(60),
                () -> count("select count(*) from review_round where round_year = " + YEAR) == 1);
        // the reviews the round starts: every member but whoever has no manager, whom Ommen's policy leaves out of
        // the cycle (assessmentPolicy.topAssessor: none; the round names them)
        int members = jdbc.queryForObject("select member_count from review_round where round_year = ?",
                Integer.class, YEAR) - jdbc.queryForObject("select count(*) from round_member m join review_round r"
                        + " on r.id = m.round_id join employee e on e.id = m.employee_id where r.round_year = ?"
                        + " and e.manager_id is null", Integer.class, YEAR);

        // a user works on node A while both nodes run the round's jobs
        await("Sanne de Jong's review waits at its first task", Duration.ofSeconds(90),
                () -> reviewWaitingAtDraft("100031") != null);
        long jongsReview = reviewWaitingAtDraft("100031");
        browser = loggedInOnA.get(5, TimeUnit.MINUTES);
        new ReviewPage(browser).open(jongsReview).waitForStep("DRAFT_AGREEMENTS")
                .addDevelopmentAgreement(GOAL, "Leergang ketenregie");
        assertThat(jdbc.queryForObject("select count(*) from development_agreement where goal = ?", Integer.class,
                GOAL)).as("saved on node A").isEqualTo(1);

        // now the engine's clock of both nodes jumps 45 days: every review's three planning timers are due
        jdbc.update("insert into twonodes.engine_clock (offset_days) values (45)");
        // kill A mid-run: both nodes have run jobs, A holds locked ones (it stalls in its sixth timer job)
        awaitOrSay("both nodes run jobs and node A holds locked jobs", Duration.ofSeconds(300),
                () -> timersBy("A") >= 5 && jobsBy("B") > 0 && lockedBy("A") > 0,
                () -> String.format("timers run by A %d, by B %d; jobs run by B %d; locked by A %d, by B %d; "
                        + "timer jobs due %d of %d", timersBy("A"), timersBy("B"), jobsBy("B"), lockedBy("A"),
                        lockedBy("B"), count("select count(*) from act_ru_job where type_ = 'timer' and duedate_ <= "
                                + "current_timestamp + interval '45 days'"), count("select count(*) from act_ru_job "
                                + "where type_ = 'timer'")));
        nodeA.kill();
        double killedAt = seconds(tRound);
        // (not the engine's history clean-up: a job that lives for ever, due again and again in its nightly window)
        List<String> heldByA = jdbc.queryForList("select id_ from act_ru_job where lock_owner_ = 'node-A'"
                + " and (handler_type_ is null or handler_type_ <> 'history-cleanup')", String.class);
        Map<String, Long> byNodeAtKill = jobsPerNode();
        long timersAtKill = timersFired();
        long sendingAtKill = count("select count(*) from mail_outbox where status = 'SENDING'");
        List<Long> sendingIdsAtKill = jdbc.queryForList("select id from mail_outbox where status = 'SENDING'",
                Long.class);
        assertThat(heldByA).as("jobs node A held when it was killed").isNotEmpty();
        assertThat(timersAtKill).as("the kill came mid-run, not after it").isLessThan(3L * members);
        int[] expired = expireWhatTheDeadNodeHeld(sendingIdsAtKill);

        // B finishes alone: A's jobs once their lock expired, A's claimed mails once the claim was stale
        await("node B takes over the jobs node A held", Duration.ofSeconds(180),
                () -> count("select count(*) from act_ru_job where lock_owner_ = 'node-A'") == 0);
        double heldDoneAt = seconds(tRound);
        await("node B fires every timer", Duration.ofSeconds(180), () -> timersFired() >= 3L * members);
        double timersDoneAt = seconds(tRound);
        await("node B finishes the round, the timers and the mails", Duration.ofSeconds(180),
                () -> timersFired() >= 3L * members
                        && count("select count(*) from act_ru_job where lock_owner_ = 'node-A'") == 0
                        && count("select count(*) from mail_outbox where status <> 'SENT'") == 0
                        && smtp.getReceivedMessages().length >= count("select count(*) from mail_outbox"));
        long doneNanos = System.nanoTime();
        double doneAt = seconds(tRound);
        Map<String, Long> byNode = jobsPerNode();
        double rowsPerReview = (double) (rowsInPublicTables() - rowsBefore) / members;
        double kbPerReview = (count("select pg_database_size(current_database())") - bytesBefore) / 1024.0 / members;
        System.out.printf(Locale.ROOT, "%n=== two nodes on one PostgreSQL ===%n"
                + "node A ready after %.1f s; node B ready (round started) %.1f s later%n"
                + "reviews: %d (%d generated); timers fired: %d; jobs recorded per node at the kill %s, at the end %s%n"
                + "node A killed %.1f s after node B's start, holding %d locked jobs; %d of %d timers had fired;"
                + " expired at the kill: %d job locks, %d mail claims%n"
                + "after node B's start: A's jobs done at %.1f s, every timer fired at %.1f s, all done (mails too)"
                + " at %.1f s (lock time %d s)%n"
                + "per review (ours + engine, history level activity, waiting at its first task after its three"
                + " timers, with notifications and mails): %.1f rows, %.1f kB of database%n",
                startA, startB, members, GENERATED, timersFired(), byNodeAtKill, byNode, killedAt, heldByA.size(),
                timersAtKill, 3L * members, expired[0], expired[1], heldDoneAt, timersDoneAt, doneAt, LOCK_SECONDS,
                rowsPerReview, kbPerReview);

        // every review exists once and waits at its first task once
        assertThat(count("select count(*) from review where review_year = " + YEAR)).isEqualTo(members);
        assertThat(count("select count(distinct employee_id) from review where review_year = " + YEAR))
                .isEqualTo(members);
        assertThat(count("select count(*) from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_"
                + " where t.task_def_key_ = 'draftAgreements' and e.business_key_ like '" + YEAR + "/%'"))
                .isEqualTo(members);
        assertThat(count("select count(*) from twonodes.job_run where activity_id = 'reviewStarted'"))
                .as("no job per review: a batch starts its reviews to their first task in its own transaction")
                .isZero();
        // every timer fired exactly once: three per review, none twice
        assertThat(timersFired()).isEqualTo(3L * members);
        assertThat(jdbc.queryForList("select process_instance_id, activity_id from twonodes.job_run where kind ="
                + " 'timer' group by process_instance_id, activity_id having count(*) > 1")).isEmpty();
        assertThat(count("select count(*) from act_ru_incident")).isZero();
        // what the timers did: overdue tasks are escalated once per task, and (being overdue) not reminded
        long withManager = count("select count(*) from review r join employee e on e.id = r.employee_id"
                + " where r.review_year = " + YEAR + " and e.manager_id is not null");
        assertThat(perReview("ESCALATION_HR", false)).isEqualTo(Map.of(1L, (long) members));
        assertThat(perReview("ESCALATION_MANAGER", true)).isEqualTo(Map.of(1L, withManager));
        assertThat(perReview("TASK_ASSIGNED", false)).isEqualTo(Map.of(1L, (long) members));
        assertThat(count("select count(*) from notification where kind = 'REMINDER'")).isZero();
        // both nodes worked, and A's locked jobs were done by B
        assertThat(byNodeAtKill.getOrDefault("A", 0L)).isPositive();
        assertThat(byNodeAtKill.getOrDefault("B", 0L)).isPositive();
        assertThat(byNode.get("A")).as("a dead node's uncommitted work leaves no rows").isEqualTo(byNodeAtKill.get("A"));
        assertThat(count("select count(*) from act_ru_job where id_ in ('" + String.join("','", heldByA) + "')"))
                .as("jobs node A held are done").isZero();

        // user failover: the session died with node A; Sanne logs in on B and finds what she saved
        browser.driver.get(nodeB.baseUrl() + "/gesprek/" + jongsReview);
        browser.wait.until(d -> !d.findElements(By.cssSelector("input[name='username']")).isEmpty());
        new LoginPage(browser).logInAndWait("jong", "Welkom-2026");
        browser.driver.get(nodeB.baseUrl() + "/gesprek/" + jongsReview);
        browser.wait.until(d -> d.findElement(By.id("review-todo")).getText().contains("Ketenregie")
                || d.getPageSource().contains(GOAL));
        assertThat(browser.driver.getPageSource()).contains(GOAL);

        // every mail once: what GreenMail received is what the outbox sent; only a mail that node A was sending
        // at the moment it died can have gone out twice (SMTP has no transaction with the database). Counted at
        // least 2 s after the outbox was done (the user's failover above usually takes longer): anything sent
        // twice would have arrived by then
        long sinceDone = Duration.ofNanos(System.nanoTime() - doneNanos).toMillis();
        Thread.sleep(Math.max(0, 2000 - sinceDone));
        long sent = count("select count(*) from mail_outbox where status = 'SENT'");
        int received = smtp.getReceivedMessages().length;
        System.out.printf(Locale.ROOT, "mails: %d outbox rows sent, %d received (%d were being sent at the kill);"
                + " counted %d ms after the outbox was done%n", sent, received, sendingAtKill,
                Duration.ofNanos(System.nanoTime() - doneNanos).toMillis());
        assertThat(received).isBetween((int) sent, (int) (sent + sendingAtKill));

        // roughly what one more session on the review screen costs node B (heap after a full GC, difference)
        long heapWithOne = heapAfterGc(nodeB);
        browser.forgetSession();
        browser.driver.get(nodeB.baseUrl() + "/gesprek/" + jongsReview);
        browser.wait.until(d -> !d.findElements(By.cssSelector("input[name='username']")).isEmpty());
        new LoginPage(browser).logInAndWait("jong", "Welkom-2026");
        browser.driver.get(nodeB.baseUrl() + "/gesprek/" + jongsReview);
        browser.wait.until(d -> d.getPageSource().contains(GOAL));
        long sessionKb = (heapAfterGc(nodeB) - heapWithOne) / 1024;

        System.out.printf(Locale.ROOT, "one more Vaadin session on the review screen: ~%d kB of heap on node B"
                + " (after full GC)%n", sessionKb);
    }

    private AppProcess.Builder node(String name) {
        return AppProcess.named("two-nodes-" + name)
                .datasource(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "")
                .profiles("demo")
                .property("spring.main.sources", TwoNodeProbe.class.getName())
                .property("twonodes.node", name)
                .property("camunda.bpm.job-execution.enabled", "true")
                .property("camunda.bpm.job-execution.lock-time-in-millis", String.valueOf(LOCK_SECONDS * 1000))
                // after its lock expired a dead node's job is found at the next acquisition: do not idle long
                .property("camunda.bpm.job-execution.max-wait", "3000")
                .property("gesprekscyclus.mail.enabled", "true")
                .property("gesprekscyclus.mail.host", "127.0.0.1")
                .property("gesprekscyclus.mail.port", String.valueOf(smtp.getSmtp().getPort()))
                .property("gesprekscyclus.mail.send-interval", "PT1S")
                // a claim older than this is taken over, so it must outlast sending one batch on a busy machine:
                // small batches, or a live node's claim is taken over and its mails go out twice
                .property("gesprekscyclus.mail.batch-size", "5")
                .property("gesprekscyclus.mail.claim-timeout", "PT30S")
                .property("gesprekscyclus.mail.base-url", "https://gesprekscyclus.test");
    }

    /**
     * Node A is dead: the expiry of the job locks it held, and the claim moment of the mails being sent when it died,
     * move into the past, as if it had died longer ago than the lock time and the claim timeout. Node B's own
     * acquisition and claim queries then take them over, as they would after the wait. Among the mails may be one
     * node B itself was sending at that moment: B's sender finishes its batch (one sender thread per node, and it
     * marks a mail sent by its claim token, not by the moment) before it claims again, so it sends none of them twice.
     * Returns {job locks, mail claims} moved.
     */
    private int[] expireWhatTheDeadNodeHeld(List<Long> sendingAtKill) {
        int locks = jdbc.update("update act_ru_job set lock_exp_time_ = timestamp '2000-01-01 00:00:00'"
                + " where lock_owner_ = 'node-A'");
        int claims = sendingAtKill.isEmpty() ? 0 : jdbc.update("update mail_outbox set claimed_at = claimed_at"
                + " - interval '1 day' where status = 'SENDING' and id in (" + sendingAtKill.stream()
                        .map(String::valueOf).collect(java.util.stream.Collectors.joining(",")) + ")");
        return new int[] {locks, claims};
    }

    /** Colleagues of the demo organisation's manager, as an HR import would add them. */
    private void generateEmployees(int size) {
        Long unit = jdbc.queryForObject("select min(id) from org_unit", Long.class);
        Long manager = jdbc.queryForObject("select id from employee where personnel_number = '100001'", Long.class);
        List<String> titles = List.of("beleidsadviseur", "adviseur", "beheerder", "ondersteuner");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            rows.add(new Object[] {String.format("N%05d", i), "Collega", "Nummer " + i, "n" + i + "@ommen.test",
                    titles.get(i % titles.size()), unit, manager});
        }
        jdbc.batchUpdate("insert into employee (personnel_number, first_name, last_name, email, job_title_code,"
                + " unit_id, manager_id, coordination_module, start_date, active)"
                + " values (?, ?, ?, ?, ?, ?, ?, false, '2015-01-01', true)", rows);
    }

    private Long reviewWaitingAtDraft(String personnelNumber) {
        List<Long> ids = jdbc.queryForList("select r.id from review r where r.process_key = ? and exists (select 1"
                + " from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_ where t.task_def_key_ ="
                + " 'draftAgreements' and e.business_key_ = r.process_key)", Long.class, YEAR + "/" + personnelNumber);
        return ids.isEmpty() ? null : ids.get(0);
    }

    private long jobsBy(String node) {
        return count("select count(*) from twonodes.job_run where node = '" + node + "'");
    }

    private long timersBy(String node) {
        return count("select count(*) from twonodes.job_run where kind = 'timer' and node = '" + node + "'");
    }

    private long lockedBy(String node) {
        return count("select count(*) from act_ru_job where lock_owner_ = 'node-" + node + "'");
    }

    private long timersFired() {
        return count("select count(*) from twonodes.job_run where kind = 'timer'");
    }

    private Map<String, Long> jobsPerNode() {
        Map<String, Long> result = new java.util.TreeMap<>();
        jdbc.query("select node, count(*) from twonodes.job_run group by node",
                rs -> {
                    result.put(rs.getString(1), rs.getLong(2));
                });
        return result;
    }

    /** How many reviews of the round have 0, 1, 2... notifications of this kind: {notifications: reviews}. */
    private Map<Long, Long> perReview(String kind, boolean onlyWithManager) {
        Map<Long, Long> result = new java.util.TreeMap<>();
        jdbc.query("select n, count(*) from (select r.id, (select count(*) from notification x where x.review_id = r.id"
                + " and x.kind = ?) as n from review r join employee e on e.id = r.employee_id where r.review_year = ?"
                + (onlyWithManager ? " and e.manager_id is not null" : "") + ") per group by n", rs -> {
                    result.put(rs.getLong(1), rs.getLong(2));
                }, kind, YEAR);
        return result;
    }

    /** Live heap of a node in bytes: jcmd's class histogram forces a full GC first. */
    private static long heapAfterGc(AppProcess node) throws Exception {
        Process jcmd = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(node.pid()), "GC.class_histogram").redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        jcmd.waitFor();
        java.util.regex.Matcher total = java.util.regex.Pattern.compile("Total\\s+\\d+\\s+(\\d+)").matcher(out);
        return total.find() ? Long.parseLong(total.group(1)) : -1;
    }

    /** Rows in every table of the application and the engine (not the test's own schema). */
    private long rowsInPublicTables() {
        long total = 0;
        for (String table : jdbc.queryForList("select table_name from information_schema.tables where table_schema"
                + " = 'public' and table_type = 'BASE TABLE'", String.class)) {
            total += count("select count(*) from \"" + table + "\"");
        }
        return total;
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        awaitOrSay(what, timeout, condition, () -> "");
    }

    /** As {@link #await}, and on a timeout the failure says what the nodes were doing ({@code state}). */
    private static void awaitOrSay(String what, Duration timeout, BooleanSupplier condition, Supplier<String> state)
            throws InterruptedException {
        long start = System.nanoTime();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - start > timeout.toNanos()) {
                throw new AssertionError("not within " + timeout + ": " + what + " " + state.get());
            }
            Thread.sleep(250);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    @AfterEach
    void stopEverything() throws Exception {
        if (loggedInOnA != null) {
            try {
                loggedInOnA.get(3, TimeUnit.MINUTES); // a browser still starting is closed below, not left behind
            } catch (Exception failedOrSlow) {
                // the test has failed already (or fails on this); close what there is
            }
        }
        if (browser != null) {
            browser.close();
        }
        for (AppProcess node : new AppProcess[] {nodeA, nodeB}) {
            if (node != null) {
                node.kill();
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }
}
