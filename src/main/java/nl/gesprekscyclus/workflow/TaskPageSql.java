package nl.gesprekscyclus.workflow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * What the two task lists in SQL share ("Wachtrij" in {@link CamundaManagerQueue}, "Mijn taken" in
 * {@link CamundaMyTaskList}): the engine's open tasks joined with our review and employee, and a page read in two
 * steps. A task belongs to the planning/progress/assessment sub-process, which carries the review's business key
 * too; the task's process instance row is joined for it (primary key), the review by its unique process key.
 */
final class TaskPageSql {

    /** Open tasks with their review and its employee (add conditions with {@code and}). */
    static final String TASKS_OF_REVIEWS = """
            from act_ru_task t
            join act_ru_execution pi on pi.id_ = t.proc_inst_id_
            join review r on r.process_key = pi.business_key_
            join employee e on e.id = r.employee_id
            """;

    /** The columns every page shows, from {@code t}, {@code r} and {@code e} joined again for the page's rows. */
    private static final String PAGE_COLUMNS = """
            select t.id_ as task_id, t.task_def_key_ as task_key, t.assignee_ as assignee, t.due_date_ as due,
                   r.id as review_id, r.process_key, r.review_year, r.phase, e.personnel_number, e.first_name,
                   e.name_prefix, e.last_name""";

    private TaskPageSql() {
    }

    /** One sort expression from a fixed list (never text from the screen), and its direction. */
    record SortKey(String expression, String direction) {
    }

    /** Soonest (or latest) due first; no due date last, whichever way (PostgreSQL and H2 differ in where nulls go). */
    static List<SortKey> byDue(boolean ascending) {
        return List.of(new SortKey("case when t.due_date_ is null then 1 else 0 end", " asc"),
                new SortKey("t.due_date_", ascending ? " asc" : " desc"));
    }

    /**
     * A page in two steps: the inner query sorts narrow rows (the task id and the sort keys) and cuts the page; only
     * the page's rows are then joined with their review and employee (sorting all 15,000 wide rows made PostgreSQL
     * spill the sort to disk; and an inner query that needs no review column need not join the review at all).
     * The task id breaks ties, so pages never overlap.
     *
     * @param fromWhere   the tasks with their conditions ({@code t}, joined as {@link #TASKS_OF_REVIEWS} when a
     *                    condition or sort key needs the review or employee)
     * @param extraColumns more columns of the page's rows, each starting with a comma (may be empty)
     * @param extraJoins  the joins those columns need
     */
    static String page(String fromWhere, List<SortKey> keys, String extraColumns, String extraJoins, int offset,
            int limit, MapSqlParameterSource params) {
        return page(fromWhere, keys, extraColumns, extraJoins, offset, limit, false, params);
    }

    /**
     * A page as {@link #page(String, List, String, String, int, int, MapSqlParameterSource)}, or, {@code backwards},
     * counted from the end: the inner query reads the order the other way round and skips {@code offset} rows from
     * the last one; the page's rows still come out in the forward order. A page near the end then skips few rows
     * instead of nearly all of them (PostgreSQL sorts only {@code offset + limit} rows, a bounded sort).
     */
    static String page(String fromWhere, List<SortKey> keys, String extraColumns, String extraJoins, int offset,
            int limit, boolean backwards, MapSqlParameterSource params) {
        params.addValue("offset", Math.max(0, offset)).addValue("limit", Math.max(0, limit));
        StringBuilder select = new StringBuilder("select t.id_ as task_id");
        List<String> inner = new ArrayList<>();
        List<String> outer = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            select.append(", ").append(keys.get(i).expression()).append(" as k").append(i);
            inner.add("k" + i + (backwards ? flip(keys.get(i).direction()) : keys.get(i).direction()));
            outer.add("p.k" + i + keys.get(i).direction());
        }
        inner.add(backwards ? "task_id desc" : "task_id");
        outer.add("p.task_id");
        return PAGE_COLUMNS + extraColumns + "\nfrom (\n" + select + " " + fromWhere + " order by "
                + String.join(", ", inner) + " offset :offset rows fetch next :limit rows only"
                + """

                ) p
                join act_ru_task t on t.id_ = p.task_id
                join act_ru_execution pi on pi.id_ = t.proc_inst_id_
                join review r on r.process_key = pi.business_key_
                join employee e on e.id = r.employee_id
                """ + extraJoins + " order by " + String.join(", ", outer);
    }

    static String flip(String direction) {
        return direction.trim().equals("desc") ? " asc" : " desc";
    }

    /**
     * The condition "comes after this row" in the order of {@code keys} and then the task id (keyset paging: the next
     * page starts after the last row shown, so the database skips nothing): {@link #after(List, List,
     * MapSqlParameterSource)} with the task id as the last key.
     *
     * @param values the row's value of each key: the SQL to compare with, {@code ?} standing for the bound value
     *               (e.g. {@code lower(?)}), and the value
     */
    static String after(List<SortKey> keys, List<Value> values, String taskId, MapSqlParameterSource params) {
        List<SortKey> all = new ArrayList<>(keys);
        all.add(new SortKey("t.id_", " asc"));
        List<Value> vals = new ArrayList<>(values);
        vals.add(new Value("?", taskId));
        return after(all, vals, params);
    }

    /**
     * The condition "comes after this row" in the order of {@code keys}, the last of which is unique (the task id, the
     * review id), so equal values of the others neither repeat nor drop a row between pages. For keys k0, k1, k2:
     * {@code k0 > v0 or k0 = v0 and k1 > v1 or k0 = v0 and k1 = v1 and k2 > v2} ({@code <} for a descending key). A
     * null value only occurs for the due date, whose key before it puts every null together at the end: "equal" is
     * then {@code is null} and nothing in that group comes after it by the due date itself. Also used by the
     * Voortgang drill-down ({@link CamundaReviewStatusQueries}).
     */
    static String after(List<SortKey> keys, List<Value> values, MapSqlParameterSource params) {
        List<String> terms = new ArrayList<>();
        StringBuilder equal = new StringBuilder();
        for (int i = 0; i < keys.size(); i++) {
            SortKey key = keys.get(i);
            Value value = values.get(i);
            String name = "after" + i;
            String sql = value.sql().replace("?", ":" + name);
            if (value.value() != null) {
                params.addValue(name, value.value());
                String op = key.direction().trim().equals("desc") ? " < " : " > ";
                terms.add("(" + equal + key.expression() + op + sql + ")");
                equal.append(key.expression()).append(" = ").append(sql).append(" and ");
            } else {
                equal.append(key.expression()).append(" is null and ");
            }
        }
        return "(" + String.join(" or ", terms) + ")";
    }

    /** A row's value of one sort key: the SQL to compare with ({@code ?} for the bound value) and the value. */
    record Value(String sql, Object value) {
    }

    /** The employee's name as people write it: first name, prefix, last name. */
    static String employeeName(ResultSet rs) throws SQLException {
        return Stream.of(rs.getString("first_name"), rs.getString("name_prefix"), rs.getString("last_name"))
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" "));
    }
}
