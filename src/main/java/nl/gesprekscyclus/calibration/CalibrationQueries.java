package nl.gesprekscyclus.calibration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The reads of a calibration session in SQL: whether a year has a round, the facts of one review the rules need,
 * and the people of a year in a set of units with their written judgement and their cell. The units are always part
 * of the statement, so nobody outside the session's units is read.
 */
@Component
class CalibrationQueries {

    private final NamedParameterJdbcTemplate jdbc;

    CalibrationQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean hasRound(int year) {
        Integer n = jdbc.queryForObject("select count(*) from review_round where round_year = :year",
                new MapSqlParameterSource("year", year), Integer.class);
        return n != null && n > 0;
    }

    /**
     * One review as a session sees it: its employee and where they are now, its manager, and its assessment so far
     * (null judgement: none written yet).
     */
    record ReviewFacts(long reviewId, long employeeId, Long unitId, Long managerId, int year, String phase,
            String judgement, boolean handedOver, boolean awaitsWeighing) {
    }

    Optional<ReviewFacts> review(long reviewId) {
        return jdbc.query("select r.id, r.employee_id, e.unit_id, r.manager_id, r.review_year, r.phase,"
                + " a.overall_judgement, a.handed_over_at, a.hr_advice_required, a.hr_advice_weighed_at"
                + " from review r join employee e on e.id = r.employee_id left join assessment a on a.review_id = r.id"
                + " where r.id = :id", new MapSqlParameterSource("id", reviewId), (rs, row) -> new ReviewFacts(
                        rs.getLong("id"), rs.getLong("employee_id"), nullableLong(rs, "unit_id"),
                        nullableLong(rs, "manager_id"), rs.getInt("review_year"), rs.getString("phase"),
                        rs.getString("overall_judgement"), rs.getTimestamp("handed_over_at") != null,
                        rs.getBoolean("hr_advice_required") && rs.getTimestamp("hr_advice_weighed_at") == null))
                .stream().findFirst();
    }

    /** The managers of the year's reviews of the people now in these units: they confirm what the session proposes. */
    Set<Long> reviewManagers(int year, Set<Long> units) {
        if (units.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.queryForList("select distinct r.manager_id from review r join employee e"
                + " on e.id = r.employee_id where r.review_year = :year and e.unit_id in (:units)"
                + " and r.manager_id is not null", new MapSqlParameterSource("year", year).addValue("units", units),
                Long.class));
    }

    /** One person of a session: their review of the year, their unit, judgement written so far and cell. */
    record PersonRow(long reviewId, String name, String personnelNumber, long unitId, String unit, String judgement,
            boolean handedOver, String performance, String potential) {
    }

    /** The reviews of a year of the people now in these units, never the viewer's own. */
    List<PersonRow> people(int year, Set<Long> units, Long self) {
        if (units.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource("year", year).addValue("units", units)
                .addValue("self", self == null ? -1L : self);
        return jdbc.query("select r.id, e.first_name, e.name_prefix, e.last_name, e.personnel_number, e.unit_id,"
                + " u.name as unit, a.overall_judgement, a.handed_over_at, p.performance, p.potential"
                + " from review r join employee e on e.id = r.employee_id join org_unit u on u.id = e.unit_id"
                + " left join assessment a on a.review_id = r.id left join vlootschouw_placement p on p.review_id = r.id"
                + " where r.review_year = :year and e.unit_id in (:units) and r.employee_id <> :self"
                + " order by u.name, e.last_name, e.first_name, r.id", params, (rs, row) -> new PersonRow(
                        rs.getLong("id"), name(rs), rs.getString("personnel_number"), rs.getLong("unit_id"),
                        rs.getString("unit"), rs.getString("overall_judgement"),
                        rs.getTimestamp("handed_over_at") != null, rs.getString("performance"),
                        rs.getString("potential")));
    }

    private static String name(ResultSet rs) throws SQLException {
        return EmployeeSummary.fullName(rs.getString("first_name"), rs.getString("name_prefix"),
                rs.getString("last_name"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
