package nl.gesprekscyclus.browser;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Where a browser's time went, printed as one line when the browser closes (in the class's surefire output,
 * target/surefire-reports/&lt;execution&gt;/&lt;class&gt;-output.txt): "[walk-times] WholeReviewInBrowserTests 171.3 s
 * open: chromium start 1.1 s, axe 52x 19.0 s, ...". The browser's open time against the class's time says how much
 * was the Spring context and the test data before it; the parts say what in the walk cost it. A part counts the time
 * of its outermost measurement only (an axe look waits, that wait is axe's, not a wait).
 */
final class WalkTimes {

    private final String owner;
    private final long opened = System.nanoTime();
    private final Map<String, long[]> parts = new LinkedHashMap<>();
    private int depth;
    /** The slowest waits, by where the test waited: "Class.method:line" and its longest wait. */
    private final Map<String, Long> slowestWaits = new java.util.HashMap<>();

    WalkTimes() {
        this.owner = StackWalker.getInstance().walk(frames -> frames.map(StackWalker.StackFrame::getClassName)
                .filter(c -> c.endsWith("Tests")).findFirst().orElse("?"));
    }

    /** Runs the work and counts its time under this part, unless it runs inside another part's measurement. */
    <T> T time(String part, Supplier<T> work) {
        if (depth > 0) {
            return work.get();
        }
        depth++;
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            depth--;
            add(part, System.nanoTime() - start);
        }
    }

    void time(String part, Runnable work) {
        time(part, () -> {
            work.run();
            return null;
        });
    }

    /** Counts one measurement of a part (also one the caller took, e.g. chromium's start, before this browser exists). */
    void add(String part, long nanos) {
        long[] sum = parts.computeIfAbsent(part, p -> new long[2]);
        sum[0]++;
        sum[1] += nanos;
    }

    /** Notes a wait's time under the line of the test or page helper that waited (the first frame outside Selenium). */
    void noteWait(long nanos) {
        String where = StackWalker.getInstance().walk(frames -> frames.filter(f -> {
            String c = f.getClassName();
            return c.startsWith("nl.gesprekscyclus") && !c.contains("WalkTimes") && !c.contains("Browser$");
        }).map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName() + ":"
                + f.getLineNumber()).findFirst().orElse("?"));
        slowestWaits.merge(where, nanos, Math::max);
    }

    String summary() {
        StringBuilder line = new StringBuilder(String.format("[walk-times] %s %.1f s open:",
                owner.substring(owner.lastIndexOf('.') + 1), seconds(System.nanoTime() - opened)));
        String separator = " ";
        for (Map.Entry<String, long[]> part : parts.entrySet()) {
            line.append(separator).append(String.format("%s %dx %.1f s", part.getKey(), part.getValue()[0],
                    seconds(part.getValue()[1])));
            separator = ", ";
        }
        if (!slowestWaits.isEmpty()) {
            line.append("; slowest waits:");
            slowestWaits.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(6)
                    .forEach(w -> line.append(String.format(" %s %.1f s", w.getKey(), seconds(w.getValue()))));
        }
        return line.toString();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
