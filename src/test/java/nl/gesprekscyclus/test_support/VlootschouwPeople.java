package nl.gesprekscyclus.test_support;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.gesprekscyclus.organisation.EmployeeData;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.organisation.OrganisationService;
import nl.gesprekscyclus.organisation.UnitData;
import nl.gesprekscyclus.organisation.UnitSummary;
import nl.gesprekscyclus.security.TestAccounts;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The world of the vlootschouw (issue 20), with personnel numbers (66xxxx), units and years (2066, 2067) of its own:
 * <pre>
 * Gemeente Ommen (Annemarie Bakker)
 * └── Vlootafdeling (Ada Afdeling, "vloot-afdeling")
 *     ├── Vlootteam (Tom Teamleider, "vloot-team"): Pim Plaats ("vloot-pim"), Sanne Schouw (coördinator of Pim,
 *     │   "vloot-sanne"), Kees Collega ("vloot-kees")
 *     └── Vlootburen (Bea Buur, "vloot-bea"): Nina Naast
 * </pre>
 * Reviews (status rows only, no process behind them: the vlootschouw reads the review and employee tables): in 2066
 * everyone of both teams in the assessment phase, held by their team's manager; Pim also in 2067, in planning.
 */
public final class VlootschouwPeople {

    public static final int YEAR = 2066;
    public static final int NEXT_YEAR = 2067;
    public static final String ADA = "vloot-ada";
    public static final String TOM = "vloot-tom";
    public static final String BEA = "vloot-bea";
    public static final String PIM = "vloot-pim";
    public static final String SANNE = "vloot-sanne";
    public static final String KEES = "vloot-kees";
    public static final String PIM_NUMBER = "660011";
    public static final String SANNE_NUMBER = "660012";
    public static final String KEES_NUMBER = "660013";
    public static final String NINA_NUMBER = "660021";
    public static final String TOM_NUMBER = "660002";
    public static final String BEA_NUMBER = "660003";
    public static final String TEAM_UNIT = "vloot-team";
    public static final String NEIGHBOUR_UNIT = "vloot-buur";

    private VlootschouwPeople() {
    }

    /** Creates the world unless it exists (tests share one database); leaves nobody logged in. */
    public static synchronized void ensure(ApplicationContext context) {
        OrganisationDirectory directory = context.getBean(OrganisationDirectory.class);
        if (directory.employeeByPersonnelNumber(NINA_NUMBER).isPresent()) {
            return;
        }
        Login.as(context.getBean(UserDetailsService.class), DemoUsers.ADMIN);
        try {
            OrganisationService organisation = context.getBean(OrganisationService.class);
            unit(organisation, "vloot-afdeling", "Vlootafdeling", "gemeente");
            unit(organisation, TEAM_UNIT, "Vlootteam", "vloot-afdeling");
            unit(organisation, NEIGHBOUR_UNIT, "Vlootburen", "vloot-afdeling");
            person(organisation, "660001", "Ada", "Afdeling", "vloot-afdeling", null, false);
            person(organisation, TOM_NUMBER, "Tom", "Teamleider", TEAM_UNIT, null, false);
            person(organisation, BEA_NUMBER, "Bea", "Buur", NEIGHBOUR_UNIT, null, false);
            person(organisation, SANNE_NUMBER, "Sanne", "Schouw", TEAM_UNIT, null, true);
            person(organisation, PIM_NUMBER, "Pim", "Plaats", TEAM_UNIT, SANNE_NUMBER, false);
            person(organisation, KEES_NUMBER, "Kees", "Collega", TEAM_UNIT, null, false);
            manage(organisation, "vloot-afdeling", "660001");
            manage(organisation, TEAM_UNIT, TOM_NUMBER);
            manage(organisation, NEIGHBOUR_UNIT, BEA_NUMBER);
            TestAccounts.ensure(context, ADA, id(directory, "660001"), List.of());
            TestAccounts.ensure(context, TOM, id(directory, TOM_NUMBER), List.of());
            TestAccounts.ensure(context, BEA, id(directory, BEA_NUMBER), List.of());
            TestAccounts.ensure(context, PIM, id(directory, PIM_NUMBER), List.of());
            TestAccounts.ensure(context, SANNE, id(directory, SANNE_NUMBER), List.of());
            TestAccounts.ensure(context, KEES, id(directory, KEES_NUMBER), List.of());
            // made last: ensure() looks for her to know the world is complete
            person(organisation, NINA_NUMBER, "Nina", "Naast", NEIGHBOUR_UNIT, null, false);
        } finally {
            Login.logout();
        }
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        long round = round(jdbc, YEAR);
        long tom = id(directory, TOM_NUMBER);
        for (String number : List.of(PIM_NUMBER, SANNE_NUMBER, KEES_NUMBER)) {
            review(jdbc, round, YEAR, id(directory, number), number, tom, "ASSESSMENT");
        }
        review(jdbc, round, YEAR, id(directory, NINA_NUMBER), NINA_NUMBER, id(directory, BEA_NUMBER), "ASSESSMENT");
        review(jdbc, round(jdbc, NEXT_YEAR), NEXT_YEAR, id(directory, PIM_NUMBER), PIM_NUMBER, tom, "PLANNING");
    }

    /** The id of one of the world's reviews. */
    public static long reviewId(ApplicationContext context, int year, String personnelNumber) {
        return context.getBean(JdbcTemplate.class).queryForObject("select id from review where process_key = ?",
                Long.class, year + "/" + personnelNumber);
    }

    /** Removes every placement and vlootschouw moment of the world, so each test starts from an empty grid. */
    public static void clearPlacements(ApplicationContext context) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        String mine = "(select r.id from review r where r.review_year in (" + YEAR + ", " + NEXT_YEAR + "))";
        jdbc.update("delete from vlootschouw_placement_change where review_id in " + mine);
        jdbc.update("delete from vlootschouw_placement where review_id in " + mine);
        jdbc.update("delete from vlootschouw_moment where moment_year in (" + YEAR + ", " + NEXT_YEAR + ")");
    }

    /** Bea Buur substitutes Tom Teamleider from yesterday to next week (by the application's clock); or no more. */
    public static void beaSubstitutesTom(ApplicationContext context, boolean on) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        OrganisationDirectory directory = context.getBean(OrganisationDirectory.class);
        long tom = id(directory, TOM_NUMBER);
        jdbc.update("delete from substitution where manager_id = ?", tom);
        if (on) {
            LocalDate today = LocalDate.now(context.getBean(Clock.class));
            jdbc.update("insert into substitution (manager_id, substitute_id, from_date, to_date, set_by, created_at,"
                    + " version) values (?, ?, ?, ?, 'vlootschouw-test', current_timestamp, 0)", tom,
                    id(directory, BEA_NUMBER), today.minusDays(1), today.plusDays(7));
        }
    }

    /** The round of a year as a bare row (status CLOSED, no process), made once; also for CalibrationPeople. */
    static long round(JdbcTemplate jdbc, int year) {
        List<Long> existing = jdbc.queryForList("select id from review_round where round_year = ?", Long.class, year);
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        jdbc.update("""
                insert into review_round (round_year, status, planning_start, planning_end, progress_start,
                    progress_end, assessment_start, assessment_end, selection, member_count, batch_size, started_by,
                    started_at, closed_at)
                values (?, 'CLOSED', ?, ?, ?, ?, ?, ?, '{}', 0, 500, 'vlootschouw-test', current_timestamp,
                    current_timestamp)
                """, year, LocalDate.of(year, 1, 1), LocalDate.of(year, 3, 1), LocalDate.of(year, 6, 1),
                LocalDate.of(year, 9, 30), LocalDate.of(year, 10, 15), LocalDate.of(year, 12, 15));
        return jdbc.queryForObject("select id from review_round where round_year = ?", Long.class, year);
    }

    static void review(JdbcTemplate jdbc, long round, int year, long employee, String number, long manager,
            String phase) {
        jdbc.update("""
                insert into review (round_id, employee_id, review_year, process_key, job_title_code, manager_id,
                    period_start, period_end, planning_due, progress_start, progress_due, assessment_start,
                    assessment_due, phase, started_at)
                values (?, ?, ?, ?, 'beleidsadviseur', ?, ?, ?, ?, ?, ?, ?, ?, ?, current_timestamp)
                """, round, employee, year, year + "/" + number, manager, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31), LocalDate.of(year, 3, 1), LocalDate.of(year, 6, 1),
                LocalDate.of(year, 9, 30), LocalDate.of(year, 10, 15), LocalDate.of(year, 12, 15), phase);
    }

    static void unit(OrganisationService organisation, String code, String name, String parent) {
        organisation.saveUnit(null, null, new UnitData(code, name, "team", parent, "100001", null, null, null));
    }

    static void manage(OrganisationService organisation, String code, String manager) {
        UnitSummary unit = organisation.units().stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
        UnitData data = unit.toData();
        organisation.saveUnit(unit.id(), unit.version(), new UnitData(data.code(), data.name(), data.kind(),
                data.parentCode(), manager, null, null, null));
    }

    static void person(OrganisationService organisation, String number, String first, String last,
            String unit, String coordinator, boolean coordinationModule) {
        organisation.saveEmployee(null, null, new EmployeeData(number, first, null, last,
                number + "@vloot.example.org", "beleidsadviseur", unit, null, coordinator, coordinationModule,
                LocalDate.of(2015, 1, 1), true));
    }

    public static long id(OrganisationDirectory directory, String number) {
        return directory.employeeByPersonnelNumber(number).orElseThrow().id();
    }
}
