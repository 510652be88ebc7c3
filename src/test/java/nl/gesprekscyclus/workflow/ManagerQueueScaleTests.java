package nl.gesprekscyclus.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.gesprekscyclus.review.ManagerQueue;
import nl.gesprekscyclus.review.ManagerQueue.Filter;
import nl.gesprekscyclus.review.ManagerQueue.Order;
import nl.gesprekscyclus.review.ManagerQueue.SortField;
import nl.gesprekscyclus.review.ReviewPhase;
import nl.gesprekscyclus.review.ReviewTask;
import nl.gesprekscyclus.test_support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manager's queue at the size of Amsterdam, on PostgreSQL only: 15,000 employees of one manager, each with a
 * review, a review process instance and a phase sub-instance carrying the business key, and one open task, written
 * with plain SQL in this test's transaction (rolled back afterwards, so the shared database does not see them).
 * Writes the plans (EXPLAIN ANALYZE) of the count and of typical pages, with the median time through the service, to
 * target/queue-explain.txt (figures, not a verdict: the machine is shared). What it asserts is the shape of the
 * plans: no sort spills to disk, and a manager of a few reviews among 15,000 is answered through the indexes.
 */
@DatabaseTest
@Transactional
@EnabledIfSystemProperty(named = "gc.test.db", matches = "postgres")
class ManagerQueueScaleTests {

    static final int SIZE = 15_000;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NamedParameterJdbcTemplate named;
    @Autowired
    ManagerQueue queue;

    @Test
    void shouldCountAndPageFifteenThousandReviewsWithoutSpillingOrScanningForAManagerOfAFew() throws IOException {
        long manager = givenAManagerOfFifteenThousand();
        Instant now = Instant.now();
        Filter all = new Filter(manager, null, null, null, null, null, null);
        Map<String, Filter> filters = new LinkedHashMap<>();
        filters.put("everything", all);
        filters.put("overdue only", new Filter(manager, null, null, null, null, now, null));
        filters.put("phase + task", new Filter(manager, null, ReviewPhase.PLANNING, ReviewTask.PLANNING_CONVERSATION,
                null, null, null));
        filters.put("name search", new Filter(manager, null, null, null, null, null, "achternaam0123"));
        filters.put("waiting for me", new Filter(manager, "Q-MGR", null, null, null, null, null));
        Long bakker = jdbc.queryForObject("select id from employee where personnel_number = '100001'", Long.class);
        filters.put("another manager, of a few", new Filter(bakker, null, null, null, null, null, null));
        List<Order> byDue = List.of(new Order(SortField.DUE, true));
        List<Order> byName = List.of(new Order(SortField.NAME, true));
        List<Order> byPhase = List.of(new Order(SortField.PHASE, false), new Order(SortField.DUE, true));

        StringBuilder report = new StringBuilder();
        Map<String, String> plans = new LinkedHashMap<>();
        assertThat(queue.count(all)).isGreaterThanOrEqualTo(SIZE);
        for (Map.Entry<String, Filter> f : filters.entrySet()) {
            measure(report, plans, "count, " + f.getKey(), () -> {
                MapSqlParameterSource p = new MapSqlParameterSource();
                return new Statement(CamundaManagerQueue.countSql(f.getValue(), p), p);
            }, () -> queue.count(f.getValue()));
            measure(report, plans, "first page by due date, " + f.getKey(), () -> {
                MapSqlParameterSource p = new MapSqlParameterSource();
                return new Statement(CamundaManagerQueue.pageSql(f.getValue(), byDue, 0, 50, p), p);
            }, () -> queue.page(f.getValue(), byDue, 0, 50));
        }
        measure(report, plans, "page 150 by name", () -> {
            MapSqlParameterSource p = new MapSqlParameterSource();
            return new Statement(CamundaManagerQueue.pageSql(all, byName, 7_500, 50, p), p);
        }, () -> queue.page(all, byName, 7_500, 50));
        measure(report, plans, "last page by phase, due", () -> {
            MapSqlParameterSource p = new MapSqlParameterSource();
            return new Statement(CamundaManagerQueue.pageSql(all, byPhase, SIZE - 50, 50, p), p);
        }, () -> queue.page(all, byPhase, SIZE - 50, 50));

        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/queue-explain.txt"), report);
        System.out.println(report);
        assertThat(plans).allSatisfy((name, plan) -> assertThat(plan).as(name).doesNotContain("external merge"));
        List<String> fewPlans = plans.entrySet().stream().filter(e -> e.getKey().endsWith("of a few"))
                .map(Map.Entry::getValue).toList();
        assertThat(fewPlans).hasSize(2).allSatisfy(plan -> assertThat(plan)
                .contains("Index Scan using ix_review_manager").doesNotContain("Seq Scan on act_ru_task")
                .doesNotContain("Seq Scan on act_ru_execution"));
    }

    record Statement(String sql, MapSqlParameterSource params) {
    }

    private void measure(StringBuilder report, Map<String, String> plans, String name, Supplier<Statement> statement,
            Runnable call) {
        for (int i = 0; i < 3; i++) {
            call.run();
        }
        long[] times = new long[5];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            call.run();
            times[i] = (System.nanoTime() - start) / 1_000;
        }
        Arrays.sort(times);
        double medianMs = times[2] / 1000.0;
        Statement s = statement.get();
        List<String> plan = named.queryForList("explain (analyze, buffers) " + s.sql(), s.params(), String.class);
        plans.put(name, String.join("\n", plan));
        report.append("== ").append(name).append(": median ").append(String.format("%.1f", medianMs))
                .append(" ms through the service\n").append(String.join("\n", plan)).append("\n\n");
    }

    /** 15,000 employees managed by one new manager, each with a review in planning and one open task. */
    private long givenAManagerOfFifteenThousand() {
        Long unit = jdbc.queryForObject("select min(id) from org_unit", Long.class);
        Long roundId = jdbc.queryForObject("""
                insert into review_round (round_year, status, planning_start, planning_end, progress_start,
                    progress_end, assessment_start, assessment_end, selection, member_count, batch_size, started_by,
                    started_at)
                values (2099, 'OPEN', date '2099-01-01', date '2099-03-01', date '2099-06-01', date '2099-09-30',
                    date '2099-10-15', date '2099-12-15', '{}', 15000, 500, 'scale-test', now())
                returning id
                """, Long.class);
        Long manager = jdbc.queryForObject("""
                insert into employee (personnel_number, first_name, last_name, email, job_title_code, unit_id,
                    start_date)
                values ('Q-MGR', 'Grote', 'Leidinggevende', 'q-mgr@example.org', 'gemeentesecretaris', ?,
                    date '2000-01-01')
                returning id
                """, Long.class, unit);
        jdbc.update("""
                insert into employee (personnel_number, first_name, last_name, search_name, email, job_title_code,
                    unit_id, manager_id, start_date)
                select 'Q' || g, 'Voornaam' || g, 'Achternaam' || lpad(g::text, 5, '0'),
                    'voornaam' || g || ' achternaam' || lpad(g::text, 5, '0') || ' q' || g, 'q' || g || '@example.org',
                    'beleidsadviseur', (select id from org_unit order by id offset (g % 3) limit 1), ?, date '2010-01-01'
                from generate_series(1, ?) g
                """, manager, SIZE);
        jdbc.update("""
                insert into review (round_id, employee_id, review_year, process_key, job_title_code, manager_id,
                    period_start, period_end, planning_due, progress_start, progress_due, assessment_start,
                    assessment_due, phase, started_at)
                select ?, e.id, 2099, '2099/' || e.personnel_number, e.job_title_code, ?, date '2099-01-01',
                    date '2099-12-31', date '2099-03-01', date '2099-06-01', date '2099-09-30', date '2099-10-15',
                    date '2099-12-15',
                    case e.id % 3 when 0 then 'PLANNING' when 1 then 'PROGRESS' else 'ASSESSMENT' end, now()
                from employee e where e.manager_id = ?
                """, roundId, manager, manager);
        // the review instance and the phase sub-instance both carry the business key, as in the engine
        jdbc.update("""
                insert into act_ru_execution (id_, rev_, root_proc_inst_id_, proc_inst_id_, business_key_, is_active_,
                    is_concurrent_, is_scope_, is_event_scope_, suspension_state_, proc_def_key_)
                select 'qm' || r.id, 1, 'qm' || r.id, 'qm' || r.id, r.process_key, true, false, true, false, 1, 'review'
                from review r where r.manager_id = ?
                union all
                select 'qs' || r.id, 1, 'qm' || r.id, 'qs' || r.id, r.process_key, true, false, true, false, 1, 'planning'
                from review r where r.manager_id = ?
                """, manager, manager);
        jdbc.update("""
                insert into act_ru_task (id_, rev_, execution_id_, proc_inst_id_, name_, task_def_key_, assignee_,
                    priority_, create_time_, due_date_, suspension_state_)
                select 'qt' || r.id, 1, 'qs' || r.id, 'qs' || r.id, 'taak',
                    case r.id % 4 when 0 then 'draftAgreements' when 1 then 'planningInput'
                        when 2 then 'planningConversation' else 'agreeAgreements' end,
                    case r.id % 4 when 2 then 'Q-MGR' else 'Q' || r.id end, 50, now(),
                    now() + ((r.id % 120) - 30) * interval '1 day', 1
                from review r where r.manager_id = ?
                """, manager);
        jdbc.execute("analyze employee");
        jdbc.execute("analyze review");
        jdbc.execute("analyze act_ru_execution");
        jdbc.execute("analyze act_ru_task");
        return manager;
    }
}
