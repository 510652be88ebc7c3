package nl.gesprekscyclus.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The JVM's CPU split by thread, from /proc/self/task (Linux): every thread the operating system runs, the JVM's
 * own included (garbage collector, JIT compilers, JFR), which the Java thread API does not list. Threads are
 * grouped by name without their numbers ("http-nio-auto-1-exec-7" and "-exec-9" are one group), so the report
 * says what share of a request's CPU is the request's own and what is the JVM's work around it (issue 21, item 2).
 */
final class ThreadCpu {

    private final Map<String, long[]> start;
    private final Map<String, Long> groups = new HashMap<>();

    private ThreadCpu(Map<String, long[]> start) {
        this.start = start;
    }

    /** Counts from now on. */
    static ThreadCpu start() {
        return new ThreadCpu(snapshot());
    }

    /** Stops counting: the CPU of every thread group since {@link #start()}. */
    void stop() {
        snapshot().forEach((tid, now) -> {
            long[] before = start.get(tid);
            long ticks = now[0] - (before == null ? 0 : before[0]);
            groups.merge(group(tid), ticks * CpuTime.NANOS_PER_TICK, Long::sum);
        });
    }

    /**
     * Prints the CPU per thread group between {@link #start()} and {@link #stop()}, per iteration, largest first. A
     * thread that ended in between is missing (its CPU is only in the process's total), so the groups add up to a
     * little less.
     */
    void print(int iterations, long processCpuNanos) {
        System.out.println();
        System.out.println("The JVM's CPU by thread group during the load (/proc/self/task; threads that ended in between"
                + " are missing):");
        System.out.println("| threads | CPU ms per iteration | share of the JVM's CPU |");
        System.out.println("| --- | ---: | ---: |");
        Map<String, Long> sorted = new LinkedHashMap<>();
        groups.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        long listed = 0;
        for (Map.Entry<String, Long> e : sorted.entrySet()) {
            listed += e.getValue();
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f %% |%n", e.getKey(),
                    e.getValue() / 1e6 / Math.max(1, iterations), 100.0 * e.getValue() / Math.max(1, processCpuNanos));
        }
        System.out.printf(Locale.ROOT, "| (threads that ended in between) | %.1f | %.1f %% |%n",
                (processCpuNanos - listed) / 1e6 / Math.max(1, iterations),
                100.0 * (processCpuNanos - listed) / Math.max(1, processCpuNanos));
    }

    /** A thread's name without digits: the group it belongs to. */
    private static String group(String tid) {
        return name(tid).replaceAll("\\d+", "#");
    }

    private static String name(String tid) {
        try {
            return Files.readString(Path.of("/proc/self/task", tid, "comm")).strip();
        } catch (IOException e) {
            return "(ended)";
        }
    }

    /** Thread id -> {user + system ticks}. */
    private static Map<String, long[]> snapshot() {
        Map<String, long[]> threads = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(task -> {
                long[] stat = CpuTime.stat(task.resolve("stat"));
                if (stat != null) { // null: the thread ended meanwhile
                    threads.put(task.getFileName().toString(), new long[] {CpuTime.ticks(stat, false)});
                }
            });
        } catch (IOException e) {
            // not Linux: nothing to split
        }
        return threads;
    }
}
