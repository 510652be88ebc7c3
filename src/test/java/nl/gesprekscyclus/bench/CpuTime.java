package nl.gesprekscyclus.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * CPU time spent, in nanoseconds: the figure that a shared machine's load does not inflate (wall-clock time
 * grows with the other processes on the same cores, the CPU a round start needs does not). Linux only.
 */
final class CpuTime {

    static final long NANOS_PER_TICK = 10_000_000L; // USER_HZ = 100 on Linux

    /** This JVM (the application under test, the benchmark's polling included). */
    static long application() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * The embedded PostgreSQL: its postmaster with the CPU of its ended children (counted when reaped), plus the
     * backends still running.
     */
    static long database(JdbcTemplate jdbc) {
        // the postmaster's pid is the first line of postmaster.pid in the data directory (same machine)
        String dataDirectory = jdbc.queryForObject("show data_directory", String.class);
        long postmaster;
        try {
            postmaster = Long.parseLong(Files.readAllLines(Path.of(dataDirectory, "postmaster.pid")).get(0).strip());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        long total = ticks(stat(postmaster), true);
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            total += processes.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .mapToLong(p -> {
                        long[] s = stat(Long.parseLong(p.getFileName().toString()));
                        return s != null && s[3] == postmaster ? ticks(s, false) : 0;
                    }).sum();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return total * NANOS_PER_TICK;
    }

    static long ticks(long[] stat, boolean withChildren) {
        return stat[13] + stat[14] + (withChildren ? stat[15] + stat[16] : 0);
    }

    /** Fields of /proc/pid/stat (index = field number - 1; the command name may hold spaces), or null. */
    private static long[] stat(long pid) {
        return stat(Path.of("/proc/" + pid + "/stat"));
    }

    /** Fields of a process's or thread's stat file in /proc, as {@link #stat(long)}, or null when it ended. */
    static long[] stat(Path file) {
        try {
            String line = Files.readString(file);
            String[] rest = line.substring(line.lastIndexOf(')') + 2).split(" ");
            // up to cstime (field 17): later fields hold values beyond a long
            long[] fields = new long[17];
            for (int i = 1; i < fields.length - 2; i++) {
                fields[i + 2] = Long.parseLong(rest[i]);
            }
            return fields;
        } catch (IOException | RuntimeException e) {
            return null; // ended meanwhile
        }
    }

    private CpuTime() {
    }
}
