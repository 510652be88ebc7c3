package nl.gesprekscyclus.test_support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The application in a child JVM, for tests that must do what a test inside the application cannot: kill it
 * hard (SIGKILL, as a power cut or the OOM killer would), run two nodes on one database, restart it on the
 * same database.
 * <p>
 * The child gets the test class path and runs from the repository root, so {@code config/} is read as in
 * production; every setting is passed as a {@code --key=value} argument, which outranks config/application.yml.
 * Its output goes to {@code target/app-process/<name>.log} (appended over restarts, so one file tells the
 * whole story). Readiness: by default an HTTP GET of the login page (permitted without logging in) answering
 * 200; a child that runs no web server (a driver main) can instead be ready when its log shows a line.
 * <pre>{@code
 * try (AppProcess app = AppProcess.named("node-a").h2File(dir).property("gesprekscyclus.demo.round.enabled", "false")
 *         .start()) {
 *     app.get("/login");   // http://localhost:<port>/login
 *     app.kill();          // SIGKILL
 * }
 * }</pre>
 */
public final class AppProcess implements AutoCloseable {

    /** Main class of the application; a test may give its own driver main instead. */
    public static final String APPLICATION = "nl.gesprekscyclus.Application";

    // generous: on an overloaded 2-core machine (load 45) a start took over 5 minutes (15-30 s when it is quiet)
    private static final Duration DEFAULT_START_TIMEOUT = Duration.ofMinutes(10);

    private final Builder settings;
    private final Process process;
    private final int port;
    private final Path log;
    private final long logStart;

    private AppProcess(Builder settings, Process process, int port, Path log, long logStart) {
        this.settings = settings;
        this.process = process;
        this.port = port;
        this.log = log;
        this.logStart = logStart;
    }

    /** Settings for a child named {@code name} (used for its log file). */
    public static Builder named(String name) {
        return new Builder(name);
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public Path log() {
        return log;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** What this child wrote so far (the log file also holds earlier starts of the same name). */
    public String logText() {
        try {
            byte[] all = Files.readAllBytes(log);
            int from = (int) Math.min(logStart, all.length);
            return new String(all, from, all.length - from, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills the child at once: SIGKILL on Linux, no shutdown hooks, no flushing; waits until it is gone. */
    public void kill() {
        process.destroyForcibly();
        waitForExit(Duration.ofSeconds(30));
    }

    /** Stops the child the way an operator would (SIGTERM: Spring closes the engine and the pool); SIGKILL after 30 s. */
    public void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!waitForExit(Duration.ofSeconds(30))) {
            kill();
        }
    }

    /** Waits for the child to end by itself (a driver main that finishes); returns its exit code. */
    public int waitFor(Duration timeout) {
        if (!waitForExit(timeout)) {
            throw new IllegalStateException(settings.name + " still runs after " + timeout + "; log: " + log);
        }
        return process.exitValue();
    }

    /** The same settings started again (same port, same database): a restart after {@link #kill()}. */
    public AppProcess restart() {
        if (process.isAlive()) {
            stop();
        }
        return settings.startOn(port);
    }

    /** A GET from the child's web server; returns the status code and body. */
    public HttpResponse<String> get(String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(30))
                    .GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private boolean waitForExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** A free TCP port on this machine (for a child's web server, or an embedded PostgreSQL). */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What to start; {@link #start()} may be called again for a second child with the same settings. */
    public static final class Builder {

        private final String name;
        private String mainClass = APPLICATION;
        private int port;
        private final List<String> profiles = new ArrayList<>();
        private final Map<String, String> properties = new LinkedHashMap<>();
        private final List<String> jvmArgs = new ArrayList<>(List.of("-Xmx512m", "-XX:TieredStopAtLevel=1"));
        private final List<String> args = new ArrayList<>();
        private String readyLogLine;
        private Duration startTimeout = DEFAULT_START_TIMEOUT;

        private Builder(String name) {
            this.name = name;
            // defaults for a child in a test: no browser, no demo round in the background, no mail server
            property("vaadin.launch-browser", "false");
            property("gesprekscyclus.demo.round.enabled", "false");
            property("gesprekscyclus.mail.enabled", "false");
        }

        /** Another main class on the test class path (a driver that uses the application's services). */
        public Builder mainClass(String mainClass) {
            this.mainClass = mainClass;
            return this;
        }

        /** Web server port; 0 (default) = a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** An H2 file database in {@code dir} (kept over restarts as long as {@code dir} is). */
        public Builder h2File(Path dir) {
            return datasource("jdbc:h2:file:" + dir.toAbsolutePath().resolve("gesprekscyclus"), "sa", "");
        }

        /** Any JDBC database, e.g. an embedded PostgreSQL the test started: {@code pg.getJdbcUrl("postgres", "postgres")}. */
        public Builder datasource(String url, String username, String password) {
            property("spring.datasource.url", url);
            property("spring.datasource.username", username);
            property("spring.datasource.password", password);
            return this;
        }

        public Builder profiles(String... profiles) {
            this.profiles.addAll(List.of(profiles));
            return this;
        }

        /** A Spring property ({@code --key=value}: outranks config/application.yml). */
        public Builder property(String key, String value) {
            properties.put(key, value);
            return this;
        }

        /** Replaces the default JVM options ({@code -Xmx512m -XX:TieredStopAtLevel=1}); system properties go here too. */
        public Builder jvmArgs(String... jvmArgs) {
            this.jvmArgs.clear();
            this.jvmArgs.addAll(List.of(jvmArgs));
            return this;
        }

        /** Extra program arguments after the properties (for a driver main). */
        public Builder args(String... args) {
            this.args.addAll(List.of(args));
            return this;
        }

        /** Ready when the log shows a line containing this text, instead of the login page answering. */
        public Builder readyWhenLogContains(String text) {
            this.readyLogLine = text;
            return this;
        }

        public Builder startTimeout(Duration startTimeout) {
            this.startTimeout = startTimeout;
            return this;
        }

        /** Starts the child and waits until it is ready; fails (and kills it) if it dies or is not ready in time. */
        public AppProcess start() {
            return startOn(port == 0 ? freePort() : port);
        }

        private AppProcess startOn(int chosenPort) {
            try {
                Path root = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
                Path dir = Files.createDirectories(root.resolve("target/app-process"));
                Path log = dir.resolve(name + ".log");
                // the class path goes through an argument file: on Linux one argument may not exceed 128 kB
                Path argFile = dir.resolve(name + ".classpath");
                Files.writeString(argFile, "-cp \"" + System.getProperty("java.class.path").replace("\\", "\\\\") + "\"");

                List<String> command = new ArrayList<>();
                command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
                command.addAll(jvmArgs);
                command.add("@" + argFile);
                command.add(mainClass);
                command.add("--server.port=" + chosenPort);
                if (!profiles.isEmpty()) {
                    command.add("--spring.profiles.active=" + String.join(",", profiles));
                }
                properties.forEach((key, value) -> command.add("--" + key + "=" + value));
                command.addAll(args);

                Files.writeString(log, "\n===== " + java.time.Instant.now() + " start " + name + " on port " + chosenPort
                        + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.APPEND);
                long logStart = Files.size(log);
                Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
                // a test JVM that ends (or is stopped) without closing its child must not leave an application behind
                Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "stop " + name));
                AppProcess app = new AppProcess(this, process, chosenPort, log, logStart);
                BooleanSupplier ready = readyLogLine != null ? () -> app.logText().contains(readyLogLine)
                        : () -> loginPageAnswers(app);
                awaitReady(app, ready);
                return app;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void awaitReady(AppProcess app, BooleanSupplier ready) {
            long deadline = System.nanoTime() + startTimeout.toNanos();
            while (System.nanoTime() < deadline) {
                if (ready.getAsBoolean()) {
                    return;
                }
                if (!app.isAlive()) {
                    throw new IllegalStateException(name + " ended with exit code " + app.process.exitValue()
                            + " before it was ready; log: " + app.log);
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    app.kill();
                    throw new IllegalStateException(e);
                }
            }
            app.kill();
            throw new IllegalStateException(name + " was not ready within " + startTimeout + "; log: " + app.log);
        }

        private static boolean loginPageAnswers(AppProcess app) {
            try {
                return app.get("/login").statusCode() == 200;
            } catch (RuntimeException notYet) {
                return false; // connection refused while the context starts
            }
        }
    }
}
