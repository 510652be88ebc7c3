package nl.gesprekscyclus.workrole;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.functionbook.WorkRole;
import nl.gesprekscyclus.functionbook.WorkRoles;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.security.AppUser;
import nl.gesprekscyclus.security.CurrentUser;
import nl.gesprekscyclus.security.Roles;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Rollen in de organisatie" (issue 18, item 4): who fills which role, the roles nobody fills, the people who fill
 * none, and what changed in a year, narrowed to a unit (with its sub-units) and a role. Organisational data, not
 * review content, so HR reads it as the functioneel beheerder does: the whole organisation. A manager reads the
 * people in their line (the units they manage and all units below, and whoever has them as manager), a coordinator
 * the people they coordinate (the same people whose roles they read on the profile); both at once for someone who
 * is both. What may be seen follows from who asks, never from a parameter. Everyone else is refused before that
 * (audited). Every list is counted and paged by the database.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.HR + "', '" + Roles.ADMIN + "', '" + Roles.MANAGER + "', '" + Roles.COORDINATOR
        + "')")
@Transactional(readOnly = true)
public class RoleOverviewService {

    /** Assignments that mean the person fills the role in their period (not a proposal, not a rejected one). */
    private static final String IN_FORCE = "a.status in ('ASSIGNED', 'ENDED')";

    private final NamedParameterJdbcTemplate jdbc;
    private final OrganisationDirectory directory;
    private final WorkRoles roles;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final ZoneId zone;

    RoleOverviewService(NamedParameterJdbcTemplate jdbc, OrganisationDirectory directory, WorkRoles roles,
            CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.roles = roles;
        this.currentUser = currentUser;
        this.audit = audit;
        this.zone = clock.getZone();
    }

    /**
     * What the screen shows. {@code unitId}: that unit and every unit below it (null: all the viewer may see);
     * {@code roleCode}: one role (null: all); {@code year}: the year of "changes", and of the other lists when
     * {@code day} is null; {@code day}: the lists of holders, vacant roles and people without a role on that day.
     */
    public record Filter(Long unitId, String roleCode, int year, LocalDate day) {

        LocalDate windowStart() {
            return day != null ? day : LocalDate.of(year, 1, 1);
        }

        LocalDate windowEnd() {
            return day != null ? day : LocalDate.of(year, 12, 31);
        }
    }

    /** Someone filling a role in the chosen period. */
    public record Holder(String roleCode, String roleName, String personnelNumber, String name, String unitName,
            LocalDate from, LocalDate to, Integer sharePercent, RoleAssignmentStatus status) {
    }

    /** An active employee without any role in the chosen period. */
    public record Person(String personnelNumber, String name, String unitName) {
    }

    /** What happened to an assignment in the year. */
    public enum ChangeKind {
        /** its first day falls in the year */
        STARTED,
        /** its last day falls in the year (ended early, or as planned) */
        ENDED,
        /** the coordinator proposed it in the year (it may since be accepted or rejected) */
        PROPOSED
    }

    /** One change in the year, on its day. {@code by}: who proposed it, assigned it or ended it early. */
    public record Change(LocalDate day, ChangeKind kind, String roleCode, String roleName, String personnelNumber,
            String name, String unitName, LocalDate from, LocalDate to, RoleAssignmentStatus status, String by) {
    }

    /** A unit to narrow to (with its sub-units). */
    public record UnitOption(long id, String name) {
    }

    /** The units the viewer may narrow to: all for HR and ADMIN, else the units of the people they may see. */
    public List<UnitOption> units() {
        Scope scope = scope(currentUser.require());
        Set<Long> visible = scope.everything() ? null : visibleUnits(scope);
        return directory.units().stream().filter(u -> visible == null || visible.contains(u.id()))
                .map(u -> new UnitOption(u.id(), u.name())).toList();
    }

    /** The roles of the catalogue, to filter on. */
    public List<WorkRole> roles() {
        return roles.catalogue().roles();
    }

    public long countHolders(Filter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        return jdbc.queryForObject("select count(*) from role_assignment a join employee e on e.id = a.employee_id"
                + holdersWhere(filter, params), params, Long.class);
    }

    /** A page of the people filling a role in the period, by role and name. */
    public List<Holder> holders(Filter filter, int offset, int limit) {
        MapSqlParameterSource params = page(offset, limit);
        return jdbc.query("select a.role_code, a.role_name, e.personnel_number, e.first_name, e.name_prefix,"
                + " e.last_name, u.name as unit_name, a.from_date, a.to_date, a.share_percent, a.status"
                + " from role_assignment a join employee e on e.id = a.employee_id"
                + " left join org_unit u on u.id = e.unit_id" + holdersWhere(filter, params)
                + " order by a.role_name, e.last_name, e.first_name, a.from_date, a.id" + PAGE, params,
                (rs, i) -> new Holder(rs.getString("role_code"), rs.getString("role_name"),
                        rs.getString("personnel_number"), name(rs), rs.getString("unit_name"),
                        date(rs, "from_date"), date(rs, "to_date"), share(rs),
                        RoleAssignmentStatus.valueOf(rs.getString("status"))));
    }

    /**
     * The roles of the catalogue (or the one filtered on) that nobody the viewer may see fills in the period, within
     * the unit filtered on. For a manager: the roles nobody in their line fills.
     */
    public List<WorkRole> vacantRoles(Filter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        Set<String> filled = new HashSet<>(jdbc.queryForList("select distinct a.role_code from role_assignment a"
                + " join employee e on e.id = a.employee_id" + holdersWhere(filter, params), params, String.class));
        return roles().stream().filter(r -> filter.roleCode() == null || r.code().equals(filter.roleCode()))
                .filter(r -> !filled.contains(r.code())).toList();
    }

    public long countWithoutRole(Filter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        return jdbc.queryForObject("select count(*) from employee e" + withoutRoleWhere(filter, params), params,
                Long.class);
    }

    /**
     * A page of the active employees who fill no role in the period, by name. The role filter does not apply: a
     * person without a role has none of them.
     */
    public List<Person> withoutRole(Filter filter, int offset, int limit) {
        MapSqlParameterSource params = page(offset, limit);
        return jdbc.query("select e.personnel_number, e.first_name, e.name_prefix, e.last_name, u.name as unit_name"
                + " from employee e left join org_unit u on u.id = e.unit_id" + withoutRoleWhere(filter, params)
                + " order by e.last_name, e.first_name, e.id" + PAGE, params,
                (rs, i) -> new Person(rs.getString("personnel_number"), name(rs), rs.getString("unit_name")));
    }

    public long countChanges(Filter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        return jdbc.queryForObject("select count(*) from (" + changes(filter, params) + ") c", params, Long.class);
    }

    /** A page of the year's changes, in date order. */
    public List<Change> changes(Filter filter, int offset, int limit) {
        MapSqlParameterSource params = page(offset, limit);
        return jdbc.query("select c.change_day, c.kind, a.role_code, a.role_name, e.personnel_number, e.first_name,"
                + " e.name_prefix, e.last_name, u.name as unit_name, a.from_date, a.to_date, a.status,"
                + " a.created_by, a.ended_by from (" + changes(filter, params) + ") c"
                + " join role_assignment a on a.id = c.assignment_id join employee e on e.id = a.employee_id"
                + " left join org_unit u on u.id = e.unit_id"
                + " order by c.change_day, c.kind_order, e.last_name, e.first_name, a.id" + PAGE, params,
                (rs, i) -> {
                    ChangeKind kind = ChangeKind.valueOf(rs.getString("kind"));
                    String endedBy = rs.getString("ended_by");
                    return new Change(date(rs, "change_day"), kind, rs.getString("role_code"),
                            rs.getString("role_name"), rs.getString("personnel_number"), name(rs),
                            rs.getString("unit_name"), date(rs, "from_date"), date(rs, "to_date"),
                            RoleAssignmentStatus.valueOf(rs.getString("status")),
                            kind == ChangeKind.ENDED && endedBy != null ? endedBy : rs.getString("created_by"));
                });
    }

    /** Records that the viewer took the overview out of the application as a file (personal data of many). */
    public void recordExport(Filter filter, String format, String what, long rows) {
        audit.record("role.export", "role overview", null, AuditTrail.SUCCESS, format + " " + what + ", unit "
                + filter.unitId() + ", role " + filter.roleCode() + ", year " + filter.year() + ", day "
                + filter.day() + ": " + rows + " rows");
    }

    private static final String PAGE = " offset :offset rows fetch next :limit rows only";

    private static MapSqlParameterSource page(int offset, int limit) {
        return new MapSqlParameterSource("offset", Math.max(0, offset)).addValue("limit", Math.max(1, limit));
    }

    /** In force in the period, the viewer's people, the unit and role filtered on. */
    private String holdersWhere(Filter filter, MapSqlParameterSource params) {
        StringBuilder where = new StringBuilder(" where ").append(IN_FORCE).append(overlaps("a", filter, params));
        if (filter.roleCode() != null) {
            where.append(" and a.role_code = :role");
            params.addValue("role", filter.roleCode());
        }
        return where.append(people(filter.unitId(), params)).toString();
    }

    private String withoutRoleWhere(Filter filter, MapSqlParameterSource params) {
        return " where e.active = true" + people(filter.unitId(), params) + " and not exists (select 1 from role_assignment a"
                + " where a.employee_id = e.id and " + IN_FORCE + overlaps("a", filter, params) + ")";
    }

    private static String overlaps(String alias, Filter filter, MapSqlParameterSource params) {
        params.addValue("windowStart", filter.windowStart()).addValue("windowEnd", filter.windowEnd());
        return " and " + alias + ".from_date <= :windowEnd and (" + alias + ".to_date is null or " + alias
                + ".to_date >= :windowStart)";
    }

    /**
     * The year's changes as (assignment, kind, day) rows, the viewer's people and the filters applied. A proposal is
     * a row the coordinator created: still proposed, rejected, or accepted (then it has a decider).
     */
    private String changes(Filter filter, MapSqlParameterSource params) {
        params.addValue("yearStart", LocalDate.of(filter.year(), 1, 1))
                .addValue("yearEnd", LocalDate.of(filter.year(), 12, 31))
                .addValue("yearStartAt", Timestamp.from(LocalDate.of(filter.year(), 1, 1).atStartOfDay(zone)
                        .toInstant()))
                .addValue("nextYearStartAt", Timestamp.from(LocalDate.of(filter.year() + 1, 1, 1).atStartOfDay(zone)
                        .toInstant()));
        StringBuilder common = new StringBuilder(" from role_assignment a join employee e on e.id = a.employee_id"
                + " where 1 = 1");
        if (filter.roleCode() != null) {
            common.append(" and a.role_code = :role");
            params.addValue("role", filter.roleCode());
        }
        common.append(people(filter.unitId(), params));
        return "select a.id as assignment_id, 'STARTED' as kind, 0 as kind_order, a.from_date as change_day" + common
                + " and " + IN_FORCE + " and a.from_date between :yearStart and :yearEnd"
                + " union all select a.id, 'ENDED', 1, a.to_date" + common
                + " and " + IN_FORCE + " and a.to_date between :yearStart and :yearEnd"
                + " union all select a.id, 'PROPOSED', 2, cast(a.created_at as date)" + common
                + " and (a.status in ('PROPOSED', 'REJECTED') or a.decided_by is not null)"
                + " and a.created_at >= :yearStartAt and a.created_at < :nextYearStartAt";
    }

    /** The unit filtered on and the people the viewer may see, as conditions on {@code e}. */
    private String people(Long unitId, MapSqlParameterSource params) {
        StringBuilder where = new StringBuilder();
        if (unitId != null) {
            Set<Long> units = directory.unitWithSubUnits(unitId);
            // an unknown unit finds nothing; an empty IN list is not valid SQL everywhere
            where.append(units.isEmpty() ? " and 1 = 0" : " and e.unit_id in (:units)");
            params.addValue("units", units);
        }
        Scope scope = scope(currentUser.require());
        if (scope.everything()) {
            return where.toString();
        }
        List<String> sees = Stream.of(
                scope.manager() ? "e.manager_id = :me" : null,
                scope.manager() && !scope.unitIds().isEmpty() ? "e.unit_id in (:scopeUnits)" : null,
                scope.coordinator() ? "e.coordinator_id = :me" : null).filter(s -> s != null).toList();
        params.addValue("me", scope.me()).addValue("scopeUnits", scope.unitIds());
        return where.append(sees.isEmpty() ? " and 1 = 0" : " and (" + String.join(" or ", sees) + ")").toString();
    }

    /** Whom the viewer may see: everyone, or the line they manage and the people they coordinate. */
    private record Scope(boolean everything, Long me, boolean manager, boolean coordinator, Set<Long> unitIds) {
    }

    private Scope scope(AppUser user) {
        if (user.hasRole(Roles.HR) || user.hasRole(Roles.ADMIN)) {
            return new Scope(true, null, false, false, Set.of());
        }
        Long me = user.employeeId();
        if (me == null) {
            // a role without a personnel record manages and coordinates nobody
            return new Scope(false, -1L, false, false, Set.of());
        }
        boolean manager = user.hasRole(Roles.MANAGER);
        return new Scope(false, me, manager, user.hasRole(Roles.COORDINATOR),
                manager ? directory.unitsManagedWithSubUnits(me) : Set.of());
    }

    /** The units of the people a manager or coordinator may see, and the units they manage. */
    private Set<Long> visibleUnits(Scope scope) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        Set<Long> units = new HashSet<>(scope.unitIds());
        units.addAll(jdbc.queryForList("select distinct e.unit_id from employee e where e.unit_id is not null"
                + people(null, params), params, Long.class));
        return units;
    }

    private static String name(ResultSet rs) throws SQLException {
        return Stream.of(rs.getString("first_name"), rs.getString("name_prefix"), rs.getString("last_name"))
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" "));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Integer share(ResultSet rs) throws SQLException {
        int share = rs.getInt("share_percent");
        return rs.wasNull() ? null : share;
    }
}
