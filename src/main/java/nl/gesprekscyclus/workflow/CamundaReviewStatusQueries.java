package nl.gesprekscyclus.workflow;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import nl.gesprekscyclus.monitoring.DrillDown;
import nl.gesprekscyclus.monitoring.MonitoredReview;
import nl.gesprekscyclus.monitoring.MonitoringScope;
import nl.gesprekscyclus.monitoring.ReviewStatusQueries;
import nl.gesprekscyclus.review.ReviewPhase;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monitoring queries over our review tables and the engine's runtime task table, in SQL so the database
 * counts (GROUP BY) and pages (OFFSET/FETCH, or after a review: keyset) and no review is loaded into Java to be
 * counted. A task belongs to a review through its process instance's business key (year/personnel number), which
 * the review's phase sub-processes inherit (bpmn/review.bpmn). Plain SQL that runs on H2 and PostgreSQL alike.
 */
@Component
@Transactional(readOnly = true)
class CamundaReviewStatusQueries implements ReviewStatusQueries {

    /** An open task of the review is past its due date. Uses the engine's indexes on business key and instance. */
    private static final String OVERDUE = "exists (select 1 from act_ru_execution x join act_ru_task t"
            + " on t.proc_inst_id_ = x.id_ where x.business_key_ = r.process_key and t.due_date_ < :now)";
    /** The review finished the work of its current phase and waits for the next window (bpmn/review.bpmn). */
    private static final String WAITING = "exists (select 1 from review_phase_change pc where pc.review_id = r.id"
            + " and pc.phase = r.phase and pc.kind = 'FINISHED')";
    private static final String OPEN_PHASES = ReviewPhase.inSql(ReviewPhase.running());
    private static final String FLAGS = "case when r.phase in " + OPEN_PHASES + " and " + OVERDUE
            + " then 1 else 0 end as overdue, case when r.phase in " + OPEN_PHASES + " and " + WAITING
            + " then 1 else 0 end as waiting";

    /**
     * The drill-down's order: the employee's last name and first name as the database compares them, then the review
     * (unique: the keyset's tie-breaker).
     */
    private static final List<TaskPageSql.SortKey> ORDER = List.of(new TaskPageSql.SortKey("e.last_name", " asc"),
            new TaskPageSql.SortKey("e.first_name", " asc"), new TaskPageSql.SortKey("r.id", " asc"));

    private final NamedParameterJdbcTemplate jdbc;

    CamundaReviewStatusQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    @Override
    public List<PhaseCount> countByPhaseAndUnit(MonitoringScope scope, Instant now) {
        MapSqlParameterSource params = params(scope, now);
        String sql = "select phase, unit_id, overdue, waiting, count(*) as n from (select r.phase as phase,"
                + " e.unit_id as unit_id, " + FLAGS + " from review r join employee e on e.id = r.employee_id"
                + " where " + scopeCondition(scope) + ") s group by phase, unit_id, overdue, waiting";
        return jdbc.query(sql, params, (rs, i) -> new PhaseCount(ReviewPhase.valueOf(rs.getString("phase")),
                rs.getLong("unit_id"), rs.getInt("overdue") == 1, rs.getInt("waiting") == 1, rs.getLong("n")));
    }

    @Override
    public long count(DrillDown drillDown, Instant now) {
        MapSqlParameterSource params = params(drillDown.scope(), now);
        Long n = jdbc.queryForObject("select count(*) from review r join employee e on e.id = r.employee_id where "
                + drillCondition(drillDown, params), params, Long.class);
        return n == null ? 0 : n;
    }

    @Override
    public List<ReviewRow> page(DrillDown drillDown, Instant now, int offset, int limit) {
        return rows(drillDown, now, null, offset, limit, false);
    }

    @Override
    public List<ReviewRow> pageAfter(DrillDown drillDown, Instant now, MonitoredReview.Position after, int skip,
            int limit) {
        return rows(drillDown, now, after, skip, limit, false);
    }

    @Override
    public List<ReviewRow> pageFromEnd(DrillDown drillDown, Instant now, int fromEnd, int limit) {
        return rows(drillDown, now, null, fromEnd, limit, true);
    }

    private List<ReviewRow> rows(DrillDown drillDown, Instant now, MonitoredReview.Position after, int skip,
            int limit, boolean backwards) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        return jdbc.query(pageSql(drillDown, now, after, skip, limit, backwards, params), params,
                (rs, i) -> new ReviewRow(rs.getLong("id"), rs.getString("process_key"),
                        rs.getString("personnel_number"), name(rs.getString("first_name"),
                                rs.getString("name_prefix"), rs.getString("last_name")),
                        rs.getString("unit_name"), ReviewPhase.valueOf(rs.getString("phase")),
                        rs.getInt("overdue") == 1, rs.getInt("waiting") == 1, new MonitoredReview.Position(
                                rs.getString("last_name"), rs.getString("first_name"), rs.getLong("id"))));
    }

    /**
     * A page of the drill-down in two steps, its parameters added to {@code params} (package-private for the
     * benchmark's EXPLAIN): the inner query sorts narrow rows (review id and name) and cuts the page; only the page's
     * rows then get their two flags (a subquery each). In one step the database worked out the flags of every row it
     * skipped too: a page 5,000 rows down took 227 ms at 15,000 reviews (docs/performance.md).
     *
     * @param after     the review the page comes after (keyset: the reviews before it are not read at all), or null
     * @param skip      reviews left out before the page
     * @param backwards read the order the other way round, so {@code skip} counts from the end (the page's rows
     *                  still come out in the forward order)
     */
    static String pageSql(DrillDown drillDown, Instant now, MonitoredReview.Position after, int skip, int limit,
            boolean backwards, MapSqlParameterSource params) {
        params.addValues(params(drillDown.scope(), now).getValues());
        params.addValue("offset", Math.max(0, skip)).addValue("limit", Math.max(0, limit));
        String comesAfter = "";
        if (after != null) {
            // the last name's bound also on its own, which an index on the names could use
            params.addValue("fromName", after.lastName());
            comesAfter = " and e.last_name >= :fromName and " + TaskPageSql.after(ORDER, List.of(
                    new TaskPageSql.Value("?", after.lastName()), new TaskPageSql.Value("?", after.firstName()),
                    new TaskPageSql.Value("?", after.reviewId())), params);
        }
        String inner = ORDER.stream().map(k -> k.expression() + (backwards ? TaskPageSql.flip(k.direction())
                : k.direction())).collect(Collectors.joining(", "));
        return "select r.id, r.process_key, r.phase, e.personnel_number, e.first_name, e.name_prefix,"
                + " e.last_name, u.name as unit_name, " + FLAGS + " from (select r.id, e.last_name as k0,"
                + " e.first_name as k1 from review r join employee e on e.id = r.employee_id"
                + " where " + drillCondition(drillDown, params) + comesAfter
                + " order by " + inner + " offset :offset rows fetch next :limit rows only) p"
                + " join review r on r.id = p.id join employee e on e.id = r.employee_id"
                + " join org_unit u on u.id = e.unit_id order by p.k0, p.k1, p.id";
    }

    @Override
    public List<OpenTask> openTasks(Collection<String> processKeys) {
        if (processKeys.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select x.business_key_, t.id_, t.task_def_key_, t.assignee_, t.due_date_"
                + " from act_ru_task t join act_ru_execution x on x.id_ = t.proc_inst_id_"
                + " where x.business_key_ in (:keys) order by t.due_date_, t.create_time_",
                new MapSqlParameterSource("keys", processKeys), (rs, i) -> {
                    Timestamp due = rs.getTimestamp("due_date_");
                    return new OpenTask(rs.getString("business_key_"), rs.getString("id_"),
                            rs.getString("task_def_key_"), rs.getString("assignee_"),
                            due == null ? null : due.toInstant());
                });
    }

    private static MapSqlParameterSource params(MonitoringScope scope, Instant now) {
        return new MapSqlParameterSource().addValue("round", scope.roundId())
                .addValue("units", scope.units()).addValue("coordinator", scope.coordinatorId())
                .addValue("now", Timestamp.from(now));
    }

    private static String scopeCondition(MonitoringScope scope) {
        return "r.round_id = :round and r.phase <> 'ENDED'"
                + (scope.units().isEmpty() ? "" : " and e.unit_id in (:units)")
                + (scope.coordinatorId() == null ? "" : " and r.coordinator_id = :coordinator");
    }

    /** The scope, and the condition of the status in the phase; mirrors ReviewStatus.of. */
    private static String drillCondition(DrillDown d, MapSqlParameterSource params) {
        String scope = scopeCondition(d.scope());
        if (d.status() == null) {
            return scope;
        }
        List<String> before = ReviewPhase.running().stream()
                .filter(p -> p.ordinal() < d.phase().ordinal()).map(Enum::name).toList();
        // the phases still ahead in the year, signed off included (an ended review is outside the scope)
        List<String> after = Arrays.stream(ReviewPhase.values()).filter(p -> p != ReviewPhase.ENDED)
                .filter(p -> p.ordinal() > d.phase().ordinal()).map(Enum::name).toList();
        params.addValue("phase", d.phase().name()).addValue("before", before.isEmpty() ? List.of("-") : before)
                .addValue("after", after);
        return scope + switch (d.status()) {
            case NOT_STARTED -> " and r.phase in (:before)";
            case IN_PROGRESS -> " and r.phase = :phase and not " + OVERDUE + " and not (" + WAITING + ")";
            case OVERDUE -> " and r.phase = :phase and " + OVERDUE;
            case DONE -> " and (r.phase in (:after) or r.phase = :phase and not " + OVERDUE + " and " + WAITING + ")";
        };
    }

    private static String name(String first, String prefix, String last) {
        return first + " " + (prefix == null || prefix.isBlank() ? "" : prefix + " ") + last;
    }
}
