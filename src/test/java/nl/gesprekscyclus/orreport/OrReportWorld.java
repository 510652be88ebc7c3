package nl.gesprekscyclus.orreport;

import java.time.LocalDate;
import nl.gesprekscyclus.organisation.EmployeeData;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.organisation.OrganisationService;
import nl.gesprekscyclus.organisation.UnitData;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.Login;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A small organisation for the OR report, with personnel numbers (75xxxx), units and a year (2075) of its own, so its
 * round is nobody else's in the shared database:
 * <pre>
 * Gemeente Ommen
 * └── Rapportagedirectie (nobody of its own)
 *     ├── Team Klein: 4 people (750001-750004), all signed off: 3 goed, 1 onvoldoende; 2 men, 2 women, born 2040
 *     └── Team Groot: 8 people (750011-750018): 6 signed off (5 goed, 1 voldoende), 1 in the assessment phase,
 *         1 in the progress phase; 4 men (born 2045), 3 women (born 2020), 1 gender and birth date not recorded
 * </pre>
 * Reviews are status rows with their assessment (no process behind them: the report reads the tables). Created once
 * and kept (tests share one database), like the search's world.
 */
public final class OrReportWorld {

    public static final int YEAR = 2075;
    static final String SMALL = "or-klein";
    static final String BIG = "or-groot";

    private OrReportWorld() {
    }

    public static synchronized void ensure(ApplicationContext context) {
        OrganisationDirectory directory = context.getBean(OrganisationDirectory.class);
        if (directory.employeeByPersonnelNumber("750018").isPresent()) {
            return;
        }
        Login.as(context.getBean(UserDetailsService.class), DemoUsers.ADMIN);
        try {
            OrganisationService organisation = context.getBean(OrganisationService.class);
            unit(organisation, "or-directie", "Rapportagedirectie", "gemeente");
            unit(organisation, SMALL, "Team Klein", "or-directie");
            unit(organisation, BIG, "Team Groot", "or-directie");
            for (int i = 1; i <= 4; i++) {
                person(organisation, "75000" + i, SMALL);
            }
            for (int i = 11; i <= 18; i++) {
                person(organisation, "7500" + i, BIG);
            }
        } finally {
            Login.logout();
        }
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        jdbc.update("""
                insert into review_round (round_year, status, planning_start, planning_end, progress_start,
                    progress_end, assessment_start, assessment_end, selection, member_count, batch_size, started_by,
                    started_at, closed_at)
                values (?, 'CLOSED', ?, ?, ?, ?, ?, ?, '{}', 12, 500, 'or-test', current_timestamp,
                    current_timestamp)
                """, YEAR, LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 3, 1), LocalDate.of(YEAR, 6, 1),
                LocalDate.of(YEAR, 9, 30), LocalDate.of(YEAR, 10, 15), LocalDate.of(YEAR, 12, 15));
        long round = jdbc.queryForObject("select id from review_round where round_year = ?", Long.class, YEAR);
        String[] small = {"goed", "goed", "goed", "onvoldoende"};
        for (int i = 1; i <= 4; i++) {
            review(jdbc, round, directory, "75000" + i, "CLOSED", small[i - 1]);
            reportData(jdbc, directory, "75000" + i, i <= 2 ? "M" : "V", LocalDate.of(2040, 5, 1));
        }
        String[] big = {"goed", "goed", "goed", "goed", "goed", "voldoende"};
        for (int i = 11; i <= 18; i++) {
            String number = "7500" + i;
            String phase = i <= 16 ? "CLOSED" : i == 17 ? "ASSESSMENT" : "PROGRESS";
            review(jdbc, round, directory, number, phase, i <= 16 ? big[i - 11] : null);
            if (i <= 14) {
                reportData(jdbc, directory, number, "M", LocalDate.of(2045, 3, 1));
            } else if (i <= 17) {
                reportData(jdbc, directory, number, "V", LocalDate.of(2020, 3, 1));
            }
        }
    }

    private static void review(JdbcTemplate jdbc, long round, OrganisationDirectory directory, String number,
            String phase, String judgement) {
        jdbc.update("""
                insert into review (round_id, employee_id, review_year, process_key, job_title_code, manager_id,
                    period_start, period_end, planning_due, progress_start, progress_due, assessment_start,
                    assessment_due, phase, started_at, closed_at)
                values (?, ?, ?, ?, 'beleidsadviseur', (select id from employee where personnel_number = '100001'),
                    ?, ?, ?, ?, ?, ?, ?, ?, current_timestamp, case when ? = 'CLOSED' then current_timestamp end)
                """, round, id(directory, number), YEAR, YEAR + "/" + number, LocalDate.of(YEAR, 1, 1),
                LocalDate.of(YEAR, 12, 31), LocalDate.of(YEAR, 3, 1), LocalDate.of(YEAR, 6, 1),
                LocalDate.of(YEAR, 9, 30), LocalDate.of(YEAR, 10, 15), LocalDate.of(YEAR, 12, 15), phase, phase);
        long review = jdbc.queryForObject("select id from review where process_key = ?", Long.class,
                YEAR + "/" + number);
        // the planning's end as the process records it (the report also counts a review past the phase)
        jdbc.update("""
                insert into review_phase_change (review_id, round_id, phase, kind, changed_at, changed_on)
                values (?, ?, 'PLANNING', 'FINISHED', current_timestamp, ?)
                """, review, round, LocalDate.of(YEAR, 2, 20));
        if (judgement != null) {
            jdbc.update("""
                    insert into assessment (review_id, overall_judgement, consequence, reasons, hr_advice_required,
                        written_at, handed_over_at)
                    values (?, ?, 'periodiek', 'Vastgesteld.', false, current_timestamp, current_timestamp)
                    """, review, judgement);
        }
    }

    private static void reportData(JdbcTemplate jdbc, OrganisationDirectory directory, String number, String gender,
            LocalDate born) {
        jdbc.update("insert into employee_report_data (employee_id, gender, birth_date) values (?, ?, ?)",
                id(directory, number), gender, born);
    }

    private static void unit(OrganisationService organisation, String code, String name, String parent) {
        organisation.saveUnit(null, null, new UnitData(code, name, "team", parent, "100001", null, null, null));
    }

    private static void person(OrganisationService organisation, String number, String unit) {
        organisation.saveEmployee(null, null, new EmployeeData(number, "Rapport", null, "Persoon " + number,
                number + "@or.example.org", "beleidsadviseur", unit, null, null, false, LocalDate.of(2015, 1, 1),
                true));
    }

    private static long id(OrganisationDirectory directory, String number) {
        return directory.employeeByPersonnelNumber(number).orElseThrow().id();
    }
}
