package nl.gesprekscyclus.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.gesprekscyclus.Application;
import nl.gesprekscyclus.round.RoundSelection;
import nl.gesprekscyclus.round.RoundService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Round start benchmark (not a test): starts a round for N generated employees on H2 (file) and on a durable
 * PostgreSQL (fsync on), and measures the time until every review waits at its first task. Baseline, measured
 * in the same run on the same database: plain JDBC batch inserts of as many rows as the engine and our tables
 * wrote per review — the physical floor. Run: {@code ./mvnw -Pbench verify} (sizes: -Dbench.sizes=1000,10000).
 */
public final class RoundStartBenchmark {

    static final int YEAR = LocalDate.now().getYear() + 1;

    record Result(String database, int reviews, double startCallMs, double seconds, double reviewsPerSecond,
            double rowsPerReview, double floorSeconds) {
        double ratio() {
            return seconds / floorSeconds;
        }
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = java.util.Arrays.stream(System.getProperty("bench.sizes", "1000,10000").split(","))
                .map(String::strip).map(Integer::parseInt).toList();
        List<String> databases = List.of(System.getProperty("bench.databases", "h2,postgres").split(","));
        Path out = Path.of("target/bench");
        Files.createDirectories(out);
        List<Result> results = new ArrayList<>();
        EmbeddedPostgres postgres = null;
        try {
            for (String database : databases) {
                for (int size : sizes) {
                    String url;
                    if (database.equals("postgres")) {
                        if (postgres == null) {
                            // zonky starts PostgreSQL with fsync and synchronous_commit off: wrong for a benchmark
                            postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "on")
                                    .setServerConfig("synchronous_commit", "on").start();
                        }
                        try (Connection c = postgres.getPostgresDatabase().getConnection();
                                Statement s = c.createStatement()) {
                            s.execute("create database bench_" + size);
                        }
                        url = postgres.getJdbcUrl("postgres", "bench_" + size);
                    } else {
                        Path dir = out.resolve("h2-" + size);
                        deleteTree(dir);
                        url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("db");
                    }
                    results.add(run(database, url, size));
                    print(results);
                }
            }
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
        writeJson(out.resolve("round-start.json"), results);
        print(results);
        System.exit(0);
    }

    static Result run(String database, String url, int size) throws Exception {
        System.out.printf("%n=== %s, %,d employees ===%n", database, size);
        // command-line arguments: they outrank config/application.yml (default properties would not)
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.profiles.active=bench",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + (database.equals("postgres") ? "postgres" : "sa"),
                "--spring.datasource.password=",
                "--server.port=0",
                "--logging.level.org.camunda=warn",
                "--logging.level.nl.gesprekscyclus=warn"));
        // extra settings to compare, e.g. -Dbench.args=--camunda.bpm.job-execution.core-pool-size=4
        String extra = System.getProperty("bench.args", "");
        if (!extra.isBlank()) {
            arguments.addAll(List.of(extra.strip().split("\\s+")));
        }
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run(arguments.toArray(String[]::new));
        try {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            generateOrganisation(jdbc, size);
            loginAsHr(app, jdbc);
            RoundService rounds = app.getBean(RoundService.class);

            // warm-up: last year's round for 200 people (JIT, caches, connection pool)
            Set<String> warmUp = IntStream.range(1, 201).mapToObj(RoundStartBenchmark::number).collect(Collectors.toSet());
            rounds.startRound(rounds.defaultCalendar(YEAR - 1), new RoundSelection(Set.of(), warmUp));
            waitForTasks(jdbc, 200, YEAR - 1);
            long rowsBefore = countRows(jdbc);

            long t0 = System.nanoTime();
            rounds.startRound(rounds.defaultCalendar(YEAR), RoundSelection.everyone());
            double startCallMs = (System.nanoTime() - t0) / 1e6;
            int expected = size + 1;
            waitForTasks(jdbc, expected, YEAR);
            double seconds = (System.nanoTime() - t0) / 1e9;
            long rows = countRows(jdbc) - rowsBefore;
            double rowsPerReview = (double) rows / expected;
            double floor = floor(jdbc, (int) Math.round(rowsPerReview * expected));
            Result result = new Result(database, expected, startCallMs, seconds, expected / seconds, rowsPerReview,
                    floor);
            System.out.printf(Locale.ROOT, "%s %,d reviews: %.1f s, %.0f reviews/s, %.1f rows/review, floor %.1f s%n",
                    database, expected, seconds, result.reviewsPerSecond(), rowsPerReview, floor);
            return result;
        } finally {
            app.close();
        }
    }

    static void generateOrganisation(JdbcTemplate jdbc, int size) {
        Long cluster = jdbc.queryForObject("select min(id) from cluster", Long.class);
        List<String> titles = List.of("beleidsadviseur", "adviseur", "regisseur-adviseur", "senior-ondersteuner", "beheerder",
                        "ondersteuner", "strategisch-beleidsadviseur", "senior-beheerder");
        jdbc.update("insert into employee (personnel_number, first_name, last_name, email, job_title_code, cluster_id,"
                + " coordination_module, start_date, active) values ('B000000', 'Directeur', 'Bench', 'dir@bench.nl',"
                + " 'gemeentesecretaris', ?, true, '2000-01-01', true)", cluster);
        Long manager = jdbc.queryForObject("select id from employee where personnel_number = 'B000000'", Long.class);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            rows.add(new Object[] {number(i), "Medewerker", "Nummer " + i, "m" + i + "@bench.nl",
                    titles.get(i % titles.size()), cluster, manager});
        }
        jdbc.batchUpdate("insert into employee (personnel_number, first_name, last_name, email, job_title_code,"
                + " cluster_id, manager_id, coordination_module, start_date, active)"
                + " values (?, ?, ?, ?, ?, ?, ?, false, '2015-01-01', true)", rows);
        // a coordinator for every tenth employee, so both paths of the model are taken
        jdbc.update("update employee set coordinator_id = ? where mod(id, 10) = 0 and id <> ?", manager, manager);
    }

    static String number(int i) {
        return String.format("B%06d", i);
    }

    static void loginAsHr(ConfigurableApplicationContext app, JdbcTemplate jdbc) {
        jdbc.update("insert into user_account (username, password_hash, extra_roles, enabled) values"
                + " ('bench-hr', null, 'HR', true)");
        UserDetails hr = app.getBean(UserDetailsService.class).loadUserByUsername("bench-hr");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(hr, null, hr.getAuthorities()));
    }

    static void waitForTasks(JdbcTemplate jdbc, int expected, int year) throws InterruptedException {
        long last = -1;
        long lastChange = System.nanoTime();
        while (true) {
            Long waiting = jdbc.queryForObject("select count(*) from act_ru_task t join act_ru_execution e"
                    + " on e.id_ = t.proc_inst_id_ where t.task_def_key_ = 'draftAgreements'"
                    + " and e.business_key_ like ?", Long.class, year + "/%");
            if (waiting >= expected) {
                return;
            }
            if (waiting != last) {
                last = waiting;
                lastChange = System.nanoTime();
            } else if (System.nanoTime() - lastChange > 120e9) {
                throw new IllegalStateException("no progress for 2 minutes at " + waiting + " of " + expected);
            }
            Thread.sleep(100);
        }
    }

    /** Rows in every table (engine and ours): what a round start writes, to size the floor. */
    static long countRows(JdbcTemplate jdbc) {
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables where"
                + " lower(table_schema) = 'public' and lower(table_type) in ('table', 'base table')", String.class);
        long total = 0;
        for (String table : tables) {
            total += jdbc.queryForObject("select count(*) from \"" + table + "\"", Long.class);
        }
        return total;
    }

    /** The physical floor: the same number of rows, inserted with plain JDBC batches of 1,000 per commit. */
    static double floor(JdbcTemplate jdbc, int rows) throws SQLException {
        jdbc.execute("create table bench_floor (id bigint primary key, a varchar(64), b varchar(255), c bigint,"
                + " d timestamp)");
        try (Connection c = jdbc.getDataSource().getConnection()) {
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement("insert into bench_floor values (?, ?, ?, ?, ?)")) {
                for (int i = 0; i < rows; i++) {
                    ps.setLong(1, i);
                    ps.setString(2, "a-" + i);
                    ps.setString(3, "some text of a typical variable or history row " + i);
                    ps.setLong(4, i * 7L);
                    ps.setTimestamp(5, new java.sql.Timestamp(System.currentTimeMillis()));
                    ps.addBatch();
                    if (i % 1000 == 999) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
                ps.executeBatch();
                c.commit();
            }
            return (System.nanoTime() - t0) / 1e9;
        }
    }

    static void print(List<Result> results) {
        System.out.println();
        System.out.println("| database | reviews | start call (ms) | all waiting (s) | reviews/s | rows/review | floor (s) | ratio to floor |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "| %s | %,d | %.0f | %.1f | %.0f | %.1f | %.2f | %.1f |%n", r.database(),
                    r.reviews(), r.startCallMs(), r.seconds(), r.reviewsPerSecond(), r.rowsPerReview(),
                    r.floorSeconds(), r.ratio());
        }
    }

    static void writeJson(Path file, List<Result> results) throws IOException {
        String json = results.stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("database", r.database());
            m.put("reviews", r.reviews());
            m.put("startCallMs", round(r.startCallMs()));
            m.put("seconds", round(r.seconds()));
            m.put("reviewsPerSecond", round(r.reviewsPerSecond()));
            m.put("rowsPerReview", round(r.rowsPerReview()));
            m.put("floorSeconds", round(r.floorSeconds()));
            m.put("ratioToFloor", round(r.ratio()));
            return m.entrySet().stream().map(e -> "\"" + e.getKey() + "\": " + (e.getValue() instanceof String
                    ? "\"" + e.getValue() + "\"" : e.getValue())).collect(Collectors.joining(", ", "  {", "}"));
        }).collect(Collectors.joining(",\n", "[\n", "\n]\n"));
        Files.writeString(file, json);
        System.out.println("Wrote " + file);
    }

    static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private RoundStartBenchmark() {
    }
}
