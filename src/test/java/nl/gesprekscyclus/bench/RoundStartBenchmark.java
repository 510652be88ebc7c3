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
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
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
 * wrote per review — the physical floor. Run: {@code ./mvnw -Pbench verify} (sizes: -Dbench.sizes=1000,5000,15000, the default).
 */
public final class RoundStartBenchmark {

    static final int YEAR = LocalDate.now().getYear() + 1;

    record Result(String database, int reviews, double startCallMs, double seconds, double reviewsPerSecond,
            double rowsPerReview, double floorSeconds, double commitsPerReview, Map<String, Writes> writes,
            String settings, double appCpuMsPerReview, double dbCpuMsPerReview) {
        double ratio() {
            return seconds / floorSeconds;
        }

        double floorReviewsPerSecond() {
            return reviews / floorSeconds;
        }
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = java.util.Arrays.stream(System.getProperty("bench.sizes", "1000,5000,15000").split(","))
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
                        // -Dbench.pgjdbc=reWriteBatchedInserts=true: driver settings to compare (joined with '&')
                        String driverSettings = System.getProperty("bench.pgjdbc", "");
                        url = postgres.getJdbcUrl("postgres", "bench_" + size)
                                + (driverSettings.isBlank() ? "" : "&" + driverSettings.strip());
                    } else {
                        Path dir = out.resolve("h2-" + size + System.getProperty("bench.label", ""));
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
        // -Dbench.label=x: round-start-x.json, to keep the results of runs with different settings apart
        String label = System.getProperty("bench.label", "");
        writeJson(out.resolve("round-start" + (label.isEmpty() ? "" : "-" + label) + ".json"), results);
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
                "--logging.level.nl.gesprekscyclus=warn",
                // the round start writes the mails into the outbox either way; with no mail server here, a sender
                // retrying every mail in the background would only take CPU from what is measured
                "--gesprekscyclus.mail.enabled=false"));
        // extra settings to compare, e.g. -Dbench.args=--camunda.bpm.job-execution.core-pool-size=4
        String extra = System.getProperty("bench.args", "");
        if (!extra.isBlank()) {
            arguments.addAll(List.of(extra.strip().split("\\s+")));
        }
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run(arguments.toArray(String[]::new));
        try {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            // -Dbench.sql="statement; statement": run before the organisation is generated, to compare e.g. an index
            for (String statement : System.getProperty("bench.sql", "").split(";")) {
                if (!statement.isBlank()) {
                    jdbc.execute(statement.strip());
                }
            }
            generateOrganisation(jdbc, size);
            loginAsHr(app, jdbc);
            RoundService rounds = app.getBean(RoundService.class);

            // -Dbench.jobLocks=true: how long each job holds its lock, the warm-up (a cold JVM, as the first jobs after
            // a restart) and the round apart (docs/faults.md, "Job lock time"). Off by default: its polling of the
            // job table is work of its own, which the other figures should not carry
            long lockTime = ((ProcessEngineConfigurationImpl) app.getBean(ProcessEngine.class)
                    .getProcessEngineConfiguration()).getJobExecutor().getLockTimeInMillis();
            JobLocks coldLocks = JobLocks.watchIfAsked(jdbc, lockTime);
            // warm-up: last year's round for 200 people (JIT, caches, connection pool)
            Set<String> warmUp = IntStream.range(1, 201).mapToObj(RoundStartBenchmark::number).collect(Collectors.toSet());
            rounds.startRound(rounds.defaultCalendar(YEAR - 1), new RoundSelection(Set.of(), warmUp));
            waitForTasks(jdbc, 200, YEAR - 1);
            JobLocks.print(coldLocks, database + " warm-up (cold JVM), 200 reviews");
            boolean postgres = database.equals("postgres");
            letStatisticsSettle(postgres);
            Map<String, Writes> before = tableStats(jdbc, postgres);
            long commitsBefore = postgres ? commits(jdbc) : 0;
            long dbCpuBefore = postgres ? CpuTime.database(jdbc) : 0;
            long appCpuBefore = CpuTime.application();

            JobLocks locks = JobLocks.watchIfAsked(jdbc, lockTime);
            long t0 = System.nanoTime();
            rounds.startRound(rounds.defaultCalendar(YEAR), RoundSelection.everyone());
            double startCallMs = (System.nanoTime() - t0) / 1e6;
            // everyone but the director: the top of the line, whom Ommen's policy leaves out of the cycle
            int expected = size;
            waitForTasks(jdbc, expected, YEAR);
            double seconds = (System.nanoTime() - t0) / 1e9;
            JobLocks.print(locks, String.format("%s %,d reviews", database, expected));
            double appCpu = (CpuTime.application() - appCpuBefore) / 1e6 / expected;
            double dbCpu = postgres ? (CpuTime.database(jdbc) - dbCpuBefore) / 1e6 / expected : Double.NaN;
            long commits = postgres ? commits(jdbc) - commitsBefore : 0;
            letStatisticsSettle(postgres);
            Map<String, Writes> writes = delta(before, tableStats(jdbc, postgres));
            long rows = writes.values().stream().mapToLong(Writes::rows).sum();
            double rowsPerReview = (double) rows / expected;
            double floor = floor(jdbc, writes);
            Result result = new Result(database, expected, startCallMs, seconds, expected / seconds, rowsPerReview,
                    floor, postgres ? (double) commits / expected : Double.NaN, writes, extra.strip(), appCpu, dbCpu);
            System.out.printf(Locale.ROOT, "%s %,d reviews: %.1f s, %.0f reviews/s, %.1f rows/review, floor %.2f s"
                    + " (%.0f reviews/s), ratio %.1f, %.1f commits/review, CPU per review: application %.1f ms,"
                    + " database %.1f ms%n", database, expected, seconds, result.reviewsPerSecond(), rowsPerReview,
                    floor, result.floorReviewsPerSecond(), result.ratio(), result.commitsPerReview(), appCpu, dbCpu);
            printWrites(writes, expected);
            return result;
        } finally {
            app.close();
        }
    }

    static void generateOrganisation(JdbcTemplate jdbc, int size) {
        Long unit = jdbc.queryForObject("select min(id) from org_unit", Long.class);
        List<String> titles = List.of("beleidsadviseur", "adviseur", "regisseur-adviseur", "senior-ondersteuner", "beheerder",
                        "ondersteuner", "strategisch-beleidsadviseur", "senior-beheerder");
        jdbc.update("insert into employee (personnel_number, first_name, last_name, email, job_title_code, unit_id,"
                + " coordination_module, start_date, active) values ('B000000', 'Directeur', 'Bench', 'dir@bench.nl',"
                + " 'gemeentesecretaris', ?, true, '2000-01-01', true)", unit);
        Long manager = jdbc.queryForObject("select id from employee where personnel_number = 'B000000'", Long.class);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            rows.add(new Object[] {number(i), "Medewerker", "Nummer " + i, "m" + i + "@bench.nl",
                    titles.get(i % titles.size()), unit, manager});
        }
        jdbc.batchUpdate("insert into employee (personnel_number, first_name, last_name, email, job_title_code,"
                + " unit_id, manager_id, coordination_module, start_date, active)"
                + " values (?, ?, ?, ?, ?, ?, ?, false, '2015-01-01', true)", rows);
        // a coordinator for every tenth employee, so both paths of the model are taken
        jdbc.update("update employee set coordinator_id = ? where mod(id, 10) = 0 and id <> ?", manager, manager);
    }

    static String number(int i) {
        return String.format("B%06d", i);
    }

    /** Logs in as the benchmark's HR adviser, made on the first call. */
    static void loginAsHr(ConfigurableApplicationContext app, JdbcTemplate jdbc) {
        jdbc.update("insert into user_account (username, password_hash, extra_roles, enabled) select 'bench-hr',"
                + " null, 'HR', true where not exists (select 1 from user_account where username = 'bench-hr')");
        UserDetails hr = app.getBean(UserDetailsService.class).loadUserByUsername("bench-hr");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(hr, null, hr.getAuthorities()));
    }

    static void waitForTasks(JdbcTemplate jdbc, int expected, int year) throws InterruptedException {
        long last = -1;
        long started = System.nanoTime();
        long lastChange = started;
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
            // every 100 ms at first, then every second: this count reads the task and execution tables whole, and
            // polled ten times a second through a 15,000-review start it was a good part of the database's work
            // (pg_stat_user_tables: ~2,900 execution rows read per review), which is not the round start's
            Thread.sleep(System.nanoTime() - started < 10e9 ? 100 : 1000);
        }
    }

    /** Rows in every table (engine and ours): what a round start leaves behind, to size the floor. */
    static long countRows(JdbcTemplate jdbc) {
        return tableStats(jdbc, false).values().stream().mapToLong(w -> w.rows()).sum();
    }

    /**
     * Per table: rows now and, on PostgreSQL, rows inserted, updated and deleted so far (pg_stat_user_tables;
     * a row written and deleted again in the round start, like a job, counts there but not in the rows).
     */
    static Map<String, Writes> tableStats(JdbcTemplate jdbc, boolean postgres) {
        Map<String, Writes> stats = new java.util.TreeMap<>();
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables where"
                + " lower(table_schema) = 'public' and lower(table_type) in ('table', 'base table')", String.class);
        for (String table : tables) {
            long rows = jdbc.queryForObject("select count(*) from \"" + table + "\"", Long.class);
            stats.put(table.toLowerCase(Locale.ROOT), new Writes(rows, 0, 0, 0, 0));
        }
        if (postgres) {
            jdbc.query("select relname, n_tup_ins, n_tup_upd, n_tup_del, seq_tup_read from pg_stat_user_tables", rs -> {
                Writes w = stats.get(rs.getString(1).toLowerCase(Locale.ROOT));
                if (w != null) {
                    stats.put(rs.getString(1).toLowerCase(Locale.ROOT),
                            new Writes(w.rows(), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                                    rs.getLong(5)));
                }
            });
        }
        return stats;
    }

    /**
     * Rows now, and (PostgreSQL only) rows inserted, updated, deleted, and rows read by sequential scans (a table
     * read whole again and again shows here): per table, or the change between two.
     */
    record Writes(long rows, long inserted, long updated, long deleted, long seqRead) {
        Writes minus(Writes before) {
            return before == null ? this : new Writes(rows - before.rows, inserted - before.inserted,
                    updated - before.updated, deleted - before.deleted, seqRead - before.seqRead);
        }

        /** Rows to insert for the floor: every insert the database saw, or (H2) the rows that stayed. */
        long toInsert() {
            return Math.max(inserted, rows);
        }
    }

    static Map<String, Writes> delta(Map<String, Writes> before, Map<String, Writes> after) {
        Map<String, Writes> delta = new java.util.TreeMap<>();
        after.forEach((table, w) -> {
            Writes d = w.minus(before.get(table));
            if (d.rows() != 0 || d.inserted() != 0 || d.updated() != 0 || d.deleted() != 0 || d.seqRead() != 0) {
                delta.put(table, d);
            }
        });
        return delta;
    }

    /** Committed transactions in the database so far (PostgreSQL): the engine's commits per review. */
    static long commits(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select xact_commit from pg_stat_database where datname = current_database()",
                Long.class);
    }

    /**
     * PostgreSQL counts a backend's writes when it is idle or at a commit at least a second after its last
     * report: wait until every connection has reported (10 s is the longest it holds them back).
     */
    static void letStatisticsSettle(boolean postgres) throws InterruptedException {
        if (postgres) {
            Thread.sleep(11_000);
        }
    }

    /**
     * The physical floor: as many rows as the round start inserted into each table, copied from that table's
     * own rows (same columns, same widths) into a plain copy without indexes, with JDBC batches of 1,000 rows
     * per commit. Tables the round start emptied again (jobs) have no rows to copy: their count goes into a
     * generic five-column table.
     */
    static double floor(JdbcTemplate jdbc, Map<String, Writes> writes) throws SQLException {
        double seconds = 0;
        long generic = 0;
        for (Map.Entry<String, Writes> e : writes.entrySet()) {
            long rows = e.getValue().toInsert();
            if (rows <= 0) {
                continue;
            }
            List<Object[]> sample = jdbc.query("select * from " + e.getKey() + " fetch first 1000 rows only",
                    (rs, i) -> {
                        Object[] row = new Object[rs.getMetaData().getColumnCount()];
                        for (int c = 0; c < row.length; c++) {
                            row[c] = rs.getObject(c + 1);
                        }
                        return row;
                    });
            if (sample.isEmpty()) {
                generic += rows;
                continue;
            }
            String copy = "floor_" + e.getKey();
            jdbc.execute("create table " + copy + " as select * from " + e.getKey() + " where 1 = 0");
            String marks = String.join(", ", java.util.Collections.nCopies(sample.get(0).length, "?"));
            seconds += insertBatches(jdbc, "insert into " + copy + " values (" + marks + ")", rows,
                    (ps, i) -> {
                        Object[] row = sample.get((int) (i % sample.size()));
                        for (int c = 0; c < row.length; c++) {
                            ps.setObject(c + 1, row[c]);
                        }
                    });
        }
        if (generic > 0) {
            jdbc.execute("create table bench_floor (id bigint, a varchar(64), b varchar(255), c bigint, d timestamp)");
            seconds += insertBatches(jdbc, "insert into bench_floor values (?, ?, ?, ?, ?)", generic, (ps, i) -> {
                ps.setLong(1, i);
                ps.setString(2, "a-" + i);
                ps.setString(3, "some text of a typical job or variable row " + i);
                ps.setLong(4, i * 7L);
                ps.setTimestamp(5, new java.sql.Timestamp(System.currentTimeMillis()));
            });
        }
        return seconds;
    }

    interface RowSetter {
        void set(PreparedStatement ps, long i) throws SQLException;
    }

    static double insertBatches(JdbcTemplate jdbc, String sql, long rows, RowSetter setter) throws SQLException {
        try (Connection c = jdbc.getDataSource().getConnection()) {
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (long i = 0; i < rows; i++) {
                    setter.set(ps, i);
                    ps.addBatch();
                    if (i % 1000 == 999) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
                ps.executeBatch();
                c.commit();
            } finally {
                c.setAutoCommit(true);
            }
            return (System.nanoTime() - t0) / 1e9;
        }
    }

    static void print(List<Result> results) {
        System.out.println();
        System.out.println("| database | reviews | settings | start call (ms) | all waiting (s) | reviews/s | rows/review"
                + " | commits/review | floor (s) | floor reviews/s | ratio to floor | CPU ms/review app | CPU ms/review db |");
        System.out.println("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (Result r : results) {
            System.out.printf(Locale.ROOT,
                    "| %s | %,d | %s | %.0f | %.1f | %.0f | %.1f | %.1f | %.2f | %.0f | %.1f | %.1f | %.1f |%n",
                    r.database(), r.reviews(), r.settings().isEmpty() ? "shipped" : r.settings(), r.startCallMs(),
                    r.seconds(), r.reviewsPerSecond(), r.rowsPerReview(), r.commitsPerReview(), r.floorSeconds(),
                    r.floorReviewsPerSecond(), r.ratio(), r.appCpuMsPerReview(), r.dbCpuMsPerReview());
        }
    }

    /** Per table and review: rows left behind and (PostgreSQL) inserted, updated, deleted. */
    static void printWrites(Map<String, Writes> writes, int reviews) {
        System.out.println("| table | rows/review | inserted/review | updated/review | deleted/review"
                + " | rows read by sequential scans/review |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
        writes.forEach((table, w) -> System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f | %.1f |%n",
                table, (double) w.rows() / reviews, (double) w.inserted() / reviews, (double) w.updated() / reviews,
                (double) w.deleted() / reviews, (double) w.seqRead() / reviews));
    }

    static void writeJson(Path file, List<Result> results) throws IOException {
        String json = results.stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", "round-start");
            m.put("database", r.database());
            m.put("size", r.reviews());
            m.put("settings", r.settings());
            m.put("startCallMs", round(r.startCallMs()));
            m.put("seconds", round(r.seconds()));
            m.put("reviewsPerSecond", round(r.reviewsPerSecond()));
            m.put("rowsPerReview", round(r.rowsPerReview()));
            m.put("commitsPerReview", Double.isNaN(r.commitsPerReview()) ? "null" : round(r.commitsPerReview()));
            m.put("baseline", "\"plain JDBC batch inserts of the same rows per table, 1,000 per commit\"");
            m.put("floorSeconds", round(r.floorSeconds()));
            m.put("floorReviewsPerSecond", round(r.floorReviewsPerSecond()));
            m.put("ratioToFloor", round(r.ratio()));
            m.put("appCpuMsPerReview", round(r.appCpuMsPerReview()));
            m.put("dbCpuMsPerReview", Double.isNaN(r.dbCpuMsPerReview()) ? "null" : round(r.dbCpuMsPerReview()));
            m.put("writesPerTable", r.writes().entrySet().stream().map(e -> String.format(Locale.ROOT,
                    "\"%s\": {\"rows\": %d, \"inserted\": %d, \"updated\": %d, \"deleted\": %d, \"seqRead\": %d}",
                    e.getKey(), e.getValue().rows(), e.getValue().inserted(), e.getValue().updated(),
                    e.getValue().deleted(), e.getValue().seqRead()))
                    .collect(Collectors.joining(", ", "{", "}")));
            return m.entrySet().stream().map(e -> "\"" + e.getKey() + "\": " + (e.getValue() instanceof String v
                    && !v.startsWith("{") && !v.startsWith("\"") && !v.equals("null") ? "\"" + v + "\"" : e.getValue()))
                    .collect(Collectors.joining(", ", "  {", "}"));
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
