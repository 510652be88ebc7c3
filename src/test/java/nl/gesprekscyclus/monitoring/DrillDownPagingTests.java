package nl.gesprekscyclus.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.gesprekscyclus.review.ReviewPhase;
import nl.gesprekscyclus.test_support.DatabaseTest;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.Login;
import nl.gesprekscyclus.test_support.PagingWalks;
import nl.gesprekscyclus.test_support.SqlRows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Voortgang drill-down read as its list reads it (DrillDownPager): the page after a line seen is read after that
 * line (keyset), a jump into the back half from the end, a jump just past lines seen after them, other jumps by
 * offset; and the export, which walks the whole list after the last line of each page. Whichever way, in every
 * drill-down and with the unit and coordinator filters, HR sees exactly the reviews of that drill-down, each once and
 * in the order by name (as the database compares names), equal names by review. The round here has what makes
 * paging go wrong: nine or ten employees for each name, the names in different case, and reviews in every status.
 * Written with SQL in this test's transaction (rolled back), year 2095, personnel numbers D95-.
 */
@DatabaseTest
@Transactional
class DrillDownPagingTests {

    static final int YEAR = 2095;
    static final int EMPLOYEES = 56;
    /** The reviews' phases: the first eight in the planning, the next eight too, and so on. */
    static final ReviewPhase[] PHASES = {ReviewPhase.PLANNING, ReviewPhase.PLANNING, ReviewPhase.PROGRESS,
        ReviewPhase.PROGRESS, ReviewPhase.ASSESSMENT, ReviewPhase.CLOSED, ReviewPhase.ENDED};

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MonitoringService monitoring;
    @Autowired
    UserDetailsService users;

    /** What the test wrote about each review, to know which ones each drill-down must list. */
    record Written(long reviewId, long unitId, boolean coordinated, ReviewPhase phase, boolean overdue,
            boolean waiting) {
    }

    final Map<Long, Written> written = new HashMap<>();
    long round;
    long department;
    long team;
    long coordinator;

    @AfterEach
    void logout() {
        Login.logout();
    }

    @Test
    void shouldListEveryReviewOnceAndInOrderWhetherScrollingJumpingOrExporting() {
        givenARoundWithEqualNamesInEveryStatus();
        Login.as(users, DemoUsers.HR);
        List<Long> byName = jdbc.queryForList("select r.id from review r join employee e on e.id = r.employee_id"
                + " where r.review_year = 2095 order by e.last_name, e.first_name, r.id", Long.class);
        MonitoringScope wholeRound = new MonitoringScope(round, null, null);
        List<DrillDown> drillDowns = new ArrayList<>(List.of(new DrillDown(wholeRound, ReviewPhase.PLANNING, null),
                new DrillDown(wholeRound, ReviewPhase.PLANNING, ReviewStatus.DONE),
                new DrillDown(wholeRound, ReviewPhase.PLANNING, ReviewStatus.OVERDUE),
                new DrillDown(wholeRound, ReviewPhase.PROGRESS, ReviewStatus.NOT_STARTED),
                new DrillDown(wholeRound, ReviewPhase.PROGRESS, ReviewStatus.IN_PROGRESS)));
        // the filters: the department with its team, the department's own people, the team, the coordinator
        for (MonitoringScope scope : List.of(new MonitoringScope(round, department, null),
                new MonitoringScope(round, department, null, false), new MonitoringScope(round, team, null),
                new MonitoringScope(round, null, coordinator))) {
            drillDowns.add(new DrillDown(scope, ReviewPhase.PLANNING, null));
            drillDowns.add(new DrillDown(scope, ReviewPhase.PLANNING, ReviewStatus.DONE));
        }
        for (DrillDown drillDown : drillDowns) {
            List<Long> expected = byName.stream().filter(id -> listed(written.get(id), drillDown)).toList();
            assertThat(expected).as("reviews of %s", drillDown).hasSizeGreaterThan(5);
            int count = (int) monitoring.count(drillDown);
            assertThat(count).as("count of %s", drillDown).isEqualTo(expected.size());
            List<MonitoredReview> whole = monitoring.reviews(drillDown, 0, count);
            assertThat(ids(whole)).as("one read of everything of %s", drillDown).containsExactlyElementsOf(expected);
            if (drillDown.status() != null) {
                assertThat(whole).allMatch(r -> r.status() == drillDown.status());
            }
            for (int size : new int[] {2, 5}) {
                int pageSize = size;
                PagingWalks.<MonitoredReview>all(() -> {
                    DrillDownPager pager = new DrillDownPager(monitoring);
                    pager.count(drillDown);
                    return (offset, limit) -> pager.page(drillDown, offset, limit);
                }, count, size).forEach((walk, lines) -> assertThat(ids(lines))
                        .as("%s in pages of %d, %s", walk, pageSize, drillDown).containsExactlyElementsOf(expected));
                assertThat(exported(drillDown, size)).as("export in pages of %d, %s", size, drillDown)
                        .containsExactlyElementsOf(whole.stream().map(MonitoredReview::personnelNumber).toList());
            }
        }
    }

    /** The personnel numbers of the export's CSV (first column), read in pages of {@code size}. */
    private List<String> exported(DrillDown drillDown, int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReviewListExport(monitoring, size).csv(drillDown, key -> key, ZoneId.systemDefault(), out);
        List<String> rows = out.toString(StandardCharsets.UTF_8).lines().toList();
        return rows.subList(1, rows.size()).stream().map(r -> r.substring(0, r.indexOf(';'))).toList();
    }

    private static List<Long> ids(List<MonitoredReview> lines) {
        return lines.stream().map(MonitoredReview::reviewId).toList();
    }

    /** Whether the drill-down lists this review: its scope, and its status seen from the drill-down's phase. */
    private boolean listed(Written review, DrillDown drillDown) {
        MonitoringScope scope = drillDown.scope();
        Set<Long> units = scope.unitId() == null ? Set.of()
                : scope.unitId() == department && scope.subUnits() ? Set.of(department, team) : Set.of(scope.unitId());
        Predicate<Written> inScope = w -> w.phase() != ReviewPhase.ENDED
                && (units.isEmpty() || units.contains(w.unitId()))
                && (scope.coordinatorId() == null || w.coordinated());
        return inScope.test(review) && (drillDown.status() == null || ReviewStatus.of(drillDown.phase(),
                review.phase(), review.overdue(), review.waiting()) == drillDown.status());
    }

    /**
     * A round of 56 employees with six names, each nine or ten times (in different case): half in a department, half
     * in its team, every third one's review with a coordinator; eight reviews in each of the planning (twice), progress
     * (twice), assessment, closed and ended; of the running ones a third with an open task past its due date, some
     * waiting between phases, the others with a task due later or without a due date.
     */
    private void givenARoundWithEqualNamesInEveryStatus() {
        long root = jdbc.queryForObject("select min(id) from org_unit where parent_id is null", Long.class);
        jdbc.update("insert into org_unit (code, name, kind, parent_id) values ('d95-afdeling', 'Afdeling D95',"
                + " 'afdeling', ?)", root);
        department = jdbc.queryForObject("select id from org_unit where code = 'd95-afdeling'", Long.class);
        jdbc.update("insert into org_unit (code, name, kind, parent_id) values ('d95-team', 'Team D95', 'team', ?)",
                department);
        team = jdbc.queryForObject("select id from org_unit where code = 'd95-team'", Long.class);
        round = SqlRows.round(jdbc, YEAR, EMPLOYEES);
        coordinator = SqlRows.employee(jdbc, "D95-C", "Cora", "Coordinator", department, null);
        String[] last = {"Jansen", "jansen", "Vries", "Bakker", "JANSEN", "bakker"};
        String[] first = {"Anna", "anna", "Piet"};
        Timestamp past = Timestamp.valueOf(LocalDateTime.of(2000, 1, 1, 12, 0));
        Timestamp later = Timestamp.valueOf(LocalDateTime.of(2190, 1, 1, 12, 0));
        for (int i = 0; i < EMPLOYEES; i++) {
            String number = "D95-" + i;
            long unit = i % 2 == 0 ? department : team;
            long employee = SqlRows.employee(jdbc, number, first[i % 3], last[i % 6], unit, coordinator);
            ReviewPhase phase = PHASES[i / 8 % PHASES.length];
            String key = YEAR + "/" + number;
            long review = SqlRows.review(jdbc, round, employee, YEAR, key, coordinator,
                    i % 3 == 1 ? coordinator : null, phase.name());
            boolean running = !phase.isFinished();
            boolean overdue = running && i % 3 == 0;
            boolean waiting = running && !overdue && i % 4 == 1;
            if (running && !waiting) {
                SqlRows.processInstance(jdbc, "d95x-" + i, key);
                SqlRows.task(jdbc, "d95t-" + i, "d95x-" + i, "draftAgreements", number,
                        overdue ? past : i % 5 == 0 ? null : later);
            }
            if (waiting) {
                jdbc.update("insert into review_phase_change (review_id, round_id, phase, kind, changed_at, changed_on)"
                        + " values (?, ?, ?, 'FINISHED', current_timestamp, current_date)", review, round, phase.name());
            }
            written.put(review, new Written(review, unit, i % 3 == 1, phase, overdue, waiting));
        }
        assertThat(written.values().stream().collect(Collectors.groupingBy(Written::phase, Collectors.counting())))
                .as("reviews per phase").containsKeys(PHASES);
    }
}
