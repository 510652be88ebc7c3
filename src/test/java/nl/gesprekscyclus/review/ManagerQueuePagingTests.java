package nl.gesprekscyclus.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.gesprekscyclus.review.ManagerQueue.Order;
import nl.gesprekscyclus.review.ManagerQueue.SortField;
import nl.gesprekscyclus.review.ManagerQueueService.Line;
import nl.gesprekscyclus.review.ManagerQueueService.Query;
import nl.gesprekscyclus.test_support.DatabaseTest;
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
 * "Wachtrij" read as the screen reads it (ManagerQueuePager): the page after a line seen is read after that line
 * (keyset, skipping only the lines in between for a page a little further on), a jump into the back half from the
 * end, other jumps by offset; scrolling down, jumping up from the end and jumping around. Whichever way, in every
 * sort order and with a filter, the manager sees every line once and in order: the same lines as one read of
 * everything. The queue here has what makes paging go wrong: many tasks due at the same moment, some without a due
 * date, employees with the same name in different case, three tasks per review. Written with SQL in this test's
 * transaction (rolled back), year 2094.
 */
@DatabaseTest
@Transactional
class ManagerQueuePagingTests {

    static final int YEAR = 2094;
    static final int EMPLOYEES = 24;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ManagerQueueService queue;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void logout() {
        Login.logout();
    }

    @Test
    void shouldShowEveryLineOnceAndInOrderWhetherScrollingOnOrJumping() {
        givenAManagerWithTiesAndTasksWithoutDueDate();
        Login.as(users, "k94-mgr");
        List<List<Order>> orders = List.of(
                List.of(new Order(SortField.DUE, true), new Order(SortField.NAME, true)),
                List.of(new Order(SortField.NAME, false)),
                List.of(new Order(SortField.PHASE, true), new Order(SortField.DUE, false)),
                List.of(new Order(SortField.DUE, false)),
                List.of(new Order(SortField.NAME, true), new Order(SortField.PHASE, false)),
                List.of());
        List<Query> queries = List.of(Query.everything(),
                new Query(false, ReviewPhase.PROGRESS, null, null, false, null),
                new Query(false, null, null, null, false, "jansen"));
        for (Query query : queries) {
            int count = (int) queue.count(query);
            assertThat(count).as("lines for %s", query).isGreaterThan(10);
            for (List<Order> order : orders) {
                List<Line> whole = queue.page(query, order, 0, count);
                assertThat(whole).as("one read of everything").hasSize(count);
                assertThat(whole.stream().map(l -> l.position().taskId()).distinct()).hasSize(count);
                assertThat(whole).as("in the order %s", order).isSortedAccordingTo(comparator(order));
                for (int size : new int[] {2, 5}) {
                    int pageSize = size;
                    PagingWalks.<Line>all(() -> {
                        ManagerQueuePager pager = new ManagerQueuePager(queue);
                        pager.count(query);
                        return (offset, limit) -> pager.page(query, order, offset, limit);
                    }, count, size).forEach((walk, lines) -> assertThat(lines)
                            .as("%s in pages of %d, order %s, %s", walk, pageSize, order, query)
                            .containsExactlyElementsOf(whole));
                }
            }
        }
    }

    /** The order a manager expects from what the screen shows (equal keys: any order). */
    private static Comparator<Line> comparator(List<Order> order) {
        Comparator<Line> c = (a, b) -> 0;
        for (Order o : order) {
            c = c.thenComparing(switch (o.field()) {
                case NAME -> {
                    Comparator<Line> name = Comparator.comparing((Line l) -> l.position().lastName().toLowerCase(Locale.ROOT))
                            .thenComparing(l -> l.position().firstName().toLowerCase(Locale.ROOT));
                    yield o.ascending() ? name : name.reversed();
                }
                case PHASE -> o.ascending() ? Comparator.comparing(Line::phase)
                        : Comparator.comparing(Line::phase).reversed();
                // no due date last, whichever way
                case DUE -> Comparator.comparing(Line::due, Comparator.nullsLast(o.ascending()
                        ? Comparator.<Instant>naturalOrder() : Comparator.<Instant>reverseOrder()));
            });
        }
        return c;
    }

    /**
     * A manager of 24 employees, in pairs and triples of the same name (in different case), each with a review in
     * planning, progress or assessment and three open tasks: most due at one moment, one in five without a due date.
     */
    private void givenAManagerWithTiesAndTasksWithoutDueDate() {
        Long unit = jdbc.queryForObject("select min(id) from org_unit", Long.class);
        long round = SqlRows.round(jdbc, YEAR, EMPLOYEES);
        jdbc.update("""
                insert into employee (personnel_number, first_name, last_name, email, job_title_code, unit_id,
                    start_date)
                values ('K94-MGR', 'Karin', 'Leiding', 'k94-mgr@example.org', 'gemeentesecretaris', ?,
                    date '2000-01-01')
                """, unit);
        Long manager = jdbc.queryForObject("select id from employee where personnel_number = 'K94-MGR'", Long.class);
        jdbc.update("insert into user_account (username, password_hash, employee_id, extra_roles, enabled)"
                + " values ('k94-mgr', null, ?, '', true)", manager);
        String[] last = {"Jansen", "jansen", "de Vries", "Bakker", "JANSEN", "Visser"};
        String[] first = {"Anna", "anna", "Piet"};
        String[] phases = {"PLANNING", "PROGRESS", "ASSESSMENT"};
        String[] tasks = {"draftAgreements", "planningInput", "planningConversation"};
        Timestamp sameMoment = Timestamp.valueOf(LocalDateTime.of(YEAR, 3, 1, 23, 59, 59));
        for (int i = 0; i < EMPLOYEES; i++) {
            String number = "K94-" + i;
            long employee = SqlRows.employee(jdbc, number, first[i % 3], last[i % 6], unit, manager);
            String key = YEAR + "/" + number;
            SqlRows.review(jdbc, round, employee, YEAR, key, manager, null, phases[i % 3]);
            SqlRows.processInstance(jdbc, "k94x-" + i, key);
            for (int t = 0; t < 3; t++) {
                int n = i * 3 + t;
                Timestamp due = n % 5 == 0 ? null : n % 7 == 0 ? Timestamp.valueOf(LocalDateTime.of(YEAR, 2, n % 28 + 1, 12, 0))
                        : sameMoment;
                SqlRows.task(jdbc, "k94t-" + (1000 - n), "k94x-" + i, tasks[t], number, due);
            }
        }
    }
}
