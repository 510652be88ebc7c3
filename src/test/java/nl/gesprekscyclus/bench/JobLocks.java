package nl.gesprekscyclus.bench;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How long each job holds its lock, per activity, watched from outside during a run: the time from its
 * acquisition (the engine writes {@code LOCK_EXP_TIME_} = acquisition + lock time) until it is gone from the
 * locked jobs (done, or failed and unlocked), polled every 50 ms. That is queue wait + execution + commit, the
 * span the lock time must cover: a job still running when its lock expires is taken by a second thread or node.
 * Resolution: the poll interval plus one query.
 */
final class JobLocks implements AutoCloseable {

    record Held(String activity, long millis) {
    }

    private final JdbcTemplate jdbc;
    private final long lockTimeMillis;
    private final Thread poller;
    /** Jobs locked at the last poll: id → acquired at (ms). */
    private final Map<String, Long> locked = new HashMap<>();
    private final Map<String, String> activityOf = new HashMap<>();
    private final List<Held> held = new ArrayList<>();
    private volatile boolean running = true;

    JobLocks(JdbcTemplate jdbc, long lockTimeMillis) {
        this.jdbc = jdbc;
        this.lockTimeMillis = lockTimeMillis;
        this.poller = new Thread(this::poll, "bench-job-locks");
        poller.setDaemon(true);
        poller.start();
    }

    private void poll() {
        while (running) {
            try {
                Map<String, Long> seen = new HashMap<>();
                jdbc.query("select j.id_, j.lock_exp_time_, coalesce(d.act_id_, j.handler_type_) from act_ru_job j"
                        + " left join act_ru_jobdef d on d.id_ = j.job_def_id_ where j.lock_exp_time_ is not null",
                        rs -> {
                            Timestamp expires = rs.getTimestamp(2);
                            seen.put(rs.getString(1), expires.getTime() - lockTimeMillis);
                            activityOf.putIfAbsent(rs.getString(1), rs.getString(3));
                        });
                long now = System.currentTimeMillis();
                synchronized (held) {
                    // gone, or locked anew (failed and taken again): this lock ended
                    locked.entrySet().removeIf(job -> {
                        boolean ended = !job.getValue().equals(seen.get(job.getKey()));
                        if (ended) {
                            held.add(new Held(activityOf.get(job.getKey()), now - job.getValue()));
                        }
                        return ended;
                    });
                    seen.forEach(locked::putIfAbsent);
                }
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // a poll that fails (the pool busy for a moment) only loses resolution
            }
        }
    }

    /** Per activity: how many jobs, median, 95th percentile and longest lock held, in ms. */
    String report() {
        Map<String, List<Long>> byActivity = new TreeMap<>();
        synchronized (held) {
            held.forEach(h -> byActivity.computeIfAbsent(String.valueOf(h.activity()), a -> new ArrayList<>())
                    .add(h.millis()));
        }
        StringBuilder out = new StringBuilder("| job (activity) | jobs | median ms | p95 ms | longest ms |\n"
                + "| --- | ---: | ---: | ---: | ---: |\n");
        byActivity.forEach((activity, times) -> {
            times.sort(null);
            int p95 = (int) Math.min(times.size() - 1, Math.ceil(times.size() * 0.95) - 1);
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d |%n", activity, times.size(),
                    times.get(times.size() / 2), times.get(p95), times.get(times.size() - 1)));
        });
        return out.toString();
    }

    /** A watcher when the run asks for one ({@code -Dbench.jobLocks=true}), else null. */
    static JobLocks watchIfAsked(JdbcTemplate jdbc, long lockTimeMillis) {
        return Boolean.getBoolean("bench.jobLocks") ? new JobLocks(jdbc, lockTimeMillis) : null;
    }

    /** Stops the watcher and prints what it saw; nothing when there was none. */
    static void print(JobLocks watcher, String what) throws InterruptedException {
        if (watcher != null) {
            watcher.close();
            System.out.printf("%s, lock held per job:%n%s", what, watcher.report());
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        poller.interrupt();
        poller.join(5000);
    }
}
