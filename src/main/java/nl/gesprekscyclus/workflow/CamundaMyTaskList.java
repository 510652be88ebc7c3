package nl.gesprekscyclus.workflow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.gesprekscyclus.organisation.NameSearch;
import nl.gesprekscyclus.review.MyTaskList;
import nl.gesprekscyclus.review.Party;
import nl.gesprekscyclus.review.ReviewPhase;
import nl.gesprekscyclus.review.ReviewTask;
import nl.gesprekscyclus.security.Roles;
import nl.gesprekscyclus.workflow.TaskPageSql.SortKey;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * "Mijn taken" in SQL: one statement for the counts and one for a page, as {@link CamundaManagerQueue} does for the
 * queue and for the same reason (the engine's task query cannot join our tables, so filtering on a name or sorting
 * on a person meant loading every task). Plain SQL that H2 and PostgreSQL both run.
 * <p>
 * Whose tasks: the person's own (assignee), HR's unassigned group tasks (the engine's candidate link), and the line
 * tasks of each manager acted for — the same rule as {@code ReviewRules.substituted}: the task's relation (a decision
 * on a change of agreements counts as the manager's) must be held by that manager in the review, and the review is
 * neither the substitute's own nor the manager's own.
 */
@Component
class CamundaMyTaskList implements MyTaskList {

    /** The tasks alone: enough for the own and HR's tasks sorted by due date or task, the usual case. */
    private static final String TASKS = "from act_ru_task t where t.suspension_state_ = 1";
    /** With their review and employee, for a substitute's line tasks, a search on names, a sort on who or year. */
    private static final String TASKS_OF_REVIEWS = TaskPageSql.TASKS_OF_REVIEWS + " where t.suspension_state_ = 1";

    /** The task keys per line relation a substitute can take over; a task without a party is the manager's. */
    private static final Map<Party, List<String>> LINE_TASKS = Map.of(
            Party.MANAGER, keysOf(Party.MANAGER, true),
            Party.SECOND_ASSESSOR, keysOf(Party.SECOND_ASSESSOR, false),
            Party.SIGNER, keysOf(Party.SIGNER, false));

    private final NamedParameterJdbcTemplate jdbc;

    CamundaMyTaskList(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Counts counts(Filter filter, Instant now) {
        if (filter.empty()) {
            return new Counts(0, 0);
        }
        MapSqlParameterSource params = new MapSqlParameterSource("now", Timestamp.from(now));
        return jdbc.queryForObject("select count(*) as total, "
                + "coalesce(sum(case when t.due_date_ < :now then 1 else 0 end), 0) as late "
                + from(filter, List.of()) + where(filter, params), params,
                (rs, i) -> new Counts(rs.getLong("total"), rs.getLong("late")));
    }

    @Override
    public List<Row> page(Filter filter, List<Order> order, List<ReviewTask> taskOrder, int offset, int limit) {
        if (filter.empty() || limit <= 0) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource();
        return jdbc.query(pageSql(filter, order, taskOrder, offset, limit, params), params, CamundaMyTaskList::row);
    }

    static String pageSql(Filter filter, List<Order> order, List<ReviewTask> taskOrder, int offset, int limit,
            MapSqlParameterSource params) {
        return TaskPageSql.page(from(filter, order) + where(filter, params), sortKeys(order, taskOrder), "", "",
                offset, limit, params);
    }

    /**
     * The tasks alone where nothing asks for their review: a manager of everyone's 15,000 tasks are then counted and
     * sorted from the task table and its assignee index, not joined 15,000 times first (issue 21: that join made
     * the count and first page cost hundreds of milliseconds). Every task of the review models belongs to a review
     * (a round stores the review before it starts its process); a page joins its own rows.
     */
    private static String from(Filter filter, List<Order> order) {
        boolean review = !filter.actingFor().isEmpty() || filter.search() != null
                || order.stream().anyMatch(o -> o.field() == SortField.WHO || o.field() == SortField.YEAR);
        return review ? TASKS_OF_REVIEWS : TASKS;
    }

    /** Whose tasks (one OR per source) and the optional filters, each value a bind parameter. */
    private static String where(Filter filter, MapSqlParameterSource params) {
        List<String> whose = new ArrayList<>();
        if (filter.personnelNumber() != null) {
            whose.add("t.assignee_ = :me");
            params.addValue("me", filter.personnelNumber());
        }
        if (filter.hrTasks()) {
            whose.add("(t.assignee_ is null and exists (select 1 from act_ru_identitylink l where l.task_id_ = t.id_"
                    + " and l.type_ = 'candidate' and l.group_id_ = :hrGroup))");
            params.addValue("hrGroup", Roles.HR);
        }
        if (filter.selfId() != null) {
            params.addValue("self", filter.selfId());
            for (int i = 0; i < filter.actingFor().size(); i++) {
                ActingFor manager = filter.actingFor().get(i);
                String m = ":m" + i;
                params.addValue("m" + i, manager.managerId()).addValue("a" + i, manager.personnelNumber());
                whose.add("(t.assignee_ = :a" + i + " and r.employee_id <> :self and r.employee_id <> " + m
                        + " and ((" + keyIn(Party.MANAGER, params) + " and r.manager_id = " + m + ")"
                        + " or (" + keyIn(Party.SECOND_ASSESSOR, params) + " and r.second_assessor_id = " + m + ")"
                        + " or (" + keyIn(Party.SIGNER, params) + " and coalesce(r.sign_off_by_id, r.manager_id) = "
                        + m + ")))");
            }
        }
        // only the review's own tasks, as the engine's inbox showed them (a task of another model has no line here)
        params.addValue("reviewTasks", Arrays.stream(ReviewTask.values()).map(ReviewTask::key).toList());
        StringBuilder where = new StringBuilder(" and t.task_def_key_ in (:reviewTasks) and (")
                .append(String.join(" or ", whose)).append(")");
        if (filter.overdueAt() != null) {
            where.append(" and t.due_date_ < :overdueAt");
            params.addValue("overdueAt", Timestamp.from(filter.overdueAt()));
        }
        if (filter.search() != null) {
            where.append(" and (").append(search(filter.search(), filter, params)).append(")");
        }
        return where.toString();
    }

    private static String keyIn(Party line, MapSqlParameterSource params) {
        params.addValue("keys" + line.name(), LINE_TASKS.get(line));
        return "t.task_def_key_ in (:keys" + line.name() + ")";
    }

    private static String search(Search search, Filter filter, MapSqlParameterSource params) {
        Long selfId = filter.selfId();
        List<String> any = new ArrayList<>();
        if (!search.tasksNamed().isEmpty()) {
            any.add("t.task_def_key_ in (:named)");
            params.addValue("named", search.tasksNamed().stream().map(ReviewTask::key).toList());
        }
        if (search.selfNamed() && selfId != null) {
            any.add("r.employee_id = :self");
            params.addValue("self", selfId);
        }
        // every word typed, in any order, in the folded names or number (as in the queue)
        List<String> words = NameSearch.words(search.nameWords());
        if (!words.isEmpty()) {
            List<String> all = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                all.add("e.search_name like :word" + i + " escape '!'");
                params.addValue("word" + i, NameSearch.containsPattern(words.get(i)));
            }
            any.add("(" + String.join(" and ", all) + ")");
        }
        // a substitute reads "…, namens Lotte Leider" on these lines: her name (and "namens") finds them too. The few
        // managers acted for are matched here; their lines are already narrowed to the substituted ones by "whose"
        List<String> connector = NameSearch.words(search.onBehalfOf());
        List<String> nameWords = words.stream().filter(w -> !connector.contains(w)).toList();
        for (int i = 0; i < filter.actingFor().size() && !words.isEmpty(); i++) {
            ActingFor manager = filter.actingFor().get(i);
            List<String> names = NameSearch.words(manager.name() + " " + manager.personnelNumber());
            if (nameWords.stream().allMatch(w -> names.stream().anyMatch(n -> n.contains(w)))) {
                any.add("t.assignee_ = :a" + i);
            }
        }
        return any.isEmpty() ? "1 = 0" : String.join(" or ", any);
    }

    /** The sort keys of an order, each an expression from a fixed list (never text from the screen). */
    private static List<SortKey> sortKeys(List<Order> order, List<ReviewTask> taskOrder) {
        List<SortKey> keys = new ArrayList<>();
        for (Order o : order.isEmpty() ? List.of(new Order(SortField.DUE, true)) : order) {
            String direction = o.ascending() ? " asc" : " desc";
            switch (o.field()) {
                case TASK -> keys.add(new SortKey(taskRank(taskOrder), direction));
                case WHO -> {
                    keys.add(new SortKey("lower(e.last_name)", direction));
                    keys.add(new SortKey("lower(e.first_name)", direction));
                }
                case YEAR -> keys.add(new SortKey("r.review_year", direction));
                case DUE -> keys.addAll(TaskPageSql.byDue(o.ascending()));
            }
        }
        return keys;
    }

    /** The task's place in {@code taskOrder} (the names as the user reads them, sorted), as a CASE over the keys. */
    private static String taskRank(List<ReviewTask> taskOrder) {
        StringBuilder rank = new StringBuilder("case t.task_def_key_");
        for (int i = 0; i < taskOrder.size(); i++) {
            rank.append(" when '").append(taskOrder.get(i).key()).append("' then ").append(i);
        }
        return rank.append(" else ").append(taskOrder.size()).append(" end").toString();
    }

    private static List<String> keysOf(Party party, boolean withoutParty) {
        return Arrays.stream(ReviewTask.values())
                .filter(t -> t.party() == party || withoutParty && t.party() == null).map(ReviewTask::key).toList();
    }

    private static Row row(ResultSet rs, int rowNum) throws SQLException {
        Timestamp due = rs.getTimestamp("due");
        return new Row(rs.getString("task_id"), rs.getLong("review_id"), rs.getString("process_key"),
                rs.getInt("review_year"), TaskPageSql.employeeName(rs), rs.getString("personnel_number"),
                ReviewPhase.valueOf(rs.getString("phase")), ReviewTask.byKey(rs.getString("task_key")).orElse(null),
                rs.getString("assignee"), due == null ? null : due.toInstant());
    }
}
