package nl.gesprekscyclus.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import nl.gesprekscyclus.bench.HttpLoadBenchmark.Timings;
import nl.gesprekscyclus.bench.HttpLoadBenchmark.VirtualUser;

/**
 * The load client of {@link HttpLoadBenchmark}: one user alone as the baseline, then the simulated users, each on
 * a thread of its own. Runs inside the benchmark's JVM ({@code -Dbench.client=inside}, how issue 7 measured) or,
 * by default, in a JVM of its own, so the server's JVM holds only the server: its CPU per iteration and its
 * resident memory are then what a deployment would see (issue 21, items 2 and 7), not the server plus 50–200
 * HTTP clients with their element trees and selector threads.
 * <p>
 * The server side has to act at two moments of the run (measure the heap before the users log in, and once
 * every user is in start its counters and the recording), so the client calls {@link Moments} there. In a child
 * JVM each moment is a line on its standard output that the benchmark answers on the child's standard input.
 */
final class HttpLoadClient {

    private static final String MOMENT = "@@moment ";

    /** What the server does at the two moments of the run; the client waits until it is done. */
    interface Moments {
        void beforeUsersLogIn() throws Exception;

        void everyUserIsIn() throws Exception;
    }

    /** Everything the benchmark reports from the client's side. */
    record Result(Map<String, List<Long>> baseline, Map<String, List<Long>> load, List<String> errors, int saved,
            int submitted, int iterations, List<Integer> submittedEmployees, Map<String, long[]> answerChars,
            long clientCpuNanos) implements Serializable {
    }

    /** The whole load: the baseline alone, then {@code users} users for {@code minutes}. */
    static Result drive(String base, Map<Integer, Long> reviews, int users, int perUser, int think, double minutes,
            int warmup, Moments moments) throws Exception {
        // the warm-up: one user alone, without thinking, through the employees after those of the load
        VirtualUser warm = new VirtualUser(base, 0, 1, 0, reviews, new Timings(), 0);
        for (int i = 1; i <= warmup; i++) {
            warm.employees.add((users + 1) * perUser + i);
        }
        long warm0 = System.nanoTime();
        for (int i = 0; i < warmup; i++) {
            warm.logInAndOpenReview();
            warm.addAgreementAndSubmit();
            warm.logOut();
        }
        if (warmup > 0) {
            System.out.printf(Locale.ROOT, "warm-up: %d iterations of one user alone in %.0f s%n", warmup,
                    (System.nanoTime() - warm0) / 1e9);
        }
        Timings baseline = new Timings();
        VirtualUser alone = new VirtualUser(base, 0, users + 1, perUser, reviews, baseline, 0);
        alone.logInAndOpenReview();
        System.out.printf(Locale.ROOT, "the review screen of one employee in the drafting step: %,d elements%n",
                alone.client.nodeCount());
        alone.addAgreementAndSubmit();
        alone.logOut();
        alone.logInAndOpenReview();
        alone.addAgreementAndSubmit();
        alone.logOut();

        Timings load = new Timings();
        List<VirtualUser> virtualUsers = new ArrayList<>();
        for (int u = 1; u <= users; u++) {
            virtualUsers.add(new VirtualUser(base, u, users + 1, perUser, reviews, load, think));
        }
        moments.beforeUsersLogIn();
        CountDownLatch allIn = new CountDownLatch(virtualUsers.size());
        CountDownLatch go = new CountDownLatch(1);
        long duration = (long) (minutes * 60e9);
        List<Thread> threads = new ArrayList<>();
        for (VirtualUser user : virtualUsers) {
            Thread thread = new Thread(() -> user.run(allIn, go, duration), "user-" + user.number);
            threads.add(thread);
            thread.start();
            Thread.sleep(ThreadLocalRandom.current().nextInt(20, 80)); // a ramp-up of a few seconds
        }
        allIn.await();
        moments.everyUserIsIn();
        VaadinHttpClient.RESPONSE_CHARS.clear(); // the answers of the load only
        long cpu0 = CpuTime.application();
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        long clientCpu = CpuTime.application() - cpu0;

        List<Integer> submittedEmployees = new ArrayList<>();
        virtualUsers.forEach(u -> submittedEmployees.addAll(u.submittedEmployees));
        Map<String, long[]> chars = new HashMap<>();
        VaadinHttpClient.RESPONSE_CHARS.forEach((name, c) -> chars.put(name, new long[] {c[0].sum(), c[1].sum()}));
        return new Result(copy(baseline), copy(load), new ArrayList<>(load.errors),
                virtualUsers.stream().mapToInt(u -> u.saved).sum() + alone.saved + warm.saved,
                virtualUsers.stream().mapToInt(u -> u.submitted).sum() + alone.submitted + warm.submitted,
                virtualUsers.stream().mapToInt(u -> u.iterations).sum(), submittedEmployees, chars, clientCpu);
    }

    /**
     * Runs {@link #drive} in a JVM of its own (this class's {@link #main}) and returns its result. The child's
     * output is passed on; its moments are run here and answered.
     */
    static Result driveInChild(String base, Map<Integer, Long> reviews, int users, int perUser, int think,
            double minutes, int warmup, Moments moments, Path dir) throws Exception {
        Path reviewFile = dir.resolve("http-load-reviews.txt");
        Path resultFile = dir.resolve("http-load-client.result");
        Files.deleteIfExists(resultFile);
        StringBuilder lines = new StringBuilder();
        reviews.forEach((employee, review) -> lines.append(employee).append(' ').append(review).append('\n'));
        Files.writeString(reviewFile, lines);
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xms256m", "-Xmx1g", "-XX:+UseParallelGC",
                "-Dbench.dump=" + Boolean.getBoolean("bench.dump"), "-cp", System.getProperty("java.class.path"),
                HttpLoadClient.class.getName(), base, reviewFile.toString(), String.valueOf(users),
                String.valueOf(perUser), String.valueOf(think), String.valueOf(minutes), resultFile.toString(),
                String.valueOf(warmup)));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("JDK_JAVA_OPTIONS"); // the server's flags (heap, tracking) are not the client's
        Process child = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8)); OutputStream in = child.getOutputStream()) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(MOMENT)) {
                    if (line.endsWith("beforeUsersLogIn")) {
                        moments.beforeUsersLogIn();
                    } else {
                        moments.everyUserIsIn();
                    }
                    in.write("ok\n".getBytes(StandardCharsets.UTF_8));
                    in.flush();
                } else {
                    System.out.println("  client| " + line);
                }
            }
        }
        int exit = child.waitFor();
        if (exit != 0 || !Files.exists(resultFile)) {
            throw new IllegalStateException("the load client ended with exit code " + exit);
        }
        try (ObjectInputStream result = new ObjectInputStream(Files.newInputStream(resultFile))) {
            return (Result) result.readObject();
        }
    }

    /** The child: base URL, review file, users, iterations per user, think ms, minutes, result file, warm-up. */
    public static void main(String[] args) throws Exception {
        Map<Integer, Long> reviews = new ConcurrentHashMap<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            String[] parts = line.split(" ");
            reviews.put(Integer.parseInt(parts[0]), Long.parseLong(parts[1]));
        }
        BufferedReader answers = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Moments moments = new Moments() {
            @Override
            public void beforeUsersLogIn() throws IOException {
                await("beforeUsersLogIn");
            }

            @Override
            public void everyUserIsIn() throws IOException {
                await("everyUserIsIn");
            }

            private void await(String moment) throws IOException {
                System.out.println(MOMENT + moment);
                System.out.flush();
                if (answers.readLine() == null) {
                    throw new IllegalStateException("the benchmark went away at " + moment);
                }
            }
        };
        Result result = drive(args[0], reviews, Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                Integer.parseInt(args[4]), Double.parseDouble(args[5]), Integer.parseInt(args[7]), moments);
        try (ObjectOutputStream out = new ObjectOutputStream(Files.newOutputStream(Path.of(args[6])))) {
            out.writeObject(result);
        }
        System.exit(0);
    }

    /** The answer sizes of a result, where {@link RequestProfile#printCpu} reads them. */
    static void putAnswerChars(Result result) {
        VaadinHttpClient.RESPONSE_CHARS.clear();
        result.answerChars().forEach((name, c) -> {
            LongAdder total = new LongAdder();
            total.add(c[0]);
            LongAdder count = new LongAdder();
            count.add(c[1]);
            VaadinHttpClient.RESPONSE_CHARS.put(name, new LongAdder[] {total, count});
        });
    }

    private static Map<String, List<Long>> copy(Timings timings) {
        Map<String, List<Long>> copy = new HashMap<>();
        timings.byName.forEach((name, values) -> copy.put(name, new ArrayList<>(values)));
        return copy;
    }

    private HttpLoadClient() {
    }
}
