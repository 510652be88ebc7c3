package nl.gesprekscyclus.workrole;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import nl.gesprekscyclus.test_support.SearchPeople;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Roles in the world of {@link SearchPeople} (Zoekafdeling of Arend Afdeling with Tessa Teamleider's Zoekteam below
 * it, and Bert Buurman's Zoekburen beside it), in the years 2056–2058 that no other test uses. Written straight into
 * the table (the overview reads the table; how rows get there is RoleAssignmentServiceTests' business), inside the
 * calling test's transaction, so each test rolls them back:
 * <pre>
 * Noor Mulder (team)        projectleider   2057-01-01 – 2057-12-31, 40 %, assigned by Tessa
 * Jan van der Meer (team)   contractmanager 2056-03-01 – 2057-06-30, ended early by Tessa
 * Jürgen Müller (team)      opdrachtgever   2057-05-01 – 2057-12-31, proposed on 10 April 2057 by the coordinator
 * Noortje Mulders (buren)   projectleider   from 2057-02-01, assigned by Bert
 * Arend Afdeling (afdeling) clustercoordinator from 2058-01-01
 * </pre>
 */
public final class RoleOverviewWorld {

    public static final int YEAR = 2057;

    private RoleOverviewWorld() {
    }

    public static void create(ApplicationContext context) {
        SearchPeople.ensure(context);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        insert(jdbc, SearchPeople.MULDER, "projectleider", "Projectleider", day(2057, 1, 1), day(2057, 12, 31), 40,
                "ASSIGNED", SearchPeople.TESSA, "2057-01-05T10:00:00Z", null, null);
        insert(jdbc, SearchPeople.VAN_DER_MEER, "contractmanager", "Contractmanager", day(2056, 3, 1),
                day(2057, 6, 30), null, "ENDED", SearchPeople.TESSA, "2056-02-20T10:00:00Z", null, SearchPeople.TESSA);
        insert(jdbc, SearchPeople.MUELLER, "opdrachtgever", "Opdrachtgever", day(2057, 5, 1), day(2057, 12, 31), null,
                "PROPOSED", "meer", "2057-04-10T10:00:00Z", null, null);
        insert(jdbc, SearchPeople.MULDERS, "projectleider", "Projectleider", day(2057, 2, 1), null, null, "ASSIGNED",
                SearchPeople.BERT, "2057-01-20T10:00:00Z", null, null);
        insert(jdbc, "430001", "clustercoordinator", "Clustercoördinator", day(2058, 1, 1), null, null, "ASSIGNED",
                "brink", "2057-11-20T10:00:00Z", null, null);
    }

    static void insert(JdbcTemplate jdbc, String personnelNumber, String code, String name, LocalDate from,
            LocalDate to, Integer share, String status, String createdBy, String createdAt, String decidedBy,
            String endedBy) {
        jdbc.update("""
                insert into role_assignment (employee_id, role_code, role_name, from_date, to_date, share_percent,
                    status, created_by, created_at, decided_by, decided_at, ended_by, ended_at, version)
                values ((select id from employee where personnel_number = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                """, personnelNumber, code, name, from, to, share, status, createdBy,
                Timestamp.from(Instant.parse(createdAt)), decidedBy,
                decidedBy == null ? null : Timestamp.from(Instant.parse(createdAt)), endedBy,
                endedBy == null ? null : Timestamp.from(Instant.parse(createdAt)));
    }

    static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    public static long unitId(ApplicationContext context, String code) {
        return context.getBean(JdbcTemplate.class).queryForObject("select id from org_unit where code = ?",
                Long.class, code);
    }
}
