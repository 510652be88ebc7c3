package nl.gesprekscyclus.test_support;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
 * The world of the review search ("Gesprekken zoeken"), with personnel numbers (43xxxx), units and years (2071,
 * 2072) of its own, so its reviews are nobody else's in the shared database:
 * <pre>
 * Gemeente Ommen (Annemarie Bakker)
 * ├── Zoekafdeling (Arend Afdeling, "zoek-afdeling")
 * │   └── Zoekteam (Tessa Teamleider, "zoek-team"): Noor Mulder, Jan van der Meer, Jürgen Müller, Karel Muller
 * └── Zoekburen (Bert Buurman, "zoek-buur"): Noortje Mulders
 * </pre>
 * Reviews (status rows only, no process behind them: the search reads the review and employee tables): every
 * employee of the team and Noortje Mulders in 2072, held by their manager; Noor Mulder also in 2071, closed, held
 * then by Bert Buurman (she was in his unit before); Bert Buurman is the second assessor of Jan van der Meer's
 * 2072 review.
 */
public final class SearchPeople {

    public static final int PAST_YEAR = 2071;
    public static final int YEAR = 2072;
    public static final String AREND = "zoek-afdeling";
    public static final String TESSA = "zoek-team";
    public static final String BERT = "zoek-buur";
    public static final String MULDER = "430011";
    public static final String VAN_DER_MEER = "430012";
    public static final String MUELLER = "430013";
    public static final String MULLER = "430014";
    public static final String MULDERS = "430021";
    public static final String TEAM_UNIT = "zoek-team";
    public static final String DEPARTMENT_UNIT = "zoek-afdeling";

    private SearchPeople() {
    }

    /** Creates the world unless it exists (tests share one database); leaves nobody logged in. */
    public static synchronized void ensure(ApplicationContext context) {
        OrganisationDirectory directory = context.getBean(OrganisationDirectory.class);
        if (directory.employeeByPersonnelNumber(MULDERS).isPresent()) {
            return;
        }
        Login.as(context.getBean(UserDetailsService.class), DemoUsers.ADMIN);
        try {
            OrganisationService organisation = context.getBean(OrganisationService.class);
            // a unit needs a manager: the gemeentesecretaris until the unit's own manager exists
            unit(organisation, DEPARTMENT_UNIT, "Zoekafdeling", "gemeente");
            unit(organisation, TEAM_UNIT, "Zoekteam", DEPARTMENT_UNIT);
            unit(organisation, "zoek-buur", "Zoekburen", "gemeente");
            person(organisation, "430001", "Arend", null, "Afdeling", DEPARTMENT_UNIT);
            person(organisation, "430002", "Tessa", null, "Teamleider", TEAM_UNIT);
            person(organisation, "430003", "Bert", null, "Buurman", "zoek-buur");
            person(organisation, MULDER, "Noor", null, "Mulder", TEAM_UNIT);
            person(organisation, VAN_DER_MEER, "Jan", "van der", "Meer", TEAM_UNIT);
            person(organisation, MUELLER, "Jürgen", null, "Müller", TEAM_UNIT);
            person(organisation, MULLER, "Karel", null, "Muller", TEAM_UNIT);
            // made last: ensure() looks for her to know the world is complete
            manage(organisation, DEPARTMENT_UNIT, "430001");
            manage(organisation, TEAM_UNIT, "430002");
            manage(organisation, "zoek-buur", "430003");
            TestAccounts.ensure(context, AREND, id(directory, "430001"), List.of());
            TestAccounts.ensure(context, TESSA, id(directory, "430002"), List.of());
            TestAccounts.ensure(context, BERT, id(directory, "430003"), List.of());
            TestAccounts.ensure(context, "zoek-mulder", id(directory, MULDER), List.of());
            person(organisation, MULDERS, "Noortje", null, "Mulders", "zoek-buur");
        } finally {
            Login.logout();
        }
        reviews(context, directory);
    }

    /** The id of one of the world's reviews. */
    public static long reviewId(ApplicationContext context, int year, String personnelNumber) {
        return context.getBean(JdbcTemplate.class).queryForObject("select id from review where process_key = ?",
                Long.class, year + "/" + personnelNumber);
    }

    private static void reviews(ApplicationContext context, OrganisationDirectory directory) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        long past = round(jdbc, PAST_YEAR);
        long now = round(jdbc, YEAR);
        long tessa = id(directory, "430002");
        long bert = id(directory, "430003");
        review(jdbc, past, PAST_YEAR, directory, MULDER, bert, null, "CLOSED");
        review(jdbc, now, YEAR, directory, MULDER, tessa, null, "PLANNING");
        review(jdbc, now, YEAR, directory, VAN_DER_MEER, tessa, bert, "ASSESSMENT");
        review(jdbc, now, YEAR, directory, MUELLER, tessa, null, "PROGRESS");
        review(jdbc, now, YEAR, directory, MULLER, tessa, null, "PLANNING");
        review(jdbc, now, YEAR, directory, MULDERS, bert, null, "PLANNING");
    }

    /** A finished round of that year: no job picks it up. */
    private static long round(JdbcTemplate jdbc, int year) {
        jdbc.update("""
                insert into review_round (round_year, status, planning_start, planning_end, progress_start,
                    progress_end, assessment_start, assessment_end, selection, member_count, batch_size, started_by,
                    started_at, closed_at)
                values (?, 'CLOSED', ?, ?, ?, ?, ?, ?, '{}', 0, 500, 'search-test', current_timestamp,
                    current_timestamp)
                """, year, LocalDate.of(year, 1, 1), LocalDate.of(year, 3, 1), LocalDate.of(year, 6, 1),
                LocalDate.of(year, 9, 30), LocalDate.of(year, 10, 15), LocalDate.of(year, 12, 15));
        return jdbc.queryForObject("select id from review_round where round_year = ?", Long.class, year);
    }

    private static void review(JdbcTemplate jdbc, long round, int year, OrganisationDirectory directory, String number,
            long manager, Long secondAssessor, String phase) {
        jdbc.update("""
                insert into review (round_id, employee_id, review_year, process_key, job_title_code, manager_id,
                    second_assessor_id, period_start, period_end, planning_due, progress_start, progress_due,
                    assessment_start, assessment_due, phase, started_at, closed_at)
                values (?, ?, ?, ?, 'beleidsadviseur', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, current_timestamp,
                    case when ? = 'CLOSED' then current_timestamp end)
                """, round, id(directory, number), year, year + "/" + number, manager, secondAssessor,
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), LocalDate.of(year, 3, 1),
                LocalDate.of(year, 6, 1), LocalDate.of(year, 9, 30), LocalDate.of(year, 10, 15),
                LocalDate.of(year, 12, 15), phase, phase);
    }

    private static void unit(OrganisationService organisation, String code, String name, String parent) {
        organisation.saveUnit(null, null, new UnitData(code, name, "team", parent, "100001", null, null, null));
    }

    private static void manage(OrganisationService organisation, String code, String manager) {
        UnitSummary unit = organisation.units().stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
        UnitData data = unit.toData();
        organisation.saveUnit(unit.id(), unit.version(), new UnitData(data.code(), data.name(), data.kind(),
                data.parentCode(), manager, null, null, null));
    }

    private static void person(OrganisationService organisation, String number, String first, String prefix,
            String last, String unit) {
        organisation.saveEmployee(null, null, new EmployeeData(number, first, prefix, last,
                number + "@zoek.example.org", "beleidsadviseur", unit, null, null, false, LocalDate.of(2015, 1, 1),
                true));
    }

    private static long id(OrganisationDirectory directory, String number) {
        return directory.employeeByPersonnelNumber(number).orElseThrow().id();
    }

    /** The personnel numbers of the world's employees, for assertions. */
    public static final Map<String, String> NAMES = Map.of(MULDER, "Noor Mulder", VAN_DER_MEER, "Jan van der Meer",
            MUELLER, "Jürgen Müller", MULLER, "Karel Muller", MULDERS, "Noortje Mulders");
}
