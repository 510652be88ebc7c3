package nl.gesprekscyclus.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import nl.gesprekscyclus.Application;
import nl.gesprekscyclus.round.RoundSelection;
import nl.gesprekscyclus.round.RoundService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Concurrent users over HTTP on loopback (issue 7, benchmark 3): N simulated employees, each speaking Vaadin's
 * protocol through {@link VaadinHttpClient} (no browser), log in, open "Mijn gesprekscyclus", open their
 * review, add a result agreement in the dialog, submit the drafts (the confirmation dialog completes the
 * engine task) and log out, with think times between the steps, for the given minutes. A round can only be
 * started for next year, so each simulated user works through a list of employees (each with a review waiting
 * at "Afspraken opstellen"): every iteration logs in as the next one and has a fresh task to complete.
 * <p>
 * Reports p50 / p95 / p99 per kind of request, errors, heap per session (heap after GC with every user logged
 * in and on their review, minus the heap before, divided by the users) and the process CPU. The load client runs
 * in a JVM of its own ({@link HttpLoadClient}; {@code -Dbench.client=inside} puts it in the server's JVM, as issue 7
 * measured), so CPU and memory are the server's; both share the 2 cores. Baseline in the same run: the same requests by one user alone
 * before the load starts, so the ratio shows what the concurrency costs on this machine. Afterwards the
 * database is checked: every agreement a user saw saved is there, every submit the user saw completed its task.
 * <p>
 * Run: {@code ./mvnw -Pbench verify -Dbench.main=nl.gesprekscyclus.bench.HttpLoadBenchmark}
 * (-Dbench.users=200 -Dbench.minutes=10 -Dbench.database=postgres|h2 -Dbench.iterations=20 -Dbench.think=5000).
 */
public final class HttpLoadBenchmark {

    static final String PASSWORD = "Lastproef-2026!";
    static final String AGREEMENT = "Lastproef afspraak";

    record Figure(String request, long count, double p50, double p95, double p99, double max) {
    }

    public static void main(String[] args) throws Exception {
        int users = Integer.getInteger("bench.users", 200);
        double minutes = Double.parseDouble(System.getProperty("bench.minutes", "10"));
        int perUser = Integer.getInteger("bench.iterations", 20);
        int think = Integer.getInteger("bench.think", 5000);
        // iterations of one user alone before anything is measured, so the JIT has compiled what the load runs: a
        // server that runs for days pays its compilation once (issue 21, item 2: in a 4-minute run without it the
        // JIT compiler threads took 37 % of the server's CPU)
        int warmup = Integer.getInteger("bench.warmup", 100);
        String database = System.getProperty("bench.database", "postgres");
        Path out = Path.of("target/bench");
        Files.createDirectories(out);
        EmbeddedPostgres postgres = null;
        String url;
        if (database.equals("postgres")) {
            // zonky turns fsync off by default: wrong for a benchmark of a system that keeps personnel files
            postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on").setServerConfig("max_connections", "100").start();
            url = postgres.getJdbcUrl("postgres", "postgres");
        } else {
            Path dir = out.resolve("h2-http-load");
            RoundStartBenchmark.deleteTree(dir);
            url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("db");
        }
        // RequestProfile: the server's CPU per kind of request, and the request spans for the JFR profile
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class, RequestProfile.class).run(
                "--spring.profiles.active=bench",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + (database.equals("postgres") ? "postgres" : "sa"),
                "--spring.datasource.password=",
                "--server.port=0", "--vaadin.launch-browser=false",
                "--gesprekscyclus.mail.enabled=false",
                "--logging.level.org.camunda=warn", "--logging.level.nl.gesprekscyclus=warn");
        int exit = 0;
        try {
            int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            String base = "http://localhost:" + port;
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            memory("started (no user yet)");
            Map<Integer, Long> reviews = prepare(app, jdbc, (users + 1) * perUser + warmup);
            memory("reviews prepared");

            // the server's side of the run; the load client calls it at these two moments
            boolean profile = Boolean.parseBoolean(System.getProperty("bench.profile", "true"));
            ServerSide server = new ServerSide(users, profile, out.resolve("http-load.jfr"));
            boolean inside = System.getProperty("bench.client", "process").equals("inside");
            System.out.println(inside ? "load client: inside the server's JVM (as issue 7 measured)"
                    : "load client: a JVM of its own; the figures of CPU and memory below are the server's alone");
            HttpLoadClient.Result result = inside
                    ? HttpLoadClient.drive(base, reviews, users, perUser, think, minutes, warmup, server)
                    : HttpLoadClient.driveInChild(base, reviews, users, perUser, think, minutes, warmup, server, out);
            server.stop();
            memory("after the run");
            usedHeapAfterGc();
            memory("after the run and a full GC");
            nativeMemory();

            int saved = result.saved();
            int submitted = result.submitted();
            int iterations = result.iterations();
            Integer savedInDb = jdbc.queryForObject("select count(*) from result_agreement where description like ?",
                    Integer.class, AGREEMENT + "%");
            Integer completedInDb = jdbc.queryForObject("select count(*) from act_hi_taskinst where task_def_key_ ="
                    + " 'draftAgreements' and end_time_ is not null and assignee_ like 'B%'", Integer.class);
            // every submit a user saw go through, one by one: its review's first task is completed in the engine
            List<String> lost = new ArrayList<>();
            for (int employee : result.submittedEmployees()) {
                Integer done = jdbc.queryForObject("select count(*) from act_hi_taskinst where task_def_key_ ="
                        + " 'draftAgreements' and end_time_ is not null and assignee_ = ?", Integer.class,
                        RoundStartBenchmark.number(employee));
                if (done == null || done == 0) {
                    lost.add(RoundStartBenchmark.number(employee));
                }
            }
            System.out.printf(Locale.ROOT, "submits seen by users but not completed in the engine: %d %s%n",
                    lost.size(), lost.size() > 20 ? lost.subList(0, 20) + "…" : lost);
            List<String> errors = result.errors();
            Timings baseline = Timings.of(result.baseline());
            Timings load = Timings.of(result.load());
            double seconds = server.seconds;
            long processCpu = server.processCpu;
            print(baseline, load, seconds, users, iterations, saved, savedInDb, submitted,
                    completedInDb, server.heapPerSessionKb, server.cpu, errors);
            // issue 21, item 2: the JVM's CPU per iteration (server and load client, as issue 7 measured it) and the
            // server threads' share of it
            System.out.printf(Locale.ROOT, "CPU per iteration: JVM (%s) %.3f s; server threads handling the requests"
                    + " %.3f s (%d iterations, JVM CPU %.1f s in %.0f s)%s%n",
                    inside ? "server and load client" : "the server alone",
                    processCpu / 1e9 / Math.max(1, iterations), RequestProfile.serverCpu() / 1e9 / Math.max(1, iterations),
                    iterations, processCpu / 1e9, seconds, inside ? "" : String.format(Locale.ROOT,
                            "; the load client's JVM: %.3f s", result.clientCpuNanos() / 1e9 / Math.max(1, iterations)));
            HttpLoadClient.putAnswerChars(result);
            RequestProfile.printCpu(iterations);
            server.threads.print(iterations, processCpu);
            if (profile) {
                RequestProfile.printProfile(server.jfr, Integer.getInteger("bench.top", 12));
            }
            writeJson(out.resolve("http-load.json"), baseline, load, database, users, minutes, seconds,
                    iterations, saved, savedInDb, submitted, completedInDb, server.heapPerSessionKb, server.cpu,
                    errors.size());
        } catch (Exception e) {
            e.printStackTrace();
            exit = 1;
        } finally {
            app.close();
            if (postgres != null) {
                postgres.close();
            }
        }
        System.exit(exit);
    }

    /**
     * Employees B000001… with accounts l000001… (login names are stored in lower case since the login's spelling
     * was made forgiving; "L000001" logs in too), each with a review waiting at "Afspraken opstellen".
     */
    static Map<Integer, Long> prepare(ConfigurableApplicationContext app, JdbcTemplate jdbc, int employees)
            throws InterruptedException {
        RoundStartBenchmark.generateOrganisation(jdbc, employees);
        String hash = app.getBean(PasswordEncoder.class).encode(PASSWORD);
        jdbc.update("insert into user_account (username, password_hash, employee_id, extra_roles, enabled)"
                + " select 'l' || substring(personnel_number, 2), ?, id, '', true from employee"
                + " where personnel_number like 'B%' and personnel_number <> 'B000000'", hash);
        RoundStartBenchmark.loginAsHr(app, jdbc);
        RoundService rounds = app.getBean(RoundService.class);
        int year = LocalDate.now().getYear() + 1;
        long t0 = System.nanoTime();
        rounds.startRound(rounds.defaultCalendar(year), RoundSelection.everyone());
        // every employee; the director (the top of the line) is not in the cycle under Ommen's policy
        RoundStartBenchmark.waitForTasks(jdbc, employees, year);
        System.out.printf(Locale.ROOT, "prepared %,d reviews in %.0f s%n", employees,
                (System.nanoTime() - t0) / 1e9);
        Map<Integer, Long> reviews = new ConcurrentHashMap<>();
        jdbc.query("select e.personnel_number, r.id from review r join employee e on e.id = r.employee_id"
                + " where e.personnel_number like 'B%' and e.personnel_number <> 'B000000' and r.review_year = ?",
                rs -> {
                    reviews.put(Integer.parseInt(rs.getString(1).substring(1)), rs.getLong(2));
                }, year);
        return reviews;
    }

    /**
     * What the server's JVM measures around the load: the heap before the users log in and once all are in (heap
     * per session), then from the start of the load its CPU, the server threads' CPU per kind of request and the
     * JFR recording.
     */
    static final class ServerSide implements HttpLoadClient.Moments {
        final int users;
        final boolean profile;
        final Path jfr;
        final CpuSampler cpu = new CpuSampler();
        long heapBefore;
        double heapPerSessionKb;
        jdk.jfr.Recording recording;
        ThreadCpu threads;
        long t0;
        long processCpu0;
        long processCpu;
        double seconds;

        ServerSide(int users, boolean profile, Path jfr) {
            this.users = users;
            this.profile = profile;
            this.jfr = jfr;
        }

        @Override
        public void beforeUsersLogIn() throws InterruptedException {
            heapBefore = usedHeapAfterGc();
        }

        @Override
        public void everyUserIsIn() throws InterruptedException {
            long heapWithSessions = usedHeapAfterGc();
            heapPerSessionKb = (heapWithSessions - heapBefore) / 1024.0 / users;
            memory(users + " users logged in and on their review");
            System.out.printf(Locale.ROOT, "%d users logged in and on their review; heap %.0f MB -> %.0f MB, %.0f KB"
                    + " per session%n", users, heapBefore / 1e6, heapWithSessions / 1e6, heapPerSessionKb);
            RequestProfile.resetCpu();
            recording = profile ? RequestProfile.startRecording() : null;
            t0 = System.nanoTime();
            processCpu0 = CpuTime.application();
            threads = ThreadCpu.start();
            cpu.start();
        }

        void stop() throws java.io.IOException {
            cpu.stop();
            processCpu = CpuTime.application() - processCpu0;
            threads.stop();
            seconds = (System.nanoTime() - t0) / 1e9;
            if (recording != null) {
                recording.stop();
                recording.dump(jfr);
                recording.close();
            }
        }
    }

    /** One employee clicking through the screens. */
    static final class VirtualUser {
        final String base;
        final int number;
        final List<Integer> employees = new ArrayList<>();
        final Map<Integer, Long> reviews;
        final Timings timings;
        final int think;
        VaadinHttpClient client;
        int next;
        int saved;
        int submitted;
        /** The employees whose submit this user saw go through: each must have its task completed in the engine. */
        final List<Integer> submittedEmployees = new ArrayList<>();
        int iterations;

        /** Works through employees number+1, number+1+stride, … (stride = the number of simulated users + 1). */
        VirtualUser(String base, int number, int stride, int count, Map<Integer, Long> reviews, Timings timings,
                int think) {
            this.base = base;
            this.number = number;
            for (int i = 0; i < count; i++) {
                employees.add(number + 1 + i * stride);
            }
            this.reviews = reviews;
            this.timings = timings;
            this.think = think;
        }

        void run(CountDownLatch allIn, CountDownLatch go, long duration) {
            boolean ready = false;
            try {
                logInAndOpenReview();
                ready = true;
            } catch (Exception e) {
                timings.error("log in and open", e);
            } finally {
                allIn.countDown();
            }
            long deadline;
            try {
                go.await();
                deadline = System.nanoTime() + duration;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            while (System.nanoTime() < deadline && next < employees.size()) {
                try {
                    if (!ready) {
                        logInAndOpenReview();
                    }
                    pause();
                    addAgreementAndSubmit();
                    pause();
                    logOut();
                    iterations++;
                    ready = false;
                    pause();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (Exception e) {
                    timings.error("iteration", e);
                    next++; // do not retry the same review forever
                    ready = false;
                }
            }
        }

        void logInAndOpenReview() throws Exception {
            client = new VaadinHttpClient(base, timings::add);
            int employee = employees.get(next);
            client.logIn(String.format("L%06d", employee), PASSWORD);
            client.open("mijn-gesprekscyclus");
            check(client.byId("my-reviews-current-heading").isPresent(), "Mijn gesprekscyclus not shown");
            pause();
            client.open("gesprek/" + reviews.get(employee));
            check(client.byId("review-add-agreement").isPresent(), "no drafting step for employee " + employee);
        }

        void addAgreementAndSubmit() throws Exception {
            client.click(client.byId("review-add-agreement").orElseThrow(), "open agreement dialog");
            String text = AGREEMENT + " " + number + "-" + next;
            client.setValue(client.byLabel("Resultaatgebied").orElseThrow(), "1");
            client.setValue(client.byLabel("Wat wilt u bereiken?").orElseThrow(), text);
            client.setValue(client.byLabel("Criterium").orElseThrow(), "Meetbaar: elk kwartaal gerapporteerd");
            client.setValue(client.byLabel("Deadline").orElseThrow(),
                    LocalDate.now().plusMonths(6).toString());
            client.setValue(client.byLabel("Gewicht").orElseThrow(), "100");
            client.click(client.byTagAndText("vaadin-button", "Opslaan").orElseThrow(), "save agreement");
            check(client.byTag("vaadin-dialog").isEmpty() && client.pageText().contains(text),
                    "agreement not saved: " + text);
            saved++;
            pause();
            client.click(client.byId("review-submit").orElseThrow(), "submit (confirm dialog)");
            client.confirm(client.byTag("vaadin-confirm-dialog").orElseThrow(), "confirm: complete task");
            // the submit button gone and no error screen: the user believes the drafts went to the manager
            check(client.byId("review-submit").isEmpty() && client.byId("server-error").isEmpty(),
                    "drafts not submitted by employee " + employees.get(next));
            submitted++;
            submittedEmployees.add(employees.get(next));
            next++;
        }

        void logOut() throws Exception {
            // a log out that ends nothing would leave every iteration's session in the server's heap
            check(client.logOut(client.byTagAndText("vaadin-button", "Uitloggen").orElseThrow(), "log out"),
                    "log out did not end the session of employee " + employees.get(next - 1));
        }

        private void pause() throws InterruptedException {
            if (think > 0) {
                Thread.sleep(ThreadLocalRandom.current().nextInt(think * 2 / 5, think * 8 / 5));
            }
        }

        private static void check(boolean condition, String message) {
            if (!condition) {
                throw new IllegalStateException(message);
            }
        }
    }

    /** Durations per request name, and errors. */
    static final class Timings {
        final Map<String, ConcurrentLinkedQueue<Long>> byName = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();

        /** Timings of a result from the load client's JVM (errors are reported from the result itself). */
        static Timings of(Map<String, List<Long>> durations) {
            Timings timings = new Timings();
            durations.forEach((name, values) -> timings.byName.put(name, new ConcurrentLinkedQueue<>(values)));
            return timings;
        }

        void add(String name, long nanos) {
            byName.computeIfAbsent(name, n -> new ConcurrentLinkedQueue<>()).add(nanos);
        }

        void error(String where, Exception e) {
            errors.add(where + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }

        List<Figure> figures() {
            List<Figure> figures = new ArrayList<>();
            List<Long> all = new ArrayList<>();
            byName.forEach((name, values) -> {
                all.addAll(values);
                figures.add(figure(name, values));
            });
            figures.sort((a, b) -> a.request().compareTo(b.request()));
            figures.add(figure("all requests", all));
            return figures;
        }

        private static Figure figure(String name, java.util.Collection<Long> values) {
            long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
            return new Figure(name, sorted.length, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
                    sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        }

        private static double pct(long[] sorted, int p) {
            if (sorted.length == 0) {
                return 0;
            }
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
        }
    }

    /** Process CPU (all cores = 100 %) once a second while the load runs. */
    static final class CpuSampler {
        private final List<Double> samples = new ArrayList<>();
        private volatile boolean running;
        private Thread thread;

        void start() {
            running = true;
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            thread = new Thread(() -> {
                while (running) {
                    double load = os.getProcessCpuLoad();
                    if (load >= 0) {
                        synchronized (samples) {
                            samples.add(load * 100);
                        }
                    }
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "cpu-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() {
            running = false;
        }

        double average() {
            synchronized (samples) {
                return samples.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            }
        }

        double max() {
            synchronized (samples) {
                return samples.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            }
        }
    }

    /**
     * The process's resident memory (what the operating system gives this JVM: heap, metaspace, code, threads,
     * the load client's threads included) and the heap in use, from /proc on Linux (issue 21, item 7).
     */
    static void memory(String moment) {
        String rss = "?";
        try {
            rss = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> String.valueOf(Long.parseLong(l.replaceAll("\\D", "")) / 1024)).findFirst().orElse("?");
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux: the heap figure alone
        }
        java.lang.management.MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        System.out.printf(Locale.ROOT, "memory %s: resident %s MB, heap used %.0f MB of %.0f MB committed%n", moment,
                rss, heap.getUsed() / 1e6, heap.getCommitted() / 1e6);
    }

    /**
     * Where the resident memory goes outside the heap, when the JVM runs with -XX:NativeMemoryTracking=summary
     * (the same as {@code jcmd <pid> VM.native_memory summary}); nothing otherwise.
     */
    static void nativeMemory() {
        try {
            Object text = ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "vmNativeMemory",
                    new Object[] {new String[] {"summary"}}, new String[] {String[].class.getName()});
            String summary = String.valueOf(text);
            if (summary.contains("not enabled")) {
                return;
            }
            System.out.println("native memory (committed), -XX:NativeMemoryTracking=summary:");
            summary.lines().filter(l -> l.startsWith("Total") || l.matches("^-\\s+\\S.*\\(reserved=.*"))
                    .forEach(l -> System.out.println("  " + l.trim()));
        } catch (javax.management.JMException | RuntimeException e) {
            System.out.println("native memory: " + e.getMessage());
        }
    }

    static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static void print(Timings baseline, Timings load, double seconds, int users, int iterations, int saved,
            Integer savedInDb, int submitted, Integer completedInDb, double heapPerSessionKb, CpuSampler cpu,
            List<String> errors) {
        Map<String, Figure> alone = baseline.figures().stream().collect(Collectors.toMap(Figure::request, f -> f));
        System.out.println();
        System.out.printf(Locale.ROOT, "HTTP load: %d users for %.0f s, %d iterations (log in, open, save, submit,"
                + " log out)%n", users, seconds, iterations);
        System.out.println("| request | n | p50 ms | p95 ms | p99 ms | max ms | alone p50 ms | p95 / alone |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (Figure f : load.figures()) {
            Figure a = alone.get(f.request());
            System.out.printf(Locale.ROOT, "| %s | %,d | %.0f | %.0f | %.0f | %.0f | %s | %s |%n", f.request(), f.count(),
                    f.p50(), f.p95(), f.p99(), f.max(), a == null ? "" : String.format(Locale.ROOT, "%.0f", a.p50()),
                    a == null || a.p50() == 0 ? "" : String.format(Locale.ROOT, "%.1f", f.p95() / a.p50()));
        }
        System.out.printf(Locale.ROOT, "agreements saved: %d seen by users, %d in the database; tasks completed: %d"
                + " seen by users, %d in the engine%n", saved, savedInDb, submitted, completedInDb);
        System.out.printf(Locale.ROOT, "errors: %d; heap per session: %.0f KB; process CPU: average %.0f %%, max %.0f %%"
                + " (of %d cores); load average now %.1f%n", errors.size(), heapPerSessionKb, cpu.average(), cpu.max(),
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
        errors.stream().collect(Collectors.groupingBy(e -> e.replaceAll("\\d+", "#"), Collectors.counting()))
                .forEach((kind, count) -> System.out.println("  " + count + " x " + kind));
    }

    static void writeJson(Path file, Timings baseline, Timings load, String database, int users, double minutes,
            double seconds, int iterations, int saved, Integer savedInDb, int submitted, Integer completedInDb,
            double heapPerSessionKb, CpuSampler cpu, int errors) throws java.io.IOException {
        StringBuilder json = new StringBuilder("{\n");
        json.append(String.format(Locale.ROOT, "  \"benchmark\": \"http-load\", \"database\": \"%s\", \"users\": %d,"
                + " \"minutes\": %.1f, \"seconds\": %.1f, \"iterations\": %d, \"savedSeen\": %d, \"savedInDb\": %d,"
                + " \"submittedSeen\": %d, \"completedInEngine\": %d, \"errors\": %d, \"heapPerSessionKb\": %.0f,"
                + " \"cpuAveragePercent\": %.0f, \"cpuMaxPercent\": %.0f,%n", database, users, minutes, seconds,
                iterations, saved, savedInDb, submitted, completedInDb, errors, heapPerSessionKb, cpu.average(),
                cpu.max()));
        json.append("  \"baseline\": ").append(figuresJson(baseline)).append(",\n");
        json.append("  \"load\": ").append(figuresJson(load)).append("\n}\n");
        Files.writeString(file, json.toString());
        System.out.println("written " + file);
    }

    private static String figuresJson(Timings timings) {
        return timings.figures().stream().map(f -> String.format(Locale.ROOT,
                        "{\"request\": \"%s\", \"n\": %d, \"p50\": %.1f, \"p95\": %.1f, \"p99\": %.1f, \"max\": %.1f}",
                        f.request(), f.count(), f.p50(), f.p95(), f.p99(), f.max()))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private HttpLoadBenchmark() {
    }
}
