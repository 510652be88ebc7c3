package nl.gesprekscyclus.bench;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Recording;
import jdk.jfr.StackTrace;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Where the server's CPU goes per kind of request (issue 21, item 1), for {@link HttpLoadBenchmark}: the load
 * client names every request in a header; a filter in front of everything else (Spring Security included) measures
 * the CPU time of the server thread that handles it and marks its span with a JFR event. A JFR recording of
 * execution samples during the load is then split by those spans, so each kind of request gets its own top
 * consumers: the application's methods that were on the stack (inclusive), and the methods the samples were in
 * (self). Server CPU per request is exact (thread CPU time); the samples give the shares within it.
 */
@Configuration(proxyBeanMethods = false)
public class RequestProfile {

    static final String HEADER = "X-Bench-Request";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** CPU nanoseconds and count per request name, on the server's threads. */
    static final Map<String, LongAdder[]> CPU = new ConcurrentHashMap<>();

    @Name("gesprekscyclus.BenchRequest")
    @Label("Benchmark request")
    @StackTrace(false)
    static final class RequestEvent extends Event {
        @Label("Request")
        String request;
    }

    @Bean
    FilterRegistrationBean<Filter> benchRequestProfile() {
        Filter filter = (request, response, chain) -> {
            String name = request instanceof HttpServletRequest http ? http.getHeader(HEADER) : null;
            if (name == null) {
                chain.doFilter(request, response);
                return;
            }
            RequestEvent event = new RequestEvent();
            event.request = name;
            event.begin();
            long cpu = THREADS.getCurrentThreadCpuTime();
            try {
                chain.doFilter(request, response);
            } finally {
                LongAdder[] sum = CPU.computeIfAbsent(name, n -> new LongAdder[] {new LongAdder(), new LongAdder()});
                sum[0].add(THREADS.getCurrentThreadCpuTime() - cpu);
                sum[1].increment();
                event.commit();
            }
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** A recording of execution samples every 10 ms (JFR's "profile" setting) and the request spans. */
    static Recording startRecording() {
        Recording recording = new Recording();
        recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
        recording.enable(RequestEvent.class).withThreshold(Duration.ZERO);
        recording.enable("jdk.GarbageCollection");
        recording.setToDisk(true);
        recording.start();
        return recording;
    }

    static void resetCpu() {
        CPU.clear();
    }

    /** Sum of the server threads' CPU over all named requests, in nanoseconds. */
    static long serverCpu() {
        return CPU.values().stream().mapToLong(s -> s[0].sum()).sum();
    }

    /** Mean server CPU per request name, in ms, with the count. */
    static void printCpu(int iterations) {
        System.out.println();
        System.out.println("Server CPU per kind of request (thread CPU time of the server thread handling it):");
        System.out.println("| request | n | CPU ms per request | CPU ms per iteration | answer, characters |");
        System.out.println("| --- | ---: | ---: | ---: | ---: |");
        new TreeMap<>(CPU).forEach((name, s) -> {
            LongAdder[] chars = VaadinHttpClient.RESPONSE_CHARS.get(name);
            System.out.printf(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %,d |%n", name, s[1].sum(),
                    s[0].sum() / 1e6 / Math.max(1, s[1].sum()), s[0].sum() / 1e6 / Math.max(1, iterations),
                    chars == null ? 0 : chars[0].sum() / Math.max(1, chars[1].sum()));
        });
        System.out.printf(Locale.ROOT, "| all requests | | | %.1f |%n", serverCpu() / 1e6 / Math.max(1, iterations));
    }

    private record Span(long start, long end, String request) {
    }

    /**
     * Splits the recording's samples by the request span they fall in and prints, per kind of request, the share
     * of samples and the top methods of our own code on the stack (inclusive) and the methods the samples were in.
     */
    static void printProfile(Path file, int top) throws IOException {
        Map<Long, List<Span>> spans = new HashMap<>();
        List<RecordedEvent> samples = new ArrayList<>();
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            String type = e.getEventType().getName();
            if (type.equals("gesprekscyclus.BenchRequest") && e.getThread() != null) {
                spans.computeIfAbsent(e.getThread().getJavaThreadId(), t -> new ArrayList<>()).add(new Span(
                        nanos(e.getStartTime()), nanos(e.getEndTime()), e.getString("request")));
            } else if (type.equals("jdk.ExecutionSample")) {
                samples.add(e);
            }
        }
        spans.values().forEach(l -> l.sort(Comparator.comparingLong(Span::start)));
        Map<String, Map<String, Integer>> inclusive = new TreeMap<>();
        Map<String, Map<String, Integer>> self = new TreeMap<>();
        Map<String, Integer> count = new TreeMap<>();
        for (RecordedEvent sample : samples) {
            RecordedThread thread = sample.getThread("sampledThread");
            String group = group(thread, spans, nanos(sample.getStartTime()));
            count.merge(group, 1, Integer::sum);
            if (sample.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = sample.getStackTrace().getFrames();
            if (!frames.isEmpty()) {
                self.computeIfAbsent(group, g -> new HashMap<>()).merge(method(frames.get(0)), 1, Integer::sum);
            }
            Set<String> own = frames.stream().map(RequestProfile::method)
                    .filter(m -> m.startsWith("nl.gesprekscyclus.") && !m.startsWith("nl.gesprekscyclus.bench."))
                    .collect(Collectors.toSet());
            own.forEach(m -> inclusive.computeIfAbsent(group, g -> new HashMap<>()).merge(m, 1, Integer::sum));
        }
        int all = count.values().stream().mapToInt(Integer::intValue).sum();
        System.out.println();
        System.out.printf(Locale.ROOT, "JFR profile: %,d execution samples (every 10 ms per running thread), %s%n", all,
                file);
        count.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).forEach(c -> {
            System.out.printf(Locale.ROOT, "%n%s: %,d samples (%.1f %%)%n", c.getKey(), c.getValue(),
                    100.0 * c.getValue() / all);
            printTop("  our code on the stack", inclusive.get(c.getKey()), c.getValue(), top);
            printTop("  where the samples were", self.get(c.getKey()), c.getValue(), top);
        });
    }

    private static void printTop(String title, Map<String, Integer> counts, int total, int top) {
        if (counts == null || counts.isEmpty()) {
            return;
        }
        System.out.println(title + ":");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(m -> System.out.printf(Locale.ROOT, "    %5.1f %%  %s%n", 100.0 * m.getValue() / total,
                        m.getKey()));
    }

    /** The request a sample of a server thread fell in; otherwise the kind of thread. */
    private static String group(RecordedThread thread, Map<Long, List<Span>> spans, long at) {
        if (thread == null) {
            return "(unknown thread)";
        }
        List<Span> list = spans.get(thread.getJavaThreadId());
        if (list != null) {
            int low = 0;
            int high = list.size() - 1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                Span s = list.get(mid);
                if (s.end() < at) {
                    low = mid + 1;
                } else if (s.start() > at) {
                    high = mid - 1;
                } else {
                    return "request: " + s.request();
                }
            }
        }
        String name = thread.getJavaName() == null ? thread.getOSName() : thread.getJavaName();
        if (name.startsWith("user-") || name.startsWith("HttpClient")) {
            return "load client (" + name.replaceAll("[-\\d]+.*$", "") + ")";
        }
        return "other thread: " + name.replaceAll("[-#]?\\d+$", "");
    }

    private static String method(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
