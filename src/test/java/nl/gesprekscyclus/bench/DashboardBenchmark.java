package nl.gesprekscyclus.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.gesprekscyclus.Application;
import nl.gesprekscyclus.monitoring.DrillDown;
import nl.gesprekscyclus.monitoring.DrillDownPager;
import nl.gesprekscyclus.monitoring.MonitoredReview;
import nl.gesprekscyclus.monitoring.MonitoringScope;
import nl.gesprekscyclus.monitoring.MonitoringService;
import nl.gesprekscyclus.monitoring.ReviewListExport;
import nl.gesprekscyclus.monitoring.ReviewStatus;
import nl.gesprekscyclus.review.ManagerQueue;
import nl.gesprekscyclus.review.ManagerQueueService;
import nl.gesprekscyclus.review.ReviewPhase;
import nl.gesprekscyclus.review.MyTaskList;
import nl.gesprekscyclus.review.MyTasksService;
import nl.gesprekscyclus.review.ReviewTask;
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
 * Dashboard benchmark (not a test): a round of N reviews (default 15,000) started through the engine on a
 * durable PostgreSQL (fsync on), then spread over the phases with SQL (a share in each later phase, finished
 * phases recorded over the weeks, a share of the open tasks past their due date, employees over the
 * units), and each "Voortgang" query timed through {@link MonitoringService} as HR: p50 and p95 of 100
 * runs after 20 warm-up runs. Run: {@code ./mvnw -Pbench verify -Dbench.main=nl.gesprekscyclus.bench.DashboardBenchmark
 * -Dbench.dashboard.size=15000}. Writes {@code target/bench/dashboard.json}.
 */
public final class DashboardBenchmark {

    record Result(String query, int reviews, double p50Ms, double p95Ms, long rows) {
    }

    /** The baseline of the run: a primary-key read of one review through JdbcTemplate (round trip, no work). */
    static final String BASELINE = "baseline: one review by primary key";

    public static void main(String[] args) throws Exception {
        int size = Integer.parseInt(System.getProperty("bench.dashboard.size", "15000"));
        Path out = Path.of("target/bench");
        Files.createDirectories(out);
        List<Result> results = new ArrayList<>();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on");
        // BENCH_KEEP_DATA=/some/dir keeps the database after the run, to try queries on it with psql
        String keep = System.getenv("BENCH_KEEP_DATA");
        if (keep != null && !keep.isBlank()) {
            builder.setDataDirectory(Path.of(keep)).setCleanDataDirectory(false);
        }
        try (EmbeddedPostgres postgres = builder.start()) {
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create database dashboard_" + size);
            }
            results.addAll(run(postgres.getJdbcUrl("postgres", "dashboard_" + size), size));
        }
        print(results);
        writeJson(out.resolve("dashboard-" + size + ".json"), results);
        System.exit(0);
    }

    static List<Result> run(String url, int size) throws Exception {
        System.out.printf("%n=== PostgreSQL, %,d employees ===%n", size);
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
                "--spring.profiles.active=bench", "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres", "--spring.datasource.password=", "--server.port=0",
                "--logging.level.org.camunda=warn", "--logging.level.nl.gesprekscyclus=warn",
                "--gesprekscyclus.mail.enabled=false");
        try {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            RoundStartBenchmark.generateOrganisation(jdbc, size);
            RoundStartBenchmark.loginAsHr(app, jdbc);
            RoundService rounds = app.getBean(RoundService.class);
            int year = RoundStartBenchmark.YEAR;
            // last year's round for comparison (small), then this year's for everyone
            Set<String> lastYear = IntStream.range(1, 201).mapToObj(RoundStartBenchmark::number)
                    .collect(Collectors.toSet());
            rounds.startRound(rounds.defaultCalendar(year - 1), new RoundSelection(Set.of(), lastYear));
            RoundStartBenchmark.waitForTasks(jdbc, 200, year - 1);
            long t0 = System.nanoTime();
            rounds.startRound(rounds.defaultCalendar(year), RoundSelection.everyone());
            // everyone but the director: the top of the line, whom Ommen's policy leaves out of the cycle
            int reviews = size;
            RoundStartBenchmark.waitForTasks(jdbc, reviews, year);
            System.out.printf(Locale.ROOT, "round of %,d started in %.1f s%n", reviews, (System.nanoTime() - t0) / 1e9);
            spread(jdbc, year);
            addInboxTasks(jdbc);
            jdbc.execute("analyze");

            MonitoringService monitoring = app.getBean(MonitoringService.class);
            long round = monitoring.round(year).orElseThrow().id();
            long unit = jdbc.queryForObject("select min(id) from org_unit", Long.class);
            long coordinator = jdbc.queryForObject("select id from employee where personnel_number = 'B000000'",
                    Long.class);
            MonitoringScope all = new MonitoringScope(round, null, null);
            DrillDown overdue = new DrillDown(all, ReviewPhase.PLANNING, ReviewStatus.OVERDUE);
            DrillDown done = new DrillDown(all, ReviewPhase.PLANNING, ReviewStatus.DONE);
            Map<String, Supplier<Object>> queries = new LinkedHashMap<>();
            queries.put("figures (all)", () -> monitoring.figures(all));
            queries.put("figures (unit)", () -> monitoring.figures(new MonitoringScope(round, unit, null)));
            queries.put("figures (coordinator)", () -> monitoring.figures(new MonitoringScope(round, null,
                    coordinator)));
            queries.put("drill-down count (planning, overdue)", () -> monitoring.count(overdue));
            queries.put("drill-down first page of 50 (planning, overdue)", () -> monitoring.reviews(overdue, 0, 50));
            queries.put("drill-down first page of 50 (planning, done)", () -> monitoring.reviews(done, 0, 50));
            queries.put("drill-down page at 5,000 (planning, done)", () -> monitoring.reviews(done, 5000, 50));
            // issue 21: what the list's pager asks instead (DrillDownPager): the next page after a line seen (keyset,
            // the same rows as the OFFSET page beside it), a page a little further on, the last page from the end
            int doneCount = (int) monitoring.count(done);
            int middle = doneCount / 2;
            MonitoredReview before5000 = monitoring.reviews(done, 4999, 1).get(0);
            MonitoredReview beforeMiddle = monitoring.reviews(done, middle - 1, 1).get(0);
            DrillDownPager drillPager = new DrillDownPager(monitoring);
            drillPager.count(done);
            queries.put("drill-down next page after row 5,000 (planning, done; keyset)",
                    () -> monitoring.reviewsAfter(done, before5000, 0, 50));
            queries.put("drill-down page 500 rows past a line seen at 5,000 (keyset, skip 500)",
                    () -> monitoring.reviewsAfter(done, before5000, 500, 50));
            queries.put("drill-down page at the middle (planning, done; OFFSET)",
                    () -> monitoring.reviews(done, middle, 50));
            queries.put("drill-down next page after the middle (keyset)",
                    () -> monitoring.reviewsAfter(done, beforeMiddle, 0, 50));
            queries.put("drill-down last page (planning, done; OFFSET)",
                    () -> monitoring.reviews(done, doneCount - 50, 50));
            queries.put("drill-down last page, read from the end (pager)",
                    () -> drillPager.page(done, doneCount - 50, 50));
            queries.put("completion over time (this year)", () -> monitoring.completion(year, null, null));
            queries.put("completion over time (last year)", () -> monitoring.completion(year - 1, null, null));
            long someReview = jdbc.queryForObject("select max(id) from review", Long.class);
            System.out.println("load average before the dashboard: " + loadAverage());
            List<Result> results = new ArrayList<>();
            results.add(measure(BASELINE, reviews, () -> jdbc.queryForMap("select * from review where id = ?",
                    someReview)));
            for (Map.Entry<String, Supplier<Object>> q : queries.entrySet()) {
                results.add(measure(q.getKey(), reviews, q.getValue()));
                System.out.println(results.get(results.size() - 1));
            }
            results.addAll(exports(app, monitoring, done, reviews));
            explainDrillDown(app, "drill-explain-" + reviews + ".txt", done, before5000.position());
            results.addAll(withoutTheIndexOnTheNames(app, jdbc, monitoring, done, before5000, reviews));
            System.out.println("load average before the queue: " + loadAverage());
            results.addAll(inboxAndQueue(app, jdbc, reviews));
            System.out.println("load average after the queue: " + loadAverage());
            results.addAll(calibrationAndReport(app, jdbc, reviews, year));
            return results;
        } finally {
            app.close();
        }
    }

    /**
     * Issue 21: the drill-down's whole list as the export reads it, in pages of 500 after the last line of each page
     * (keyset), then the CSV export itself. Each takes seconds, so 2 warm-up runs and p50/p95 of 10.
     */
    static List<Result> exports(ConfigurableApplicationContext app, MonitoringService monitoring, DrillDown drillDown,
            int reviews) {
        ReviewListExport export = app.getBean(ReviewListExport.class);
        Map<String, Supplier<Object>> walks = new LinkedHashMap<>();
        walks.put("drill-down whole list (planning, done) after the last line, pages of 500 (the export now)",
                () -> walkAfterTheLastLine(monitoring, drillDown));
        walks.put("drill-down export, CSV (planning, done)", () -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            export.csv(drillDown, key -> key, java.time.ZoneId.of("Europe/Amsterdam"), out);
            return out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().count() - 1;
        });
        return measureEach(walks, reviews, 2, 10);
    }

    /** Each query measured as {@link #measure(String, int, Supplier, int, int)}, printed as it goes. */
    static List<Result> measureEach(Map<String, Supplier<Object>> queries, int reviews, int warmUps, int runs) {
        List<Result> results = new ArrayList<>();
        for (Map.Entry<String, Supplier<Object>> q : queries.entrySet()) {
            results.add(measure(q.getKey(), reviews, q.getValue(), warmUps, runs));
            System.out.println(results.get(results.size() - 1));
        }
        return results;
    }

    /** The drill-down's whole list in pages of 500, each after the last line of the one before; its length. */
    static long walkAfterTheLastLine(MonitoringService monitoring, DrillDown drillDown) {
        List<MonitoredReview> page = monitoring.reviews(drillDown, 0, 500);
        long lines = page.size();
        while (page.size() == 500) {
            page = monitoring.reviewsAfter(drillDown, page.get(page.size() - 1), 0, 500);
            lines += page.size();
        }
        return lines;
    }

    /**
     * Issue 21: the drill-down without Flyway V33's index on the employees' names, in the same run: the index dropped,
     * the drill-down's pages and its whole list measured again (by {@code OFFSET}, as the export read it before, and
     * after the last line), plans to drill-explain-noindex-N.txt, then the index made again, so the figures after it
     * are those of the shipped schema.
     */
    static List<Result> withoutTheIndexOnTheNames(ConfigurableApplicationContext app, JdbcTemplate jdbc,
            MonitoringService monitoring, DrillDown done, MonitoredReview before5000, int reviews) {
        jdbc.execute("drop index ix_employee_name");
        jdbc.execute("analyze employee");
        try {
            Map<String, Supplier<Object>> queries = new LinkedHashMap<>();
            queries.put("without the index on the names: drill-down first page of 50 (planning, done)",
                    () -> monitoring.reviews(done, 0, 50));
            queries.put("without the index on the names: drill-down page at 5,000 (OFFSET)",
                    () -> monitoring.reviews(done, 5000, 50));
            queries.put("without the index on the names: drill-down next page after row 5,000 (keyset)",
                    () -> monitoring.reviewsAfter(done, before5000, 0, 50));
            List<Result> results = measureEach(queries, reviews, 20, 100);
            Map<String, Supplier<Object>> walks = new LinkedHashMap<>();
            walks.put("without the index on the names: drill-down whole list by OFFSET, pages of 500 (the export"
                    + " before)", () -> {
                        long lines = 0;
                        for (int offset = 0;; offset += 500) {
                            List<MonitoredReview> page = monitoring.reviews(done, offset, 500);
                            lines += page.size();
                            if (page.size() < 500) {
                                return lines;
                            }
                        }
                    });
            walks.put("without the index on the names: drill-down whole list after the last line, pages of 500",
                    () -> walkAfterTheLastLine(monitoring, done));
            results.addAll(measureEach(walks, reviews, 2, 10));
            explainDrillDown(app, "drill-explain-noindex-" + reviews + ".txt", done, before5000.position());
            return results;
        } finally {
            jdbc.execute("create index ix_employee_name on employee (last_name, first_name)");
            jdbc.execute("analyze employee");
        }
    }

    /**
     * Issue 20: the calibration session screen, the vlootschouw grid and the OR report at this size. Judgements for
     * the closed reviews and half of those in the assessment (goed, voldoende, uitstekend, matig as in a
     * municipality), placements on the HR3P grid for every review in the assessment or closed and for last year's,
     * then as HR a session over the whole organisation and one over one unit; each timed as the screen calls it.
     */
    static List<Result> calibrationAndReport(ConfigurableApplicationContext app, JdbcTemplate jdbc, int reviews,
            int year) {
        RoundStartBenchmark.loginAsHr(app, jdbc);
        jdbc.update("insert into assessment (review_id, overall_judgement, consequence, reasons, hr_advice_required,"
                + " written_at, handed_over_at, version) select id, case mod(id, 10) when 0 then 'uitstekend'"
                + " when 1 then 'voldoende' when 2 then 'voldoende' when 3 then 'voldoende' when 4 then 'matig'"
                + " else 'goed' end, 'periodiek', 'Benchmark', false, current_timestamp, current_timestamp, 0"
                + " from review r where review_year = ? and (phase = 'CLOSED' or phase = 'ASSESSMENT' and mod(id, 2) = 0)"
                + " and not exists (select 1 from assessment a where a.review_id = r.id)", year);
        Long placer = jdbc.queryForObject("select id from employee where personnel_number = 'B000000'", Long.class);
        jdbc.update("insert into vlootschouw_placement (review_id, employee_id, placement_year, performance, potential,"
                + " reason, placed_by_id, placed_by_name, placed_at, version) select id, employee_id, review_year,"
                + " case mod(id, 4) when 0 then 'onvoldoende' when 1 then 'matig' when 2 then 'goed' else 'excellent' end,"
                + " case mod(id / 4, 4) when 0 then 'grens-bereikt' when 1 then 'groei-in-functie'"
                + " when 2 then 'groei-op-termijn' else 'direct-doorgroeien' end, 'Benchmark', ?, 'Directeur Bench',"
                + " current_timestamp, 0 from review r where (review_year = ? and phase in ('ASSESSMENT', 'CLOSED')"
                + " or review_year = ?) and not exists (select 1 from vlootschouw_placement p where p.review_id = r.id)",
                placer, year, year - 1);
        jdbc.execute("analyze");
        long root = jdbc.queryForObject("select min(id) from org_unit where parent_id is null", Long.class);
        // a unit without sub-units that has people: a team's session (the root's holds everyone)
        long oneUnit = jdbc.queryForObject("select min(u.id) from org_unit u where exists (select 1 from employee e"
                + " where e.unit_id = u.id) and not exists (select 1 from org_unit c where c.parent_id = u.id)",
                Long.class);
        nl.gesprekscyclus.calibration.CalibrationService calibration = app.getBean(
                nl.gesprekscyclus.calibration.CalibrationService.class);
        java.time.LocalDate date = java.time.LocalDate.of(year, 11, 20);
        long whole = calibration.open("Benchmark: de hele organisatie", year, date, List.of(root)).id();
        long unit = calibration.open("Benchmark: één eenheid", year, date, List.of(oneUnit)).id();
        nl.gesprekscyclus.vlootschouw.VlootschouwService vlootschouw = app.getBean(
                nl.gesprekscyclus.vlootschouw.VlootschouwService.class);
        nl.gesprekscyclus.orreport.OrReportService or = app.getBean(nl.gesprekscyclus.orreport.OrReportService.class);
        nl.gesprekscyclus.orreport.OrReportExport export = app.getBean(nl.gesprekscyclus.orreport.OrReportExport.class);
        Locale nl = Locale.forLanguageTag("nl");
        Map<String, Supplier<Object>> queries = new LinkedHashMap<>();
        queries.put("calibration: session list", calibration::sessions);
        queries.put("calibration: session screen, whole organisation", () -> calibration.session(whole).people());
        queries.put("calibration: session screen, one unit", () -> calibration.session(unit).people());
        queries.put("vlootschouw: grid of the year (HR, everyone)", () -> vlootschouw.placed(year, null));
        queries.put("OR report: every unit", () -> or.report(year, null, nl).orElseThrow());
        queries.put("OR report: top level", () -> or.report(year, 0, nl).orElseThrow());
        nl.gesprekscyclus.orreport.OrReport report = or.report(year, null, nl).orElseThrow();
        queries.put("OR report: CSV of every unit", () -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            export.csv(report, nl, out);
            return (long) out.size();
        });
        queries.put("OR report: PDF of every unit", () -> (long) export.pdf(report, nl).length);
        List<Result> results = new ArrayList<>();
        for (Map.Entry<String, Supplier<Object>> q : queries.entrySet()) {
            results.add(measure(q.getKey(), reviews, q.getValue()));
            System.out.println(results.get(results.size() - 1));
        }
        return results;
    }

    /**
     * Spreads the round over the phases as in autumn: 10% still planning (half of those with tasks past due),
     * 40% progress, 40% assessment, 10% closed; finished phases recorded over the weeks of the windows.
     */
    static void spread(JdbcTemplate jdbc, int year) {
        List<Long> units = jdbc.queryForList("select id from org_unit order by id", Long.class);
        for (int i = 0; i < units.size(); i++) {
            jdbc.update("update employee set unit_id = ? where mod(id, ?) = ?", units.get(i), units.size(), i);
        }
        String review = " from review where review_year = " + year;
        jdbc.update("update review set phase = case when mod(id, 10) = 0 then 'PLANNING' when mod(id, 10) < 5"
                + " then 'PROGRESS' when mod(id, 10) < 9 then 'ASSESSMENT' else 'CLOSED' end" + review.replace(" from review", ""));
        jdbc.update("insert into review_phase_change (review_id, round_id, phase, kind, changed_at, changed_on)"
                + " select id, round_id, 'PLANNING', 'FINISHED', cast(planning_due as timestamp with time zone)"
                + " - mod(id, 40) * interval '1 day', planning_due - cast(mod(id, 40) as integer)" + review
                + " and phase <> 'PLANNING'");
        jdbc.update("insert into review_phase_change (review_id, round_id, phase, kind, changed_at, changed_on)"
                + " select id, round_id, 'PROGRESS', 'FINISHED', cast(progress_due as timestamp with time zone)"
                + " - mod(id, 60) * interval '1 day', progress_due - cast(mod(id, 60) as integer)" + review
                + " and phase in ('ASSESSMENT', 'CLOSED')");
        jdbc.update("insert into review_phase_change (review_id, round_id, phase, kind, changed_at, changed_on)"
                + " select id, round_id, 'ASSESSMENT', 'FINISHED', cast(assessment_due as timestamp with time zone)"
                + " - mod(id, 30) * interval '1 day', assessment_due - cast(mod(id, 30) as integer)" + review
                + " and phase = 'CLOSED'");
        // half the open tasks of the reviews still planning are past due
        jdbc.update("update act_ru_task set due_date_ = timestamp '2000-01-01 00:00:00' where proc_inst_id_ in"
                + " (select x.id_ from act_ru_execution x join review r on r.process_key = x.business_key_"
                + " where r.review_year = ? and r.phase = 'PLANNING' and mod(r.id, 20) = 0)", year);
        jdbc.execute("analyze");
    }

    /**
     * Three open tasks per review, as in the planning phase's busiest week (about 45,000 at 15,000 reviews):
     * besides the employee's own (from the engine), one for the manager of everyone (the planning conversation)
     * and one for one of ten coordinators (their input). Copied in SQL from the engine's own task rows, so they
     * belong to real process instances and the queue's joins find them.
     */
    static void addInboxTasks(JdbcTemplate jdbc) {
        // (the coordinator is picked by the 8th character of the instance id: Camunda's ids are time-based
        // UUIDs, whose last characters are the same for every instance)
        Long unit = jdbc.queryForObject("select min(id) from org_unit", Long.class);
        for (int i = 0; i < COORDINATORS; i++) {
            jdbc.update("insert into employee (personnel_number, first_name, last_name, email, job_title_code,"
                    + " unit_id, coordination_module, start_date, active) values (?, 'Coordinator', ?, ?,"
                    + " 'beleidsadviseur', ?, true, '2000-01-01', true)", coordinator(i), "Bench " + i,
                    "c" + i + "@bench.nl", unit);
        }
        jdbc.execute("create temporary table bench_task as select * from act_ru_task where task_def_key_ ="
                + " 'draftAgreements'");
        jdbc.update("update bench_task set id_ = id_ || '-m', task_def_key_ = 'planningConversation',"
                + " name_ = 'Planningsgesprek voeren', assignee_ = 'B000000'");
        jdbc.update("insert into act_ru_task select * from bench_task");
        jdbc.update("update bench_task set id_ = replace(id_, '-m', '-c'), task_def_key_ = 'planningInput',"
                + " name_ = 'Inbreng coördinator', assignee_ = 'C00000' || cast(mod(ascii(substr(proc_inst_id_, 8, 1)), "
                + COORDINATORS + ") as varchar)");
        jdbc.update("insert into act_ru_task select * from bench_task");
        jdbc.execute("drop table bench_task");
        System.out.printf("open tasks: %,d%n", jdbc.queryForObject("select count(*) from act_ru_task", Long.class));
    }

    static final int COORDINATORS = 10;

    static String coordinator(int i) {
        return "C00000" + i;
    }

    /**
     * "Mijn taken" ({@link MyTasksService#open}: what TasksView asks when it opens — the counts for its sentence (also
     * the grid's size) and its first page of 50, soonest due first, in one call) for an employee with one task, a coordinator with a
     * tenth of the reviews and the manager of everyone, and a page deep in the manager's list; and the queue pages.
     */
    static List<Result> inboxAndQueue(ConfigurableApplicationContext app, JdbcTemplate jdbc, int reviews) {
        MyTasksService myTasks = app.getBean(MyTasksService.class);
        List<MyTaskList.Order> soonest = List.of(new MyTaskList.Order(MyTaskList.SortField.DUE, true));
        List<ReviewTask> taskOrder = List.of(ReviewTask.values());
        MyTasksService.Query everything = MyTasksService.Query.everything();
        ManagerQueueService queue = app.getBean(ManagerQueueService.class);
        List<Result> results = new ArrayList<>();
        Map<String, String> people = new LinkedHashMap<>();
        people.put("employee (1 task)", RoundStartBenchmark.number(1));
        people.put("coordinator (a tenth of the reviews)", coordinator(3));
        people.put("manager of everyone", "B000000");
        for (Map.Entry<String, String> person : people.entrySet()) {
            login(app, jdbc, person.getValue());
            results.add(measure("Mijn taken: " + person.getKey(), reviews, () -> myTasks.open(taskOrder, 50)));
            System.out.println(results.get(results.size() - 1));
        }
        long managersTasks = myTasks.count(everything);
        results.add(measure("Mijn taken: manager of everyone, page in the middle by due date", reviews,
                () -> myTasks.page(everything, soonest, taskOrder, (int) (managersTasks / 2), 50)));
        System.out.println(results.get(results.size() - 1));
        // the manager is logged in now
        ManagerQueueService.Query all = ManagerQueueService.Query.everything();
        List<ManagerQueue.Order> byDue = List.of(new ManagerQueue.Order(ManagerQueue.SortField.DUE, true));
        List<ManagerQueue.Order> byName = List.of(new ManagerQueue.Order(ManagerQueue.SortField.NAME, true));
        long total = queue.count(all);
        Map<String, Supplier<Object>> queries = new LinkedHashMap<>();
        queries.put("Wachtrij: count, no filter", () -> queue.count(all));
        queries.put("Wachtrij: first page of 50 by due date", () -> queue.page(all, byDue, 0, 50));
        queries.put("Wachtrij: page at the middle by name", () -> queue.page(all, byName, (int) (total / 2), 50));
        queries.put("Wachtrij: last page by due date", () -> queue.page(all, byDue, (int) Math.max(0, total - 50), 50));
        // issue 21: what the screen's pager asks instead (ManagerQueuePager): scrolling on from the line before the
        // middle (keyset, the same rows as the page at the middle), and the last page read from the end
        ManagerQueueService.Line beforeMiddle = queue.page(all, byName, (int) (total / 2) - 1, 1).get(0);
        ManagerQueueService.Line nearEnd = queue.page(all, byDue, (int) Math.max(0, total - 51), 1).get(0);
        queries.put("Wachtrij: next page after the middle by name (keyset)",
                () -> queue.pageAfter(all, byName, beforeMiddle, 0, 50));
        queries.put("Wachtrij: next page to the end by due date (keyset)",
                () -> queue.pageAfter(all, byDue, nearEnd, 0, 50));
        // a jump to the middle 2,000 rows past a line seen (the scroll bar dragged on from there): keyset, skip 2,000
        ManagerQueueService.Line seenBeforeMiddle = queue.page(all, byName, (int) (total / 2) - 2001, 1).get(0);
        queries.put("Wachtrij: page at the middle by name, 2,000 rows past a line seen (keyset, skip 2,000)",
                () -> queue.pageAfter(all, byName, seenBeforeMiddle, 2000, 50));
        nl.gesprekscyclus.review.ManagerQueuePager pager = new nl.gesprekscyclus.review.ManagerQueuePager(queue);
        pager.count(all);
        queries.put("Wachtrij: last page by due date, read from the end (pager)",
                () -> pager.page(all, byDue, (int) Math.max(0, total - 50), 50));
        ManagerQueueService.Query mine = new ManagerQueueService.Query(true, null, null, null, false, null);
        queries.put("Wachtrij: count, only waiting for me", () -> queue.count(mine));
        for (Map.Entry<String, Supplier<Object>> q : queries.entrySet()) {
            results.add(measure(q.getKey(), reviews, q.getValue()));
            System.out.println(results.get(results.size() - 1));
        }
        explainInbox(jdbc, reviews);
        explainQueue(app, jdbc, reviews, all, byDue, byName, total);
        return results;
    }

    /**
     * The plan of the engine's task query behind "Mijn taken" (the SQL Camunda's TaskQuery sends for
     * taskAssignee + active + orderByDueDate + listPage(0, 500)) for the manager and for an employee, written to
     * target/bench/inbox-explain-N.txt.
     */
    static void explainInbox(JdbcTemplate jdbc, int reviews) {
        StringBuilder out = new StringBuilder();
        for (String assignee : List.of("B000000", coordinator(3), RoundStartBenchmark.number(1))) {
            out.append("-- assignee ").append(assignee).append('\n');
            jdbc.query("explain (analyze, buffers) select distinct RES.* from ACT_RU_TASK RES where RES.ASSIGNEE_ = ?"
                    + " and RES.SUSPENSION_STATE_ = 1 order by RES.DUE_DATE_ asc limit 500 offset 0",
                    rs -> {
                        out.append(rs.getString(1)).append('\n');
                    }, assignee);
        }
        try {
            Files.writeString(Path.of("target/bench/inbox-explain-" + reviews + ".txt"), out);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        System.out.println(out);
    }

    /**
     * The plans of the Wachtrij's deep pages (the statements {@code CamundaManagerQueue} sends, read through its
     * package-private {@code pageSql}), written to target/bench/queue-explain-N.txt.
     */
    static void explainQueue(ConfigurableApplicationContext app, JdbcTemplate jdbc, int reviews,
            ManagerQueueService.Query all, List<ManagerQueue.Order> byDue, List<ManagerQueue.Order> byName,
            long total) {
        long manager = jdbc.queryForObject("select id from employee where personnel_number = 'B000000'", Long.class);
        ManagerQueue.Filter filter = new ManagerQueue.Filter(manager, null, null, null, null, null, null);
        try {
            Class<?> queue = Class.forName("nl.gesprekscyclus.workflow.CamundaManagerQueue");
            java.lang.reflect.Method pageSql = queue.getDeclaredMethod("pageSql", ManagerQueue.Filter.class,
                    List.class, int.class, int.class, org.springframework.jdbc.core.namedparam.MapSqlParameterSource.class);
            pageSql.setAccessible(true);
            Map<String, Object[]> pages = new LinkedHashMap<>();
            pages.put("page in the middle by name", new Object[] {byName, (int) (total / 2)});
            pages.put("last page by due date", new Object[] {byDue, (int) Math.max(0, total - 50)});
            pages.put("first page by due date", new Object[] {byDue, 0});
            writePlans(app, pages, p -> pageSql.invoke(null, filter, p[0], p[1], 50, p[2]),
                    "queue-explain-" + reviews + ".txt");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The plans of the drill-down's pages (the statements {@code CamundaReviewStatusQueries} sends, read through its
     * package-private {@code pageSql}): the first page, the page at row 5,000 by {@code OFFSET}, the page after row
     * 5,000 (keyset) and the last page read from the end; written to target/bench/{@code file}.
     */
    static void explainDrillDown(ConfigurableApplicationContext app, String file, DrillDown drillDown,
            MonitoredReview.Position before5000) {
        try {
            Class<?> queries = Class.forName("nl.gesprekscyclus.workflow.CamundaReviewStatusQueries");
            java.lang.reflect.Method pageSql = queries.getDeclaredMethod("pageSql", DrillDown.class,
                    java.time.Instant.class, MonitoredReview.Position.class, int.class, int.class, boolean.class,
                    org.springframework.jdbc.core.namedparam.MapSqlParameterSource.class);
            pageSql.setAccessible(true);
            Map<String, Object[]> pages = new LinkedHashMap<>();
            pages.put("first page", new Object[] {null, 0, false});
            pages.put("page at row 5,000 (OFFSET)", new Object[] {null, 5000, false});
            pages.put("page after row 5,000 (keyset)", new Object[] {before5000, 0, false});
            pages.put("last page, read from the end", new Object[] {null, 0, true});
            writePlans(app, pages, p -> pageSql.invoke(null, drillDown, java.time.Instant.now(), p[0], p[1], 50, p[2],
                    p[3]), file);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A statement built into the parameters given (the last element of its arguments). */
    interface StatementBuilder {
        Object build(Object[] argumentsAndParams) throws ReflectiveOperationException;
    }

    /**
     * {@code EXPLAIN (ANALYZE, BUFFERS)} of each statement, with the statement and its parameters, written to
     * target/bench/{@code file} and printed.
     */
    static void writePlans(ConfigurableApplicationContext app, Map<String, Object[]> statements,
            StatementBuilder builder, String file) throws ReflectiveOperationException {
        var named = app.getBean(org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate.class);
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Object[]> statement : statements.entrySet()) {
            var params = new org.springframework.jdbc.core.namedparam.MapSqlParameterSource();
            Object[] arguments = Arrays.copyOf(statement.getValue(), statement.getValue().length + 1);
            arguments[arguments.length - 1] = params;
            String sql = (String) builder.build(arguments);
            out.append("-- ").append(statement.getKey()).append('\n').append(sql).append('\n')
                    .append(params.getValues()).append('\n');
            named.queryForList("explain (analyze, buffers) " + sql, params, String.class)
                    .forEach(line -> out.append(line).append('\n'));
            out.append('\n');
        }
        try {
            Files.writeString(Path.of("target/bench/" + file), out);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        System.out.println(out);
    }

    static void login(ConfigurableApplicationContext app, JdbcTemplate jdbc, String personnelNumber) {
        String username = "bench-" + personnelNumber.toLowerCase(Locale.ROOT);
        jdbc.update("insert into user_account (username, password_hash, employee_id, extra_roles, enabled) select ?,"
                + " null, id, '', true from employee where personnel_number = ?", username, personnelNumber);
        UserDetails user = app.getBean(UserDetailsService.class).loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    static Result measure(String name, int reviews, Supplier<Object> query) {
        return measure(name, reviews, query, 20, 100);
    }

    /** p50 and p95 of {@code runs} runs after {@code warmUps} (of 10 runs the p95 is the slowest). */
    static Result measure(String name, int reviews, Supplier<Object> query, int warmUps, int runs) {
        Object last = null;
        for (int i = 0; i < warmUps; i++) {
            last = query.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            last = query.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        long rows = last instanceof List<?> l ? l.size() : last instanceof Long n ? n : -1;
        return new Result(name, reviews, ms[(runs + 1) / 2 - 1], ms[(int) Math.ceil(runs * 0.95) - 1], rows);
    }

    /** The machine's load (shared, 2 cores): the first three fields of /proc/loadavg, or "?" elsewhere. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "?";
        }
    }

    static void print(List<Result> results) {
        double baseline = baselineP95(results);
        System.out.println();
        System.out.println("| query | reviews | rows | p50 (ms) | p95 (ms) | p95 / baseline p95 |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "| %s | %,d | %,d | %.1f | %.1f | %.1f |%n", r.query(), r.reviews(), r.rows(),
                    r.p50Ms(), r.p95Ms(), r.p95Ms() / baseline);
        }
    }

    static double baselineP95(List<Result> results) {
        return results.stream().filter(r -> r.query().equals(BASELINE)).mapToDouble(Result::p95Ms).findFirst()
                .orElse(Double.NaN);
    }

    static void writeJson(Path file, List<Result> results) throws java.io.IOException {
        double baseline = baselineP95(results);
        String json = results.stream().map(r -> String.format(Locale.ROOT,
                "  {\"name\": \"dashboard\", \"database\": \"postgres\", \"query\": \"%s\", \"size\": %d,"
                + " \"rows\": %d, \"p50Ms\": %.2f, \"p95Ms\": %.2f, \"baseline\": \"%s\", \"baselineP95Ms\": %.2f,"
                + " \"ratioP95\": %.2f}", r.query(), r.reviews(), r.rows(), r.p50Ms(), r.p95Ms(), BASELINE, baseline,
                r.p95Ms() / baseline)).collect(Collectors.joining(",\n", "[\n", "\n]\n"));
        Files.writeString(file, json);
        System.out.println("Wrote " + file);
    }

    private DashboardBenchmark() {
    }
}
