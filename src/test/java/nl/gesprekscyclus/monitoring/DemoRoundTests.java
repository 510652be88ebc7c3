package nl.gesprekscyclus.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.gesprekscyclus.review.ReviewPhase;
import nl.gesprekscyclus.workrole.RoleAssignmentService;
import nl.gesprekscyclus.workrole.RoleAssignmentStatus;
import nl.gesprekscyclus.workrole.RoleOverviewService;
import nl.gesprekscyclus.workrole.RoleOverviewService.Filter;
import nl.gesprekscyclus.workrole.RoleOverviewService.Holder;
import nl.gesprekscyclus.test_support.TestDatabaseConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.Login;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo of Ommen started on 5 December 2026: last year's round complete and closed, this year's on the calendar
 * of cycle.yaml, most reviews in the assessment, a few late in an earlier phase, some signed off; nothing recorded
 * after that day, every judgement backed by its ratings, and a start-up log without a failed or fought-over job.
 * The rounds are played while the context starts (as before the web server takes requests), with the job executor
 * off: its own context, about 30 s on H2 when the machine is quiet.
 * <p>
 * On H2 only: the demo is what the README's start command plays on the embedded H2 database (production on
 * PostgreSQL runs no demo), and its two years cost about two minutes per run on a busy CI machine. The services it
 * drives are tested on PostgreSQL by their own tests.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Import(TestDatabaseConfiguration.class)
@TestPropertySource(locations = "classpath:test.properties", properties = {"gesprekscyclus.demo.round.enabled=true", "gesprekscyclus.demo.today=2026-12-05",
        "gesprekscyclus.demo.roles.enabled=true"})
@ContextConfiguration(initializers = DemoRoundTests.CaptureLog.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoRoundTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    /** What the engine and the application log while the context starts (the rounds are played then). */
    private static final ListAppender<ILoggingEvent> LOG = new ListAppender<>();
    private static final List<String> LOGGERS = List.of("org.camunda", "nl.gesprekscyclus");

    /** Listens from after Spring Boot set up the logging (which drops appenders added earlier) on. */
    static class CaptureLog implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            LOG.start();
            LOGGERS.forEach(name -> ((Logger) LoggerFactory.getLogger(name)).addAppender(LOG));
        }
    }

    @Autowired
    DemoTime time;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MonitoringService monitoring;
    @Autowired
    UserDetailsService users;
    @Autowired
    DemoRound demo;
    @Autowired
    RoleOverviewService roleOverview;
    @Autowired
    RoleAssignmentService roleAssignments;
    @Autowired
    org.springframework.context.ApplicationContext context;

    @AfterAll
    void engineBackToToday() {
        time.resetEngineClock();
        LOGGERS.forEach(name -> ((Logger) LoggerFactory.getLogger(name)).detachAppender(LOG));
    }

    /**
     * The screens get the demo's clock the way Vaadin gives it to them (one bean of the type, no @Primary): with a
     * second, system clock beside it every review screen of the demo failed ("Er ging iets mis", seen in a walk
     * through the README's demo on 6 December 2026).
     */
    @Test
    void shouldGiveTheScreensTheDemoClockAsTheOnlyClock() {
        assertThat(context.getBeanNamesForType(java.time.Clock.class)).hasSize(1);
        assertThat(new com.vaadin.flow.spring.SpringInstantiator(null, context).getOrCreate(java.time.Clock.class))
                .isInstanceOf(DemoClock.class);
    }

    @Test
    void shouldStandInTheAssessmentOnFiveDecemberWithAFewLateAndSomeSigned() {
        Map<String, Long> phases = phases(2026);
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

    /**
     * Issue 18: the demo people of config/demo/role-assignments.yaml fill roles, so "Rollen in de organisatie" and the
     * profiles have something to show: nine people this year (Esther Timmerman two roles), contractmanager nobody
     * since Pieter Hoekstra's period ended last year, and Sanne de Jong's proposal for next year waits for Annemarie
     * Bakker.
     */
    @Test
    void shouldGiveSomeDemoPeopleRolesWithAnOpenProposalOneEndedLastYearAndARoleNobodyFills() {
        Login.as(users, DemoUsers.HR);
        Filter thisYear = new Filter(null, null, 2026, null);
        List<Holder> holders = roleOverview.holders(thisYear, 0, 100);
        assertThat(holders).extracting(Holder::personnelNumber).containsExactlyInAnyOrder("100031", "100015",
                "100006", "100008", "100010", "100010", "100012", "100019", "100026");
        assertThat(roleOverview.vacantRoles(thisYear)).extracting(r -> r.code()).containsExactly("contractmanager");
        assertThat(roleOverview.holders(new Filter(null, "contractmanager", 2025, null), 0, 10))
                .extracting(Holder::personnelNumber, Holder::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("100017", RoleAssignmentStatus.ENDED));
        assertThat(roleOverview.countChanges(thisYear)).isPositive();
        assertThat(roleOverview.countWithoutRole(thisYear)).isPositive();

        Login.as(users, DemoUsers.EMPLOYEE);
        assertThat(roleAssignments.overview(DemoUsers.EMPLOYEE_NUMBER).lines())
                .extracting(RoleAssignmentService.Line::roleCode, RoleAssignmentService.Line::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("projectleider", RoleAssignmentStatus.PROPOSED),
                        org.assertj.core.groups.Tuple.tuple("opdrachtgever", RoleAssignmentStatus.ASSIGNED));
        Login.logout();
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
                "select max(written_at) from assessment", "select max(created_at) from competency_rating",
                "select max(created_at) from notification")) {
            Timestamp latest = jdbc.queryForObject(moment, Timestamp.class);
            assertThat(latest).as(moment).isNotNull();
            assertThat(latest.toInstant()).as(moment).isBefore(endOfToday);
        }
        // the progress phase began on its own first day, not on the day the demo ran
        Timestamp progressBegan = jdbc.queryForObject("select min(c.changed_at) from review_phase_change c"
                + " join review r on r.id = c.review_id where r.review_year = 2026 and c.phase = 'PROGRESS'",
                Timestamp.class);
        assertThat(LocalDate.ofInstant(progressBegan.toInstant(), ZoneId.systemDefault()))
                .isEqualTo(LocalDate.of(2026, 6, 1));
        // the planning's late ones were reminded a week before 1 March, by the engine's timer on that day
        List<Timestamp> planningReminders = jdbc.queryForList("select n.created_at from notification n"
                + " join review r on r.id = n.review_id where r.review_year = 2026 and n.kind = 'REMINDER'"
                + " and n.created_at < ?", Timestamp.class,
                Timestamp.from(LocalDate.of(2026, 6, 1).atStartOfDay(ZoneId.systemDefault()).toInstant()));
        assertThat(planningReminders).isNotEmpty().allSatisfy(t -> assertThat(LocalDate.ofInstant(t.toInstant(),
                ZoneId.systemDefault())).isEqualTo(LocalDate.of(2026, 2, 22)));
    }

    @Test
    void shouldBackEveryJudgementWithItsRatings() {
        List<Map<String, Object>> closed = jdbc.queryForList("select a.review_id, r.review_year, a.overall_judgement"
                + " from assessment a join review r on r.id = a.review_id where r.phase = 'CLOSED'");
        // this year's signed ones are "goed"; last year's are spread, mostly "goed"
        assertThat(closed).filteredOn(a -> ((Number) a.get("review_year")).intValue() == 2026).isNotEmpty()
                .allSatisfy(a -> assertThat(a.get("overall_judgement")).isEqualTo("goed"));
        Map<Object, Long> lastYear = closed.stream().filter(a -> ((Number) a.get("review_year")).intValue() == 2025)
                .collect(java.util.stream.Collectors.groupingBy(a -> a.get("overall_judgement"),
                        java.util.stream.Collectors.counting()));
        long lastYearTotal = lastYear.values().stream().mapToLong(Long::longValue).sum();
        assertThat(lastYear.keySet()).as("%s", lastYear).containsExactlyInAnyOrder("voldoende", "goed", "uitstekend");
        assertThat(lastYear.get("goed")).as("%s", lastYear).isGreaterThan(lastYearTotal / 2);
        assertThat(lastYear.get("uitstekend")).as("%s", lastYear).isLessThan(lastYear.get("voldoende"));
        // levels A (highest) to E: "above" is a letter before the expected one, "below" one after
        for (Map<String, Object> a : closed) {
            List<Map<String, Object>> ratings = jdbc.queryForList("select level_code, expected_level"
                    + " from competency_rating where review_id = ? and source = 'MANAGER'", a.get("review_id"));
            long above = ratings.stream().filter(r -> ((String) r.get("level_code"))
                    .compareTo((String) r.get("expected_level")) < 0).count();
            long below = ratings.stream().filter(r -> ((String) r.get("level_code"))
                    .compareTo((String) r.get("expected_level")) > 0).count();
            String judgement = (String) a.get("overall_judgement");
            assertThat(ratings).as("review %s", a.get("review_id")).isNotEmpty();
            switch (judgement) {
                case "goed" -> assertThat(below).isZero();
                case "uitstekend" -> assertThat(above).isPositive();
                default -> assertThat(below).isLessThanOrEqualTo(1);
            }
            if (judgement.equals("uitstekend")) {
                assertThat(below).isZero();
            }
            assertThat(ratings.size() - above - below).as("at level, %s", judgement)
                    .isGreaterThanOrEqualTo(judgement.equals("uitstekend") ? 0 : (ratings.size() + 1) / 2);
        }
    }

    @Test
    void shouldPlaceEveryAssessedReviewOnTheVlootschouwGridWithPerformanceFollowingTheJudgement() {
        // every review with a written assessment is placed, by its manager; none without one (the walk's are not)
        assertThat(jdbc.queryForObject("select count(*) from assessment a where not exists (select 1 from"
                + " vlootschouw_placement p where p.review_id = a.review_id)", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from vlootschouw_placement p where not exists (select 1 from"
                + " assessment a where a.review_id = p.review_id)", Integer.class)).isZero();
        List<Map<String, Object>> placed = jdbc.queryForList("select r.review_year, a.overall_judgement, p.performance,"
                + " p.placed_by_id, r.manager_id from vlootschouw_placement p join assessment a on a.review_id ="
                + " p.review_id join review r on r.id = p.review_id");
        assertThat(placed).extracting(p -> ((Number) p.get("review_year")).intValue()).contains(2025, 2026);
        assertThat(placed).allSatisfy(p -> {
            assertThat(p.get("placed_by_id")).isEqualTo(p.get("manager_id"));
            assertThat(p.get("performance")).isEqualTo(switch ((String) p.get("overall_judgement")) {
                case "uitstekend" -> "excellent";
                case "voldoende", "goed" -> "goed";
                default -> "matig";
            });
        });
    }

    @Test
    void shouldHaveLastYearsRoundCompleteWithinLastYearSoVoortgangComparesTheYears() {
        assertThat(phases(2025)).containsOnlyKeys("CLOSED");
        assertThat(jdbc.queryForObject("select closed_at from review_round where round_year = 2025", Timestamp.class))
                .isNotNull();
        Instant newYear = LocalDate.of(2026, 1, 1).atStartOfDay(ZoneId.systemDefault()).toInstant();
        Instant lastNewYear = LocalDate.of(2025, 1, 1).atStartOfDay(ZoneId.systemDefault()).toInstant();
        for (String moment : List.of("c.changed_at from review_phase_change c", "s.signed_at from signature s",
                "a.handed_over_at from assessment a", "a.written_at from assessment a")) {
            String table = moment.substring(moment.indexOf(" from ") + 6);
            String alias = table.substring(table.indexOf(' ') + 1);
            List<Timestamp> all = jdbc.queryForList("select " + moment + " join review r on r.id = " + alias
                    + ".review_id where r.review_year = 2025", Timestamp.class);
            assertThat(all).as(moment).isNotEmpty().allSatisfy(t -> assertThat(t.toInstant()).as(moment)
                    .isAfter(lastNewYear).isBefore(newYear));
        }
        // handed over before the employee's "voor gezien" and the sign-off, never after
        assertThat(jdbc.queryForObject("select count(*) from assessment a join signature s on s.review_id = a.review_id"
                + " where s.kind in ('ACKNOWLEDGE', 'SIGN_OFF') and s.signed_at < a.handed_over_at", Integer.class))
                .isZero();
        // one agreements document per agreed review: no job ran twice
        assertThat(jdbc.queryForObject("select count(*) from review_document where kind = 'AGREEMENTS'",
                Integer.class)).isEqualTo(jdbc.queryForObject("select count(distinct review_id) from signature"
                        + " where kind = 'AGREE'", Integer.class));

        Login.as(users, DemoUsers.HR);
        CompletionSeries lastYear = monitoring.completion(2025, null, null).orElseThrow();
        CompletionSeries thisYear = monitoring.completion(2026, null, null).orElseThrow();
        long reviews = phases(2025).get("CLOSED");
        // last year's line ends with every review through every phase, two weeks after its assessment window
        assertThat(lastYear.weeks()).isBetween(50, 53);
        // the demo's rounds have an assessment every year and no feedback round: their phases end with the assessment
        assertThat(lastYear.phases()).containsExactlyElementsOf(ReviewPhase.running(true, false));
        for (ReviewPhase phase : lastYear.phases()) {
            assertThat(lastYear.finished(phase, lastYear.weeks() - 1)).as("%s", phase).isEqualTo(reviews);
        }
        // this year's runs to 5 December (week 49), behind last year's at the same week
        assertThat(thisYear.weeks()).isEqualTo(49);
        assertThat(thisYear.finished(ReviewPhase.ASSESSMENT, 48))
                .isLessThan(lastYear.finished(ReviewPhase.ASSESSMENT, 48));
    }

    @Test
    void shouldPrepareWithoutAFailedOrFoughtOverJob() {
        assertThat(LOG.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                // Ommen's policy names nobody to assess the gemeentesecretaris: that refusal is the domain's
                .filteredOn(e -> !e.getFormattedMessage().startsWith("No review for 100001"))
                .extracting(ILoggingEvent::getFormattedMessage).isEmpty();
        assertThat(LOG.list).extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(m -> assertThat(m).startsWith("Demo: the round of 2026 is ready"));
        // played while the context started: ready, and the waiting page lets requests through
        assertThat(demo.ready()).isTrue();
        assertThat(demo.getPhase()).isGreaterThan(org.springframework.context.SmartLifecycle.DEFAULT_PHASE - 2048);
        assertThat(jdbc.queryForObject("select count(*) from act_ru_incident", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from act_ru_job where exception_msg_ is not null",
                Integer.class)).isZero();
    }

    private Map<String, Long> phases(int year) {
        Map<String, Long> phases = new java.util.HashMap<>();
        jdbc.query("select phase, count(*) from review where review_year = ? group by phase",
                rs -> {
                    phases.put(rs.getString(1), rs.getLong(2));
                }, year);
        return phases;
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : LocalDate.parse(value.toString());
    }
}
