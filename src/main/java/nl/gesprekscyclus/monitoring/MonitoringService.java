package nl.gesprekscyclus.monitoring;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.notification.NotificationKind;
import nl.gesprekscyclus.notification.Notifications;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.review.ReviewPhase;
import nl.gesprekscyclus.review.ReviewTask;
import nl.gesprekscyclus.security.Roles;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Voortgang" for HR: how far a round is, per phase and unit, which reviews are behind, reminders to the
 * people whose tasks are overdue, and completion over time against last year. Counts are made by the
 * database; the engine's part of them goes through {@link ReviewStatusQueries}.
 */
@Service
@PreAuthorize("hasRole('" + Roles.HR + "')")
@Transactional(readOnly = true)
public class MonitoringService {

    private final ReviewStatusQueries queries;
    private final NamedParameterJdbcTemplate jdbc;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final ZoneId zone;
    private final java.time.Clock clock;
    private final OrganisationDirectory directory;

    MonitoringService(ReviewStatusQueries queries, NamedParameterJdbcTemplate jdbc, Notifications notifications,
            AuditTrail audit, java.time.Clock clock, OrganisationDirectory directory) {
        this.directory = directory;
        this.queries = queries;
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.audit = audit;
        this.zone = clock.getZone();
        this.clock = clock;
    }

    /**
     * A round as the dashboard needs it.
     *
     * @param formalAssessment the round's year ends with a formal assessment (else the development conversation)
     * @param feedbackRounds the round's shape offers a feedback round before the assessment (issue 19)
     */
    public record RoundRef(long id, int year, LocalDate planningStart, LocalDate assessmentEnd,
            boolean formalAssessment, boolean feedbackRounds) {

        /**
         * The round's phases, in order, as the round stored its shape: the assessment or, without a formal
         * assessment, the development conversation in its place; the feedback round only when the round has it.
         */
        public List<ReviewPhase> phases() {
            return ReviewPhase.running(formalAssessment, feedbackRounds);
        }
    }

    /** A choice in a filter. */
    public record Option(long id, String name) {
    }

    /** Years that have a round, newest first. */
    public List<Integer> years() {
        return jdbc.getJdbcTemplate().queryForList("select round_year from review_round order by round_year desc",
                Integer.class);
    }

    public Optional<RoundRef> round(int year) {
        return jdbc.query("select id, round_year, planning_start, assessment_end, formal_assessment, feedback_rounds"
                + " from review_round"
                + " where round_year = :year", Map.of("year", year), (rs, i) -> new RoundRef(rs.getLong(1),
                        rs.getInt(2), rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate(), rs.getBoolean(5),
                        rs.getBoolean(6)))
                .stream().findFirst();
    }

    /** The units, in tree order. */
    public List<Option> units() {
        return directory.units().stream().map(u -> new Option(u.id(), u.name())).toList();
    }

    /** The scope with the units its query counts: the unit, and its sub-units when the scope takes them along. */
    private MonitoringScope resolved(MonitoringScope scope) {
        if (scope.unitId() == null || !scope.subUnits()) {
            return scope;
        }
        return scope.withUnits(directory.unitWithSubUnits(scope.unitId()));
    }

    private DrillDown resolved(DrillDown drillDown) {
        return new DrillDown(resolved(drillDown.scope()), drillDown.phase(), drillDown.status());
    }

    /** The coordinators of the round's reviews. */
    public List<Option> coordinators(long roundId) {
        return jdbc.query("select distinct e.id, e.first_name, e.name_prefix, e.last_name from review r"
                + " join employee e on e.id = r.coordinator_id where r.round_id = :round"
                + " order by e.last_name, e.first_name", Map.of("round", roundId),
                (rs, i) -> new Option(rs.getLong(1), name(rs.getString(2), rs.getString(3), rs.getString(4))));
    }

    public ProgressFigures figures(MonitoringScope scope) {
        return new ProgressFigures(queries.countByPhaseAndUnit(resolved(scope), queries.now()));
    }

    public long count(DrillDown drillDown) {
        return queries.count(resolved(drillDown), queries.now());
    }

    /** One page of the drill-down with each review's open task, assignee and due date. */
    public List<MonitoredReview> reviews(DrillDown drillDown, int offset, int limit) {
        return lines(drillDown, queries.page(resolved(drillDown), queries.now(), offset, limit));
    }

    /**
     * The page of the drill-down after a line it showed, its first {@code skip} lines left out: read after that
     * line's name and review (keyset paging), so a page deep in the list costs what the first one does. The same
     * scope as {@link #reviews}.
     */
    public List<MonitoredReview> reviewsAfter(DrillDown drillDown, MonitoredReview after, int skip, int limit) {
        return lines(drillDown, queries.pageAfter(resolved(drillDown), queries.now(), after.position(), skip, limit));
    }

    /** The {@code limit} lines of the drill-down before its last {@code fromEnd}, in order (a jump near the end). */
    public List<MonitoredReview> reviewsFromEnd(DrillDown drillDown, int fromEnd, int limit) {
        return lines(drillDown, queries.pageFromEnd(resolved(drillDown), queries.now(), fromEnd, limit));
    }

    /** The page's rows with each review's open task, assignee and due date. */
    private List<MonitoredReview> lines(DrillDown drillDown, List<ReviewStatusQueries.ReviewRow> rows) {
        Map<String, ReviewStatusQueries.OpenTask> firstTask = new HashMap<>();
        for (ReviewStatusQueries.OpenTask task : queries.openTasks(rows.stream()
                .map(ReviewStatusQueries.ReviewRow::processKey).toList())) {
            if (ReviewTask.byKey(task.taskKey()).isPresent()) {
                firstTask.putIfAbsent(task.processKey(), task);
            }
        }
        Map<String, String> names = names(firstTask.values().stream().map(ReviewStatusQueries.OpenTask::assignee)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        return rows.stream().map(r -> {
            ReviewStatusQueries.OpenTask task = r.phase().isFinished() ? null : firstTask.get(r.processKey());
            return new MonitoredReview(r.reviewId(), r.processKey(), r.personnelNumber(), r.employeeName(),
                    r.unitName(), r.phase(), ReviewStatus.of(drillDown.phase(), r.phase(), r.overdue(), r.waiting()),
                    task == null ? null : ReviewTask.byKey(task.taskKey()).orElse(null),
                    task == null || task.assignee() == null ? null
                            : names.getOrDefault(task.assignee(), task.assignee()),
                    task == null ? null : task.due(), r.overdue(), r.position());
        }).toList();
    }

    /**
     * Reminds the people whose tasks in these reviews are past their due date. Recorded as notifications (the
     * mail goes out behind {@link Notifications}); a task is reminded at most once a day from here.
     *
     * @return how many reminders were recorded
     */
    @Transactional
    public int remindOverdue(Collection<Long> reviewIds) {
        if (reviewIds.isEmpty()) {
            return 0;
        }
        Map<String, Long> byKey = new LinkedHashMap<>();
        jdbc.query("select id, process_key from review where id in (:ids) and phase in "
                + ReviewPhase.inSql(ReviewPhase.running()), Map.of("ids", reviewIds), rs -> {
                    byKey.put(rs.getString(2), rs.getLong(1));
                });
        Instant now = queries.now();
        LocalDate today = now.atZone(zone).toLocalDate();
        int sent = 0;
        for (ReviewStatusQueries.OpenTask task : queries.openTasks(byKey.keySet())) {
            if (task.assignee() == null || task.due() == null || !task.due().isBefore(now)) {
                continue; // not overdue, or a task of the HR group itself
            }
            // the task id with the day in the dedup key: a timer's reminder does not swallow this one, and a
            // second click the same day does not send it twice
            sent += notifications.notifyPerson(task.assignee(), byKey.get(task.processKey()),
                    NotificationKind.REMINDER, task.taskKey(), task.taskId(), "hr/" + today, task.assignee(),
                    task.due()) ? 1 : 0;
        }
        audit.record("monitoring.remind", "reviews " + byKey.values(), null, AuditTrail.SUCCESS,
                sent + " reminder(s)");
        return sent;
    }

    /**
     * Check-ins of a round's reviews per unit (the employee's own): how many conversations were recorded and how many
     * of their follow-up actions are overdue. Counts only, never what was said (issue 19, item 4); the scope's unit
     * filter applies as to the figures.
     */
    public record CheckInCount(String unitName, long checkIns, long overdueActions) {
    }

    public List<CheckInCount> checkInsPerUnit(MonitoringScope scope) {
        return countsPerUnit(scope, "check_in c", "check_in_action a on a.check_in_id = c.id",
                "count(distinct c.id), count(distinct case when a.done_at is null and a.due_on < :today then a.id end)",
                CheckInCount::new);
    }

    /**
     * Feedback requests about a round's reviews per unit (the asked employee's own): how many requests, and how many
     * asked colleagues are past the due date without having answered or declined. Counts only, never who was asked,
     * who answered or what (issue 19, item 4); the scope's unit filter applies as to the figures.
     */
    public record FeedbackCount(String unitName, long requests, long overdueAskees) {
    }

    public List<FeedbackCount> feedbackPerUnit(MonitoringScope scope) {
        return countsPerUnit(scope, "feedback_request c", "feedback_askee a on a.request_id = c.id",
                "count(distinct c.id), count(distinct case when a.status = 'OPEN' and c.due_on < :today then a.id end)",
                FeedbackCount::new);
    }

    /** One line of {@link #countsPerUnit}: the unit's name ("" without a unit) and its two counts. */
    private interface UnitCounts<T> {
        T of(String unitName, long first, long second);
    }

    /**
     * Two counts per unit of the employee, over something recorded about a round's reviews ({@code c}, with a
     * {@code review_id}) and its children ({@code a}, left-joined): what the check-ins and the feedback show HR.
     * The scope's units and coordinator narrow it as they narrow the figures; {@code :today} is the application's
     * calendar (as the reminders count overdue), not the engine's clock.
     */
    private <T> List<T> countsPerUnit(MonitoringScope scope, String recorded, String children, String counts,
            UnitCounts<T> line) {
        java.util.Set<Long> unitIds = resolved(scope).units();
        MapSqlParameterSource params = new MapSqlParameterSource("round", scope.roundId()).addValue("units", unitIds)
                .addValue("coordinator", scope.coordinatorId()).addValue("today", LocalDate.now(clock));
        String sql = "select u.name, " + counts
                + " from " + recorded + " join review r on r.id = c.review_id join employee e on e.id = r.employee_id"
                + " left join org_unit u on u.id = e.unit_id left join " + children
                + " where r.round_id = :round"
                + (unitIds.isEmpty() ? "" : " and e.unit_id in (:units)")
                + (scope.coordinatorId() == null ? "" : " and r.coordinator_id = :coordinator")
                + " group by u.name order by u.name";
        return jdbc.query(sql, params, (rs, i) -> line.of(rs.getString(1) == null ? "" : rs.getString(1),
                rs.getLong(2), rs.getLong(3)));
    }

    /**
     * Completion over time of a year's round, or empty when the year has no round.
     *
     * @param unitId a unit (with its sub-units), or null for all
     */
    public Optional<CompletionSeries> completion(int year, Long unitId, Long coordinatorId) {
        return round(year).map(round -> completion(round, resolved(new MonitoringScope(round.id(), unitId,
                coordinatorId)).units(), coordinatorId));
    }

    private CompletionSeries completion(RoundRef round, java.util.Set<Long> unitIds, Long coordinatorId) {
        MapSqlParameterSource params = new MapSqlParameterSource("round", round.id())
                .addValue("units", unitIds).addValue("coordinator", coordinatorId);
        String sql = "select c.phase, c.changed_on, count(*) from review_phase_change c"
                + " join review r on r.id = c.review_id join employee e on e.id = r.employee_id"
                + " where c.round_id = :round and c.kind = 'FINISHED'"
                + (unitIds.isEmpty() ? "" : " and e.unit_id in (:units)")
                + (coordinatorId == null ? "" : " and r.coordinator_id = :coordinator")
                + " group by c.phase, c.changed_on";
        record Day(ReviewPhase finished, LocalDate day, long count) {
        }
        List<Day> days = jdbc.query(sql, params, (rs, i) -> new Day(ReviewPhase.valueOf(rs.getString(1)),
                rs.getDate(2).toLocalDate(), rs.getLong(3)));
        LocalDate today = queries.now().atZone(zone).toLocalDate();
        LocalDate last = round.assessmentEnd().plusWeeks(2);
        if (today.isBefore(last)) {
            last = today.isBefore(round.planningStart()) ? round.planningStart() : today;
        }
        LocalDate lastData = days.stream().map(Day::day).max(LocalDate::compareTo).orElse(last);
        if (lastData.isAfter(last)) {
            last = lastData;
        }
        int weeks = week(round.planningStart(), last) + 1;
        Map<ReviewPhase, long[]> series = new EnumMap<>(ReviewPhase.class);
        for (ReviewPhase phase : round.phases()) {
            long[] perWeek = new long[weeks];
            for (Day day : days) {
                if (day.finished() == phase) {
                    perWeek[Math.min(weeks - 1, Math.max(0, week(round.planningStart(), day.day())))] += day.count();
                }
            }
            for (int w = 1; w < weeks; w++) {
                perWeek[w] += perWeek[w - 1];
            }
            series.put(phase, perWeek);
        }
        return new CompletionSeries(round.year(), round.planningStart(), series);
    }

    private static int week(LocalDate start, LocalDate day) {
        return (int) Math.floorDiv(ChronoUnit.DAYS.between(start, day), 7);
    }

    private Map<String, String> names(java.util.Set<String> personnelNumbers) {
        if (personnelNumbers.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        jdbc.query("select personnel_number, first_name, name_prefix, last_name from employee"
                + " where personnel_number in (:numbers)", Map.of("numbers", personnelNumbers), rs -> {
                    names.put(rs.getString(1), name(rs.getString(2), rs.getString(3), rs.getString(4)));
                });
        return names;
    }

    static String name(String first, String prefix, String last) {
        return first + " " + (prefix == null || prefix.isBlank() ? "" : prefix + " ") + last;
    }
}
