package nl.gesprekscyclus.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.gesprekscyclus.review.ui.QueueTestData.HOFMAN;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.gesprekscyclus.review.MyTaskList;
import nl.gesprekscyclus.review.MyTasksService;
import nl.gesprekscyclus.review.ReviewSummary;
import nl.gesprekscyclus.review.ReviewTask;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.KaribuTest;
import nl.gesprekscyclus.test_support.Login;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Mijn taken" of someone with many open tasks (issue 21: a manager of everyone holds thousands): the list is read a
 * page at a time from the database, and every task is on exactly one page, soonest due first; the sentence, the
 * filter on late tasks and the search count in the database too. HR's advice tasks, offered to the group, reach P&O
 * and nobody else.
 * <p>
 * The many tasks are copies of one real task row of Roel Hofman's review (QueueTestData), each with its own due date,
 * made in SQL as the dashboard benchmark does, and removed after each test.
 */
class TasksViewLongListTests extends KaribuTest {

    private static final String COPY = "mytasks-copy-";
    private static final int COPIES = 130;
    private static final int LATE_COPIES = 30;
    /** Annemarie Bakker, manager of the four QueueTestData reviews. */
    private static final String BAKKER_NUMBER = "100001";

    QueueTestData data;
    JdbcTemplate jdbc;
    MyTasksService myTasks;

    @BeforeEach
    void givenHofmansReview() {
        data = new QueueTestData(context);
        data.prepare();
        jdbc = context.getBean(JdbcTemplate.class);
        myTasks = context.getBean(MyTasksService.class);
    }

    @AfterEach
    void removeTheCopies() {
        jdbc.update("delete from act_ru_identitylink where task_id_ like ?", COPY + "%");
        jdbc.update("delete from act_ru_task where id_ like ?", COPY + "%");
        Login.logout();
    }

    @Test
    void shouldPageAManagersLongListSoonestDueFirstWithEveryTaskOnce() {
        login(DemoUsers.MANAGER);
        MyTaskList.Counts before = myTasks.open(List.of(), 0).counts();
        List<Instant> copies = copyPlanningConversationsForBakker();

        MyTaskList.Counts counts = myTasks.open(List.of(), 0).counts();
        assertThat(counts.total()).isEqualTo(before.total() + COPIES);
        assertThat(counts.late()).isEqualTo(before.late() + LATE_COPIES);

        // the whole list page by page, as the grid asks for it
        List<ReviewSummary> all = new ArrayList<>();
        for (int offset = 0; offset < counts.total(); offset += 50) {
            all.addAll(myTasks.page(MyTasksService.Query.everything(), List.of(), List.of(), offset, 50));
        }
        assertThat(all).hasSize((int) counts.total());
        assertThat(all).extracting(ReviewSummary::due).isSortedAccordingTo(Comparator.nullsLast(Comparator
                .naturalOrder()));
        assertThat(all).filteredOn(s -> s.employeePersonnelNumber().equals(HOFMAN)
                && s.openTask() == ReviewTask.PLANNING_CONVERSATION).extracting(ReviewSummary::due)
                .containsExactlyInAnyOrderElementsOf(copies);

        navigate("taken");
        TasksView view = _get(TasksView.class);
        assertThat(view.summary.getText()).contains(String.valueOf(counts.total()))
                .contains(counts.late() + " te laat");
        assertThat(view.grid.isAllRowsVisible()).as("a long list scrolls in the grid, read a page at a time")
                .isFalse();
        assertThat(GridKt._size(view.grid)).isEqualTo((int) counts.total());
        assertThat(GridKt._get(view.grid, 0).overdue()).as("late tasks on top").isTrue();
        assertThat(GridKt._get(view.grid, (int) counts.total() - 1).due()).isEqualTo(all.get(all.size() - 1).due());

        view.overdueOnly.setValue(true);
        assertThat(GridKt._size(view.grid)).isEqualTo((int) counts.late());
        assertThat(rows(view)).allMatch(ReviewSummary::overdue);
        view.overdueOnly.setValue(false);

        view.search.setValue("roel hofman");
        assertThat(rows(view)).hasSizeGreaterThanOrEqualTo(COPIES)
                .allMatch(s -> s.employeePersonnelNumber().equals(HOFMAN));
        view.search.setValue("planningsgesprek");
        assertThat(rows(view)).hasSizeGreaterThanOrEqualTo(COPIES)
                .allMatch(s -> s.openTask() == ReviewTask.PLANNING_CONVERSATION);
    }

    @Test
    void shouldOfferHrsAdviceTaskToHrOnly() {
        String advice = copyTask(COPY + "hr", "hrAdvice", null, Instant.now().plus(7, ChronoUnit.DAYS));
        jdbc.update("insert into act_ru_identitylink (id_, rev_, group_id_, type_, task_id_) values (?, 1, ?, ?, ?)",
                COPY + "link", "HR", "candidate", advice);

        login(DemoUsers.HR);
        assertThat(myTasks.page(MyTasksService.Query.everything(), List.of(), List.of(), 0, 500))
                .filteredOn(s -> s.openTask() == ReviewTask.HR_ADVICE)
                .extracting(ReviewSummary::employeePersonnelNumber).contains(HOFMAN);
        Login.logout();
        for (String other : List.of(DemoUsers.MANAGER, QueueTestData.TIMMERMAN)) {
            login(other);
            assertThat(myTasks.page(MyTasksService.Query.everything(), List.of(), List.of(), 0, 500)).as(other)
                    .noneMatch(s -> s.openTask() == ReviewTask.HR_ADVICE);
            Login.logout();
        }
    }

    /** 130 planning conversations of Hofman's review for Bakker, 30 of them late; their due dates. */
    private List<Instant> copyPlanningConversationsForBakker() {
        LocalDate today = LocalDate.now();
        return IntStream.range(0, COPIES).mapToObj(i -> {
            // late ones a day or more ago, the rest from tomorrow on; a second apart so each is told apart
            Instant due = today.plusDays(i < LATE_COPIES ? -1 - i : 1 + i).atTime(23, 59, 0).plusSeconds(i % 60)
                    .atZone(ZoneId.systemDefault()).toInstant();
            copyTask(COPY + i, "planningConversation", BAKKER_NUMBER, due);
            return due;
        }).collect(Collectors.toList());
    }

    /** A copy of Hofman's open input task, as another task of the same review. */
    private String copyTask(String id, String taskKey, String assignee, Instant due) {
        String source = jdbc.queryForObject("select t.id_ from act_ru_task t join act_ru_execution e"
                + " on e.id_ = t.proc_inst_id_ where e.business_key_ = ? and t.task_def_key_ = 'planningInput'",
                String.class, QueueTestData.key(HOFMAN));
        jdbc.execute("create table mytasks_copy as select * from act_ru_task where id_ = '" + source + "'");
        try {
            jdbc.update("update mytasks_copy set id_ = ?, task_def_key_ = ?, assignee_ = ?, due_date_ = ?", id,
                    taskKey, assignee, Timestamp.from(due));
            jdbc.update("insert into act_ru_task select * from mytasks_copy");
        } finally {
            jdbc.execute("drop table mytasks_copy");
        }
        return id;
    }

    private static List<ReviewSummary> rows(TasksView view) {
        return IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i)).toList();
    }
}
