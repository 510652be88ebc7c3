package nl.gesprekscyclus.workflow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.gesprekscyclus.organisation.NameSearch;
import nl.gesprekscyclus.review.ManagerQueue;
import nl.gesprekscyclus.review.ManagerQueue.Position;
import nl.gesprekscyclus.review.ReviewPhase;
import nl.gesprekscyclus.review.ReviewTask;
import nl.gesprekscyclus.workflow.TaskPageSql.SortKey;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The manager's queue in two SQL statements (a count and a page), because the engine's task query cannot join our
 * review and employee tables, and filtering or sorting 15,000 tasks in memory would load them all. Plain SQL that
 * H2 and PostgreSQL both run: unquoted names (the engine's tables are upper case on H2, lower case on
 * PostgreSQL), OFFSET/FETCH, and a CASE for the order of the phases.
 */
@Component
class CamundaManagerQueue implements ManagerQueue {

    private static final String FROM = TaskPageSql.TASKS_OF_REVIEWS + """
            left join org_unit u on u.id = e.unit_id
            where r.manager_id = :manager
              and r.phase in %s
              and t.suspension_state_ = 1
            """.formatted(ReviewPhase.inSql(ReviewPhase.running()));

    /** The unit of a page's rows (joined for the page only). */
    private static final String UNIT_COLUMN = ", u.name as unit_name";
    private static final String UNIT_JOIN = "left join org_unit u on u.id = e.unit_id";

    /** The running phases in the order of the year. */
    private static final String PHASE_ORDER = ReviewPhase.running().stream()
            .map(p -> " when '" + p.name() + "' then " + p.ordinal())
            .collect(Collectors.joining("", "case r.phase", " end"));

    private final NamedParameterJdbcTemplate jdbc;

    CamundaManagerQueue(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long count(Filter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        Long count = jdbc.queryForObject(countSql(filter, params), params, Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public List<Row> page(Filter filter, List<Order> order, int offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        return jdbc.query(pageSql(filter, order, offset, limit, params), params, CamundaManagerQueue::row);
    }

    @Override
    public List<Row> pageAfter(Filter filter, List<Order> order, Position after, int skip, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        return jdbc.query(pageAfterSql(filter, order, after, skip, limit, params), params, CamundaManagerQueue::row);
    }

    @Override
    public List<Row> pageFromEnd(Filter filter, List<Order> order, int fromEnd, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String fromWhere = FROM + where(filter, params);
        return jdbc.query(TaskPageSql.page(fromWhere, sortKeys(order), UNIT_COLUMN, UNIT_JOIN, fromEnd, limit, true,
                params), params, CamundaManagerQueue::row);
    }

    /** The count statement, its parameters added to {@code params} (package-private for the EXPLAIN test). */
    static String countSql(Filter filter, MapSqlParameterSource params) {
        return "select count(*) " + FROM + where(filter, params);
    }

    /**
     * The page statement, its parameters added to {@code params}. Two steps: the inner query sorts narrow rows (the
     * task id and the sort keys) and cuts the page; only the page's rows are then joined for names and the unit.
     * Sorting all 15,000 wide rows made PostgreSQL spill the sort to disk.
     */
    static String pageSql(Filter filter, List<Order> order, int offset, int limit, MapSqlParameterSource params) {
        String fromWhere = FROM + where(filter, params);
        return TaskPageSql.page(fromWhere, sortKeys(order), UNIT_COLUMN, UNIT_JOIN, offset, limit, params);
    }

    /**
     * The page after a row: the page statement with "comes after this row" as one more condition, skipping only
     * {@code skip} rows after it.
     */
    static String pageAfterSql(Filter filter, List<Order> order, Position after, int skip, int limit,
            MapSqlParameterSource params) {
        List<SortKey> keys = sortKeys(order);
        String fromWhere = FROM + where(filter, params) + " and "
                + TaskPageSql.after(keys, values(order, after), after.taskId(), params);
        return TaskPageSql.page(fromWhere, keys, UNIT_COLUMN, UNIT_JOIN, skip, limit, params);
    }

    @Override
    public List<UnitOption> units(long managerId) {
        return jdbc.query("""
                select distinct u.code, u.name from review r
                join employee e on e.id = r.employee_id
                join org_unit u on u.id = e.unit_id
                where r.manager_id = :manager and r.phase in %s
                order by u.name
                """.formatted(ReviewPhase.inSql(ReviewPhase.running())),
                new MapSqlParameterSource("manager", managerId),
                (rs, i) -> new UnitOption(rs.getString("code"), rs.getString("name")));
    }

    /** The optional conditions, each with its own bind parameter (never a value in the SQL text). */
    private static String where(Filter filter, MapSqlParameterSource params) {
        params.addValue("manager", filter.managerId());
        StringBuilder where = new StringBuilder();
        if (filter.assignee() != null) {
            where.append(" and t.assignee_ = :assignee");
            params.addValue("assignee", filter.assignee());
        }
        if (filter.phase() != null) {
            where.append(" and r.phase = :phase");
            params.addValue("phase", filter.phase().name());
        }
        if (filter.task() != null) {
            where.append(" and t.task_def_key_ = :task");
            params.addValue("task", filter.task().key());
        }
        if (filter.unitCode() != null) {
            where.append(" and u.code = :unit");
            params.addValue("unit", filter.unitCode());
        }
        if (filter.overdueAt() != null) {
            where.append(" and t.due_date_ < :now");
            params.addValue("now", Timestamp.from(filter.overdueAt()));
        }
        // every word typed, in any order, in the folded names or number ("mulder noor", "van der meer", "muller")
        List<String> words = NameSearch.words(filter.nameContains());
        for (int i = 0; i < words.size(); i++) {
            where.append(" and e.search_name like :name").append(i).append(" escape '!'");
            params.addValue("name" + i, NameSearch.containsPattern(words.get(i)));
        }
        return where.toString();
    }

    /** The sort keys of an order; the caller adds the task id last, so equal keys still page stably. */
    private static List<SortKey> sortKeys(List<Order> order) {
        List<SortKey> keys = new ArrayList<>();
        for (Order o : order) {
            String direction = o.ascending() ? " asc" : " desc";
            switch (o.field()) {
                case NAME -> {
                    keys.add(new SortKey("lower(e.last_name)", direction));
                    keys.add(new SortKey("lower(e.first_name)", direction));
                }
                case PHASE -> keys.add(new SortKey(PHASE_ORDER, direction));
                case DUE -> keys.addAll(TaskPageSql.byDue(o.ascending()));
            }
        }
        return keys;
    }

    /** A row's values of the sort keys of {@link #sortKeys}, in the same order. */
    private static List<TaskPageSql.Value> values(List<Order> order, Position row) {
        List<TaskPageSql.Value> values = new ArrayList<>();
        for (Order o : order) {
            switch (o.field()) {
                case NAME -> {
                    values.add(new TaskPageSql.Value("lower(?)", row.lastName()));
                    values.add(new TaskPageSql.Value("lower(?)", row.firstName()));
                }
                case PHASE -> values.add(new TaskPageSql.Value("?", row.phase().ordinal()));
                case DUE -> {
                    values.add(new TaskPageSql.Value("?", row.due() == null ? 1 : 0));
                    values.add(new TaskPageSql.Value("?", row.due() == null ? null : Timestamp.from(row.due())));
                }
            }
        }
        return values;
    }

    private static Row row(ResultSet rs, int rowNum) throws SQLException {
        Timestamp dueDate = rs.getTimestamp("due");
        Instant due = dueDate == null ? null : dueDate.toInstant();
        ReviewPhase phase = ReviewPhase.valueOf(rs.getString("phase"));
        String taskId = rs.getString("task_id");
        return new Row(taskId, rs.getLong("review_id"), rs.getInt("review_year"),
                TaskPageSql.employeeName(rs),
                rs.getString("personnel_number"), rs.getString("unit_name"),
                phase, ReviewTask.byKey(rs.getString("task_key")).orElse(null),
                rs.getString("assignee"), due,
                new Position(taskId, rs.getString("last_name"), rs.getString("first_name"), phase, due));
    }
}
