package nl.gesprekscyclus.test_support;

import java.sql.Timestamp;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows written with SQL for the tests that need many reviews in given states without driving the engine (the paging
 * tests of the Wachtrij and the Voortgang drill-down): a round, employees, their reviews and open tasks in the
 * engine's own tables. Meant for a test's transaction, rolled back after it.
 */
public final class SqlRows {

    private SqlRows() {
    }

    /** An open round of {@code year} with the calendar of that year; returns its id. */
    public static long round(JdbcTemplate jdbc, int year, int members) {
        jdbc.update("""
                insert into review_round (round_year, status, planning_start, planning_end, progress_start,
                    progress_end, assessment_start, assessment_end, selection, member_count, batch_size, started_by,
                    started_at)
                values (?, 'OPEN', ?, ?, ?, ?, ?, ?, '{}', ?, 500, 'paging-test', current_timestamp)
                """, year, date(year, "01-01"), date(year, "03-01"), date(year, "06-01"), date(year, "09-30"),
                date(year, "10-15"), date(year, "12-15"), members);
        return jdbc.queryForObject("select id from review_round where round_year = ?", Long.class, year);
    }

    /** An employee (a beleidsadviseur since 2010, e-mail from the personnel number); returns the id. */
    public static long employee(JdbcTemplate jdbc, String number, String first, String last, long unitId,
            Long managerId) {
        jdbc.update("""
                insert into employee (personnel_number, first_name, last_name, search_name, email, job_title_code,
                    unit_id, manager_id, start_date)
                values (?, ?, ?, ?, ?, 'beleidsadviseur', ?, ?, date '2010-01-01')
                """, number, first, last, (first + " " + last).toLowerCase(Locale.ROOT),
                number.toLowerCase(Locale.ROOT) + "@example.org", unitId, managerId);
        return jdbc.queryForObject("select id from employee where personnel_number = ?", Long.class, number);
    }

    /** The employee's review in the round, in this phase, with the business key year/personnel number. */
    public static long review(JdbcTemplate jdbc, long round, long employee, int year, String processKey,
            Long managerId, Long coordinatorId, String phase) {
        jdbc.update("""
                insert into review (round_id, employee_id, review_year, process_key, job_title_code, manager_id,
                    coordinator_id, period_start, period_end, planning_due, progress_start, progress_due,
                    assessment_start, assessment_due, phase, started_at)
                values (?, ?, ?, ?, 'beleidsadviseur', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, current_timestamp)
                """, round, employee, year, processKey, managerId, coordinatorId, date(year, "01-01"),
                date(year, "12-31"), date(year, "03-01"), date(year, "06-01"), date(year, "09-30"),
                date(year, "10-15"), date(year, "12-15"), phase);
        return jdbc.queryForObject("select id from review where process_key = ?", Long.class, processKey);
    }

    /** A process instance of the engine carrying the review's business key. */
    public static void processInstance(JdbcTemplate jdbc, String id, String businessKey) {
        jdbc.update("""
                insert into act_ru_execution (id_, rev_, root_proc_inst_id_, proc_inst_id_, business_key_,
                    is_active_, is_concurrent_, is_scope_, is_event_scope_, suspension_state_, proc_def_key_)
                values (?, 1, ?, ?, ?, true, false, true, false, 1, 'planning')
                """, id, id, id, businessKey);
    }

    /** An open task of that process instance; {@code due} may be null. */
    public static void task(JdbcTemplate jdbc, String id, String processInstance, String taskKey, String assignee,
            Timestamp due) {
        jdbc.update("""
                insert into act_ru_task (id_, rev_, execution_id_, proc_inst_id_, name_, task_def_key_,
                    assignee_, priority_, create_time_, due_date_, suspension_state_)
                values (?, 1, ?, ?, 'taak', ?, ?, 50, current_timestamp, ?, 1)
                """, id, processInstance, processInstance, taskKey, assignee, due);
    }

    private static java.sql.Date date(int year, String monthDay) {
        return java.sql.Date.valueOf(year + "-" + monthDay);
    }
}
