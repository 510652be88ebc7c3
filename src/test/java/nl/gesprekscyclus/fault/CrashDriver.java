package nl.gesprekscyclus.fault;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.gesprekscyclus.Application;
import nl.gesprekscyclus.functionbook.JobProfile;
import nl.gesprekscyclus.review.PlanningService;
import nl.gesprekscyclus.review.ResultAgreementData;
import nl.gesprekscyclus.review.ReviewDossier;
import nl.gesprekscyclus.review.ReviewReadService;
import nl.gesprekscyclus.review.ReviewTask;
import nl.gesprekscyclus.review.TaskNotOpenException;
import nl.gesprekscyclus.round.RoundSelection;
import nl.gesprekscyclus.round.RoundService;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.Login;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The application as {@link CrashTests} kills it: the whole context (engine with its job executor, our
 * services, the demo organisation), on its own port, doing what HR and employees do through the services:
 * HR starts next year's round for everyone (43 reviews: the gemeentesecretaris is not in the cycle); each employee whose first task is open writes one result agreement and hands in the drafts. After each commit it appends a line to the
 * journal and fsyncs it, so every line names something the database has promised to keep:
 * <pre>
 * round 2027
 * agreement 2027/100031
 * submitted 2027/100031
 * </pre>
 * It decides what is left to do from what the screens would show (the dossier), never from the journal, so
 * work committed just before a kill (and not journalled) is not done twice. Without {@code crash.finish} it
 * works until killed; with it, it finishes the work, waits until the job executor has nothing due, prints
 * "crash-driver: settled" and ends.
 */
public final class CrashDriver {

    static final String WORKING = "crash-driver: working";
    static final String SETTLED = "crash-driver: settled";
    /**
     * The engine's own history clean-up job is due again and again inside its nightly window (01:00-05:00 in
     * config/application.yml): it is not work of ours that a crash could leave behind, and a run at night would
     * otherwise never settle or be seen with it due.
     */
    static final String NOT_HISTORY_CLEANUP = " and (handler_type_ is null or handler_type_ <> 'history-cleanup')";
    static final String MARKER = "Crashproef ";
    static final String RACE = "crash-driver: race ";
    /** Employees whose hand-in waits for the last run, where two tabs of theirs hand in at the same moment. */
    static final Set<String> RACERS = Set.of("100031", "100033", "100037");

    private final JdbcTemplate jdbc;
    private final UserDetailsService users;
    private final RoundService rounds;
    private final ReviewReadService reads;
    private final PlanningService planning;
    private final FileChannel journal;
    private final List<Integer> years;

    private CrashDriver(ConfigurableApplicationContext app, FileChannel journal, List<Integer> years) {
        this.jdbc = app.getBean(JdbcTemplate.class);
        this.users = app.getBean(UserDetailsService.class);
        this.rounds = app.getBean(RoundService.class);
        this.reads = app.getBean(ReviewReadService.class);
        this.planning = app.getBean(PlanningService.class);
        this.journal = journal;
        this.years = years;
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable e) {
            // the context's non-daemon threads would keep a dead driver alive: end it, so the test sees the failure
            e.printStackTrace();
            System.exit(3);
        }
    }

    private static void run(String[] args) throws Exception {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run(args);
        Environment env = app.getEnvironment();
        // a round may be started for last, this or next year only; next year's windows are all ahead, so no
        // deadline timer interferes with what this run checks
        List<Integer> years = List.of(LocalDate.now().getYear() + 1);
        try (FileChannel journal = FileChannel.open(Path.of(env.getRequiredProperty("crash.journal")),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            CrashDriver driver = new CrashDriver(app, journal, years);
            System.out.println(WORKING);
            System.out.flush();
            if (env.getProperty("crash.finish", Boolean.class, false)) {
                boolean settled = driver.finish(Duration.ofSeconds(env.getProperty("crash.settle-seconds", Integer.class, 120)));
                System.out.println(settled ? SETTLED : "crash-driver: NOT settled");
                System.out.flush();
                app.close();
                System.exit(settled ? 0 : 2);
            }
            while (true) {
                driver.step(false);
            }
        }
    }

    /** One round of work: start the next round that is missing, then hand in a few employees' drafts. */
    private int step(boolean finishing) throws Exception {
        int done = 0;
        Login.as(users, DemoUsers.HR);
        for (int year : years) {
            if (rounds.round(year).isEmpty()) {
                rounds.startRound(rounds.defaultCalendar(year), RoundSelection.everyone());
                journal("round " + year);
                done++;
                break; // one round per step, so the kill may fall anywhere in the run
            }
        }
        for (Map<String, Object> row : jdbc.queryForList("select r.id, r.process_key, u.username from review r"
                + " join user_account u on u.employee_id = r.employee_id"
                + " join act_ru_execution e on e.business_key_ = r.process_key and e.id_ = e.proc_inst_id_"
                + " join act_ru_task t on t.proc_inst_id_ = e.id_ and t.task_def_key_ = 'draftAgreements'"
                + " where r.job_profile_code is not null" // without a profile there is no result area to write about
                + " order by r.id fetch first 20 rows only")) {
            long id = ((Number) row.get("id")).longValue();
            String key = (String) row.get("process_key");
            boolean racer = RACERS.contains(key.substring(key.indexOf('/') + 1));
            if (racer && !finishing) {
                continue;
            }
            if (racer ? race(id, key, (String) row.get("username")) : handIn(id, key, (String) row.get("username"))) {
                done++;
            }
        }
        Login.logout();
        if (done == 0) {
            Thread.sleep(200);
        }
        return done;
    }

    /** The employee's first task: one result agreement (unless the dossier shows it already), then hand in. */
    private boolean handIn(long reviewId, String key, String username) throws IOException {
        try {
            if (!drafted(reviewId, key, username)) {
                return false;
            }
            planning.submitDrafts(reviewId);
            journal("submitted " + key);
            return true;
        } catch (RuntimeException collision) {
            // e.g. the job executor touched the same process at the same moment: the employee tries again later
            System.out.println("crash-driver: retry later " + key + ": " + collision);
            return false;
        }
    }

    /** Logs the employee in and makes sure the one result agreement is there; false if the task is not theirs now. */
    private boolean drafted(long reviewId, String key, String username) throws IOException {
        Login.as(users, username);
        ReviewDossier dossier = reads.dossier(reviewId);
        if (!dossier.canDo(ReviewTask.DRAFT_AGREEMENTS) || dossier.jobProfile() == null
                || dossier.jobProfile().resultAreas().isEmpty()) {
            return false;
        }
        String description = MARKER + key;
        boolean saved = dossier.resultAgreements().stream().anyMatch(a -> a.data().description().equals(description));
        if (!saved) {
            JobProfile.ResultArea area = dossier.jobProfile().resultAreas().get(0);
            planning.saveResultAgreement(reviewId, null, null,
                    new ResultAgreementData(area.code(), null, description, "Opgeleverd en besproken", null, 100));
            journal("agreement " + key);
        }
        return true;
    }

    /**
     * The employee has the review open in two tabs and hands in from both at the same moment: exactly one
     * hand-in may count, the other must be told the task is no longer open (not fail with an engine error).
     */
    private boolean race(long reviewId, String key, String username) throws Exception {
        if (!drafted(reviewId, key, username)) {
            return false;
        }
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService tabs = Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Callable<String> tab = () -> {
                Login.as(users, username); // each tab is its own request thread
                go.await();
                try {
                    planning.submitDrafts(reviewId);
                    return "won";
                } catch (TaskNotOpenException e) {
                    return "refused";
                } catch (RuntimeException e) {
                    return "other(" + e + ")";
                } finally {
                    Login.logout();
                }
            };
            Future<String> first = tabs.submit(tab);
            Future<String> second = tabs.submit(tab);
            go.countDown();
            List<String> outcomes = List.of(first.get(), second.get());
            if (outcomes.contains("won")) {
                journal("submitted " + key);
            }
            System.out.println(RACE + key + " " + outcomes);
            return true;
        } finally {
            tabs.shutdownNow();
        }
    }

    /** Does what is left, then waits until no job is due (locks of a killed run expire after the lock time). */
    private boolean finish(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        // settled only when it holds three looks in a row, a second apart: work that runs after a commit (a process
        // started or a job created once the transaction is through) is invisible for a moment in between
        int quietLooks = 0;
        while (System.nanoTime() < deadline) {
            int done = step(true);
            long due = jdbc.queryForObject("select count(*) from act_ru_job where retries_ > 0"
                    + " and (duedate_ is null or duedate_ <= current_timestamp)" + NOT_HISTORY_CLEANUP, Long.class);
            // a member the policy leaves without a review has its reason instead (the gemeentesecretaris, in Ommen)
            long missingReviews = jdbc.queryForObject("select count(*) from round_member m where not exists"
                    + " (select 1 from review r where r.round_id = m.round_id and r.employee_id = m.employee_id)"
                    + " and m.not_started_reason is null", Long.class);
            boolean allRounds = years.stream().allMatch(y -> jdbc.queryForObject(
                    "select count(*) from review_round where round_year = ?", Long.class, y) == 1);
            if (done == 0 && due == 0 && missingReviews == 0 && allRounds) {
                if (++quietLooks == 3) {
                    return true;
                }
                Thread.sleep(1000);
            } else {
                quietLooks = 0;
            }
        }
        // say why, for the test's report: what the job executor still holds and what the last failures were
        System.out.println("crash-driver: jobs " + jdbc.queryForList("select id_, type_, retries_, duedate_,"
                + " lock_owner_, lock_exp_time_, exception_msg_ from act_ru_job"));
        return false;
    }

    /** One line per commit, on disk before the next action starts. */
    private void journal(String line) throws IOException {
        journal.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
        journal.force(true);
    }
}
