package nl.gesprekscyclus.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.gesprekscyclus.Application;
import nl.gesprekscyclus.organisation.NameSearch;
import nl.gesprekscyclus.review.ReviewPhase;
import nl.gesprekscyclus.review.ReviewSearch;
import nl.gesprekscyclus.review.ReviewSearch.Query;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Review search benchmark (not a test): N reviews (default 15,000) over three years, of N/3 employees with Dutch
 * names (prefixes, accents) in a tree of 10 departments with 10 teams each, written with SQL (the search reads only
 * the review, employee and unit tables, so no engine work is needed), then the typical searches of "Gesprekken
 * zoeken" timed through {@link ReviewSearch}: p50 and p95 of 100 runs after 20 warm-up runs, with a baseline of the
 * same run (one review by primary key). Run:
 * {@code ./mvnw -Pbench verify -Dbench.main=nl.gesprekscyclus.bench.ReviewSearchBenchmark -Dbench.databases=postgres}
 * ({@code -Dbench.search.size=15000}, databases {@code h2,postgres} by default). PostgreSQL runs durable (fsync
 * on). Writes {@code target/bench/review-search-N.json}.
 */
public final class ReviewSearchBenchmark {

    record Result(String database, String query, int reviews, double p50Ms, double p95Ms, long rows) {
    }

    static final String BASELINE = "baseline: one review by primary key";
    static final int YEAR = 2030;
    static final int DEPARTMENTS = 10;
    static final int TEAMS_PER_DEPARTMENT = 10;

    static final List<String> FIRST = List.of("Noor", "Jan", "Sanne", "Daan", "Emma", "Lucas", "Julia", "Sem", "Fleur",
            "Thijs", "Zoë", "Jürgen", "Anouk", "Bram", "Iris", "Ömer", "Fatma", "Kees", "Mila", "Ruben", "Chloë",
            "Sven", "Lotte", "Mohammed", "Eva", "Niels", "Renée", "Joost", "Inge", "Stijn");
    static final List<String> PREFIX = List.of("", "", "", "van", "de", "van der", "van den", "ter", "", "");
    static final List<String> LAST = List.of("Mulder", "Meer", "Jansen", "Bakker", "Visser", "Smit", "Müller", "Dijk",
            "Bos", "Vos", "Peters", "Hendriks", "Dekker", "Brouwer", "Çelik", "Öztürk", "Wit", "Berg", "Hoek",
            "Koster", "Prins", "Huisman", "Kok", "Vries", "Jong", "Leeuw", "Postma", "Veldman", "Schouten", "Brink",
            "Groß", "Dam", "Graaf", "Kuipers", "Timmermans", "Wessels", "Maas", "Verbeek", "Kramer", "Sanders");

    public static void main(String[] args) throws Exception {
        int size = Integer.parseInt(System.getProperty("bench.search.size", "15000"));
        List<String> databases = List.of(System.getProperty("bench.databases", "h2,postgres").split(","));
        Path out = Path.of("target/bench");
        Files.createDirectories(out);
        List<Result> results = new ArrayList<>();
        for (String database : databases) {
            if (database.strip().equals("postgres")) {
                // zonky starts PostgreSQL with fsync and synchronous_commit off: wrong for a benchmark
                try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on").start()) {
                    try (Connection c = postgres.getPostgresDatabase().getConnection();
                            Statement s = c.createStatement()) {
                        s.execute("create database search_" + size);
                    }
                    results.addAll(run("postgres", postgres.getJdbcUrl("postgres", "search_" + size), "postgres",
                            size));
                }
            } else {
                Path dir = out.resolve("h2-search-" + size);
                RoundStartBenchmark.deleteTree(dir);
                results.addAll(run("h2", "jdbc:h2:file:" + dir.toAbsolutePath().resolve("db"), "sa", size));
            }
        }
        print(results);
        writeJson(out.resolve("review-search-" + size + ".json"), results);
        System.exit(0);
    }

    static List<Result> run(String database, String url, String user, int size) throws Exception {
        System.out.printf("%n=== %s, %,d reviews ===%n", database, size);
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
                "--spring.profiles.active=bench", "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user, "--spring.datasource.password=", "--server.port=0",
                "--logging.level.org.camunda=warn", "--logging.level.nl.gesprekscyclus=warn",
                "--gesprekscyclus.mail.enabled=false");
        try {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            long t0 = System.nanoTime();
            generate(jdbc, size);
            System.out.printf(Locale.ROOT, "generated in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            jdbc.execute("analyze");
            ReviewSearch search = app.getBean(ReviewSearch.class);
            Long department = jdbc.queryForObject("select id from org_unit where code = 'bench-afd-0'", Long.class);
            Long team = jdbc.queryForObject("select id from org_unit where code = 'bench-team-0-3'", Long.class);
            long someReview = jdbc.queryForObject("select max(id) from review", Long.class);
            List<Result> results = new ArrayList<>();
            results.add(measure(database, BASELINE, size,
                    () -> jdbc.queryForMap("select * from review where id = ?", someReview)));

            RoundStartBenchmark.loginAsHr(app, jdbc);
            Map<String, Supplier<Object>> hr = new LinkedHashMap<>();
            long all = search.count(Query.everything());
            hr.put("HR: count, no filter", () -> search.count(Query.everything()));
            hr.put("HR: first page of 50, no filter", () -> search.page(Query.everything(), 0, 50));
            hr.put("HR: page at the middle, no filter", () -> search.page(Query.everything(), (int) (all / 2), 50));
            Query name = new Query("mulder", null, null, null, null);
            hr.put("HR: name 'mulder' (count + first page)", () -> countAndPage(search, name));
            Query fullName = new Query("noor mulder", null, null, null, null);
            hr.put("HR: name 'noor mulder' (count + first page)", () -> countAndPage(search, fullName));
            Query prefix = new Query("Van der Meer", null, null, null, null);
            hr.put("HR: name 'Van der Meer' (count + first page)", () -> countAndPage(search, prefix));
            Query accents = new Query("muller jurgen", null, null, null, null);
            hr.put("HR: name 'muller jurgen' (count + first page)", () -> countAndPage(search, accents));
            Query yearPhase = new Query(null, null, YEAR, ReviewPhase.ASSESSMENT, null);
            hr.put("HR: year + phase (count + first page)", () -> countAndPage(search, yearPhase));
            Query nameUnit = new Query("mulder", department, null, null, null);
            hr.put("HR: name + unit with its teams (count + first page)", () -> countAndPage(search, nameUnit));
            hr.put("HR: no match (count + first page)",
                    () -> countAndPage(search, new Query("xyzzy", null, null, null, null)));
            results.addAll(measureAll(database, size, hr));

            DashboardBenchmark.login(app, jdbc, "M-AFD-0");
            Map<String, Supplier<Object>> manager = new LinkedHashMap<>();
            manager.put("department manager: first page of 50 (count + page)",
                    () -> countAndPage(search, Query.everything()));
            manager.put("department manager: name (count + first page)", () -> countAndPage(search, name));
            manager.put("department manager: name + team (count + first page)",
                    () -> countAndPage(search, new Query("mulder", team, null, null, null)));
            manager.put("department manager: year + phase (count + first page)",
                    () -> countAndPage(search, yearPhase));
            results.addAll(measureAll(database, size, manager));

            DashboardBenchmark.login(app, jdbc, "M-TEAM-0-3");
            Map<String, Supplier<Object>> teamManager = new LinkedHashMap<>();
            teamManager.put("team manager: first page of 50 (count + page)",
                    () -> countAndPage(search, Query.everything()));
            teamManager.put("team manager: name (count + first page)", () -> countAndPage(search, name));
            results.addAll(measureAll(database, size, teamManager));
            return results;
        } finally {
            app.close();
        }
    }

    /** What the screen asks when a filter changes: the count, then the first page of 50. */
    static Object countAndPage(ReviewSearch search, Query query) {
        long count = search.count(query);
        search.page(query, 0, 50);
        return count;
    }

    /**
     * 10 departments under the top unit, 10 teams in each, a manager for each; {@code reviews / 3} employees over
     * the teams, with a review in each of three years: the two past years closed, this year spread over the phases.
     */
    static void generate(JdbcTemplate jdbc, int reviews) {
        Long top = jdbc.queryForObject("select min(id) from org_unit where parent_id is null", Long.class);
        Long topManager = jdbc.queryForObject("select manager_id from org_unit where id = ?", Long.class, top);
        List<Long> teams = new ArrayList<>();
        List<Long> teamManagers = new ArrayList<>();
        for (int d = 0; d < DEPARTMENTS; d++) {
            long departmentManager = employee(jdbc, "M-AFD-" + d, "Manager", null, "Afdeling " + d, top, topManager);
            long department = unit(jdbc, "bench-afd-" + d, "Afdeling " + d, top, departmentManager);
            jdbc.update("update employee set unit_id = ? where id = ?", department, departmentManager);
            for (int t = 0; t < TEAMS_PER_DEPARTMENT; t++) {
                long teamManager = employee(jdbc, "M-TEAM-" + d + "-" + t, "Teamleider", null, "Team " + d + "-" + t,
                        department, departmentManager);
                teams.add(unit(jdbc, "bench-team-" + d + "-" + t, "Team " + d + "-" + t, department, teamManager));
                jdbc.update("update employee set unit_id = ? where id = ?", teams.get(teams.size() - 1), teamManager);
                teamManagers.add(teamManager);
            }
        }
        int people = reviews / 3;
        List<Object[]> rows = new ArrayList<>();
        // names drawn with a fixed seed: every first name meets every last name somewhere, the same in every run
        java.util.Random names = new java.util.Random(16_7L);
        for (int i = 0; i < people; i++) {
            String number = String.format("S%06d", i);
            String first = FIRST.get(names.nextInt(FIRST.size()));
            String prefix = PREFIX.get(names.nextInt(PREFIX.size()));
            String last = LAST.get(names.nextInt(LAST.size()));
            int team = i % teams.size();
            rows.add(new Object[] {number, first, prefix.isEmpty() ? null : prefix, last,
                    NameSearch.key(first, prefix, last, number), number.toLowerCase(Locale.ROOT) + "@bench.nl",
                    teams.get(team), teamManagers.get(team)});
        }
        jdbc.batchUpdate("insert into employee (personnel_number, first_name, name_prefix, last_name, search_name,"
                + " email, job_title_code, unit_id, manager_id, start_date, active)"
                + " values (?, ?, ?, ?, ?, ?, 'beleidsadviseur', ?, ?, '2015-01-01', true)", rows);
        for (int year = YEAR - 2; year <= YEAR; year++) {
            jdbc.update("insert into review_round (round_year, status, planning_start, planning_end, progress_start,"
                    + " progress_end, assessment_start, assessment_end, selection, member_count, batch_size,"
                    + " started_by, started_at) values (?, 'CLOSED', ?, ?, ?, ?, ?, ?, '{}', ?, 500, 'bench',"
                    + " current_timestamp)", year, java.sql.Date.valueOf(year + "-01-01"),
                    java.sql.Date.valueOf(year + "-03-01"), java.sql.Date.valueOf(year + "-06-01"),
                    java.sql.Date.valueOf(year + "-09-30"), java.sql.Date.valueOf(year + "-10-15"),
                    java.sql.Date.valueOf(year + "-12-15"), people);
            String phase = year < YEAR ? "'CLOSED'"
                    : "case mod(e.id, 4) when 0 then 'PLANNING' when 1 then 'PROGRESS' when 2 then 'ASSESSMENT'"
                            + " else 'CLOSED' end";
            jdbc.update("insert into review (round_id, employee_id, review_year, process_key, job_title_code,"
                    + " manager_id, period_start, period_end, planning_due, progress_start, progress_due,"
                    + " assessment_start, assessment_due, phase, started_at)"
                    + " select (select id from review_round where round_year = ?), e.id, ?, ? || '/' ||"
                    + " e.personnel_number, e.job_title_code, e.manager_id, ?, ?, ?, ?, ?, ?, ?, " + phase + ","
                    + " current_timestamp from employee e where e.personnel_number like 'S%'", year, year,
                    String.valueOf(year), java.sql.Date.valueOf(year + "-01-01"),
                    java.sql.Date.valueOf(year + "-12-31"), java.sql.Date.valueOf(year + "-03-01"),
                    java.sql.Date.valueOf(year + "-06-01"), java.sql.Date.valueOf(year + "-09-30"),
                    java.sql.Date.valueOf(year + "-10-15"), java.sql.Date.valueOf(year + "-12-15"));
        }
        System.out.printf("reviews: %,d of %,d employees in %d teams%n",
                jdbc.queryForObject("select count(*) from review", Long.class), people, teams.size());
    }

    private static long employee(JdbcTemplate jdbc, String number, String first, String prefix, String last,
            long unit, Long manager) {
        jdbc.update("insert into employee (personnel_number, first_name, name_prefix, last_name, search_name, email,"
                + " job_title_code, unit_id, manager_id, start_date, active) values (?, ?, ?, ?, ?, ?,"
                + " 'beleidsadviseur', ?, ?, '2010-01-01', true)", number, first, prefix, last,
                NameSearch.key(first, prefix, last, number), number.toLowerCase(Locale.ROOT) + "@bench.nl", unit,
                manager);
        return jdbc.queryForObject("select id from employee where personnel_number = ?", Long.class, number);
    }

    private static long unit(JdbcTemplate jdbc, String code, String name, long parent, long manager) {
        jdbc.update("insert into org_unit (code, name, kind, parent_id, manager_id, version) values (?, ?, 'team', ?,"
                + " ?, 0)", code, name, parent, manager);
        return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
    }

    static List<Result> measureAll(String database, int reviews, Map<String, Supplier<Object>> queries) {
        List<Result> results = new ArrayList<>();
        for (Map.Entry<String, Supplier<Object>> q : queries.entrySet()) {
            results.add(measure(database, q.getKey(), reviews, q.getValue()));
            System.out.println(results.get(results.size() - 1));
        }
        return results;
    }

    /** Timed as the dashboard's queries are (20 warm-up runs, then p50 and p95 of 100). */
    static Result measure(String database, String name, int reviews, Supplier<Object> query) {
        DashboardBenchmark.Result r = DashboardBenchmark.measure(name, reviews, query);
        return new Result(database, r.query(), r.reviews(), r.p50Ms(), r.p95Ms(), r.rows());
    }

    static double baselineP95(List<Result> results, String database) {
        return results.stream().filter(r -> r.database().equals(database) && r.query().equals(BASELINE))
                .mapToDouble(Result::p95Ms).findFirst().orElse(Double.NaN);
    }

    static void print(List<Result> results) {
        System.out.println();
        System.out.println("| database | query | reviews | rows | p50 (ms) | p95 (ms) | p95 / baseline p95 |");
        System.out.println("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "| %s | %s | %,d | %,d | %.1f | %.1f | %.1f |%n", r.database(), r.query(),
                    r.reviews(), r.rows(), r.p50Ms(), r.p95Ms(), r.p95Ms() / baselineP95(results, r.database()));
        }
    }

    static void writeJson(Path file, List<Result> results) throws java.io.IOException {
        String json = results.stream().map(r -> String.format(Locale.ROOT,
                "  {\"name\": \"review-search\", \"database\": \"%s\", \"query\": \"%s\", \"size\": %d,"
                + " \"rows\": %d, \"p50Ms\": %.2f, \"p95Ms\": %.2f, \"baseline\": \"%s\", \"baselineP95Ms\": %.2f,"
                + " \"ratioP95\": %.2f}", r.database(), r.query().replace("'", ""), r.reviews(), r.rows(), r.p50Ms(),
                r.p95Ms(), BASELINE, baselineP95(results, r.database()),
                r.p95Ms() / baselineP95(results, r.database())))
                .collect(Collectors.joining(",\n", "[\n", "\n]\n"));
        Files.writeString(file, json);
        System.out.println("Wrote " + file);
    }

    private ReviewSearchBenchmark() {
    }
}
