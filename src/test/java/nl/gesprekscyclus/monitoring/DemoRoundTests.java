package nl.gesprekscyclus.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.gesprekscyclus.review.ReviewPhase;
import nl.gesprekscyclus.test_support.TestDatabaseConfiguration;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.Login;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo round of Ommen played on 5 December: the round of that year on the calendar of cycle.yaml, most reviews
 * in the assessment, a few late in an earlier phase, some signed off; nothing recorded after that day, and every
 * closed review's "goed" backed by ratings at or above the expected level. About 90 s (its own context, with the
 * job executor on, and a year of 43 reviews played through the services), so on H2 only, not tagged "db": the demo
 * is what runs on H2, and the services it drives are tested on PostgreSQL elsewhere.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Import(TestDatabaseConfiguration.class)
@TestPropertySource(locations = "classpath:test.properties", properties = {"gesprekscyclus.demo.round.enabled=true", "gesprekscyclus.demo.today=2026-12-05",
        "camunda.bpm.job-execution.enabled=true", "camunda.bpm.job-execution.wait-time-in-millis=200",
        "camunda.bpm.job-execution.max-wait=1000"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoRoundTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @Autowired
    DemoRound demo;
    @Autowired
    DemoTime time;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MonitoringService monitoring;
    @Autowired
    UserDetailsService users;

    @BeforeAll
    void playTheYear() {
        demo.run(); // waits for the run the start-up began, or does it
    }

    @AfterAll
    void engineBackToToday() {
        time.resetEngineClock();
    }

    @Test
    void shouldStandInTheAssessmentOnFiveDecemberWithAFewLateAndSomeSigned() {
        Map<String, Long> phases = new java.util.HashMap<>();
        jdbc.query("select phase, count(*) from review where review_year = 2026 group by phase",
                rs -> {
                    phases.put(rs.getString(1), rs.getLong(2));
                });
        long total = phases.values().stream().mapToLong(Long::longValue).sum();

        assertThat(total).isGreaterThan(30);
        assertThat(phases.get("ASSESSMENT")).as("in the assessment: %s", phases).isGreaterThan(total / 2);
        assertThat(phases.get("CLOSED")).as("signed off: %s", phases).isBetween(total / 10, total / 3);
        long behind = phases.getOrDefault("PLANNING", 0L) + phases.getOrDefault("PROGRESS", 0L);
        assertThat(behind).as("behind: %s", phases).isBetween(2L, total / 3);
        // Voortgang, on that day, calls those behind late
        Login.as(users, DemoUsers.HR);
        long round = jdbc.queryForObject("select id from review_round where round_year = 2026", Long.class);
        ProgressFigures figures = monitoring.figures(new MonitoringScope(round, null, null));
        assertThat(figures.count(ReviewPhase.PLANNING, null, ReviewStatus.OVERDUE)
                + figures.count(ReviewPhase.PROGRESS, null, ReviewStatus.OVERDUE)).isEqualTo(behind);
        assertThat(figures.count(ReviewPhase.ASSESSMENT, null, ReviewStatus.IN_PROGRESS)).isPositive();
    }

    @Test
    void shouldKeepTheDatesOfCycleYamlAndRecordNothingAfterToday() {
        // the phase windows of config/cycle.yaml, not stretched past the year by a start "today"
        List<Map<String, Object>> dates = jdbc.queryForList("select planning_due, progress_start, progress_due,"
                + " assessment_start, assessment_due from review where review_year = 2026");
        assertThat(dates).isNotEmpty().allSatisfy(d -> {
            assertThat(date(d.get("planning_due"))).isEqualTo(LocalDate.of(2026, 3, 1));
            assertThat(date(d.get("progress_start"))).isEqualTo(LocalDate.of(2026, 6, 1));
            assertThat(date(d.get("progress_due"))).isEqualTo(LocalDate.of(2026, 9, 30));
            assertThat(date(d.get("assessment_start"))).isEqualTo(LocalDate.of(2026, 10, 15));
            // someone in service too briefly this year has a first assessment later (the tijdvak rule): not before
            assertThat(date(d.get("assessment_due"))).isAfterOrEqualTo(LocalDate.of(2026, 12, 15));
        });
        assertThat(dates).filteredOn(d -> date(d.get("assessment_due")).equals(LocalDate.of(2026, 12, 15)))
                .hasSizeGreaterThan(dates.size() * 9 / 10);
        Instant endOfToday = TODAY.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant();
        for (String moment : List.of("select max(changed_at) from review_phase_change",
                "select max(signed_at) from signature", "select max(handed_over_at) from assessment",
                "select max(written_at) from assessment", "select max(created_at) from competency_rating")) {
            Timestamp latest = jdbc.queryForObject(moment, Timestamp.class);
            assertThat(latest).as(moment).isNotNull();
            assertThat(latest.toInstant()).as(moment).isBefore(endOfToday).isAfter(Instant.parse("2026-01-01T00:00:00Z"));
        }
        // the progress phase began on its own first day, not on the day the demo ran
        Timestamp progressBegan = jdbc.queryForObject("select min(changed_at) from review_phase_change"
                + " where phase = 'PROGRESS'", Timestamp.class);
        assertThat(LocalDate.ofInstant(progressBegan.toInstant(), ZoneId.systemDefault()))
                .isEqualTo(LocalDate.of(2026, 6, 1));
    }

    @Test
    void shouldBackEveryGoedWithRatingsAtOrAboveTheExpectedLevel() {
        List<Map<String, Object>> closed = jdbc.queryForList("select a.review_id, a.overall_judgement from assessment a"
                + " join review r on r.id = a.review_id where r.phase = 'CLOSED'");
        assertThat(closed).isNotEmpty().allSatisfy(a -> assertThat(a.get("overall_judgement")).isEqualTo("goed"));
        // levels A (highest) to E: "below" is a letter after the expected one
        List<Map<String, Object>> ratings = jdbc.queryForList("select c.level_code, c.expected_level"
                + " from competency_rating c join review r on r.id = c.review_id where r.phase = 'CLOSED'"
                + " and c.source = 'MANAGER'");
        assertThat(ratings).isNotEmpty().allSatisfy(r -> assertThat((String) r.get("level_code"))
                .isLessThanOrEqualTo((String) r.get("expected_level")));
        long atLevel = ratings.stream().filter(r -> r.get("level_code").equals(r.get("expected_level"))).count();
        assertThat(atLevel).isGreaterThan(ratings.size() / 2);
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : LocalDate.parse(value.toString());
    }
}
