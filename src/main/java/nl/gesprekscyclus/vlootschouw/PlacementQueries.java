package nl.gesprekscyclus.vlootschouw;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.gesprekscyclus.review.ReviewPhase;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The reads of the vlootschouw in SQL: the facts of one review the access rule needs, the reviews a manager places,
 * and the placements of a year in a viewer's scope. The scope is always part of the statement, so a filter can only
 * narrow what a viewer may see.
 */
@Component
class PlacementQueries {

    private final NamedParameterJdbcTemplate jdbc;

    PlacementQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What decides who may see a review's placement: its people and where the employee is in the tree now. */
    record ReviewFacts(long reviewId, long employeeId, Long reviewManagerId, Long employeeManagerId, Long unitId,
            int year, ReviewPhase phase) {
    }

    Optional<ReviewFacts> review(long reviewId) {
        return jdbc.query("select r.id, r.employee_id, r.manager_id, e.manager_id as employee_manager_id, e.unit_id,"
                + " r.review_year, r.phase from review r join employee e on e.id = r.employee_id where r.id = :id",
                new MapSqlParameterSource("id", reviewId), (rs, row) -> new ReviewFacts(rs.getLong("id"),
                        rs.getLong("employee_id"), nullableLong(rs, "manager_id"),
                        nullableLong(rs, "employee_manager_id"), nullableLong(rs, "unit_id"), rs.getInt("review_year"),
                        ReviewPhase.valueOf(rs.getString("phase")))).stream().findFirst();
    }

    /**
     * Whose placements a viewer sees: everything (HR), or a manager's line: the people in the units they manage
     * and every unit below (the managers above see their whole subtree), the people they manage directly, and the
     * reviews they hold as manager or hold for a manager as substitute today.
     */
    record Scope(boolean everything, Long me, Set<Long> units, Set<Long> reviewManagers) {

        static Scope all() {
            return new Scope(true, null, Set.of(), Set.of());
        }
    }

    /** One placed person, for the cell list. */
    record PlacedRow(long reviewId, String name, String personnelNumber, String unit, String performance,
            String potential, String reason, String placedBy, java.time.Instant placedAt) {
    }

    /** The placements of a year in the scope; never the viewer's own (that is the employee's rule to show). */
    List<PlacedRow> placed(int year, Scope scope, Set<Long> unitFilter, Long self) {
        MapSqlParameterSource params = new MapSqlParameterSource("year", year).addValue("self", self == null ? -1L : self);
        String sql = "select p.review_id, e.first_name, e.name_prefix, e.last_name, e.personnel_number, u.name as unit,"
                + " p.performance, p.potential, p.reason, p.placed_by_name, p.placed_at"
                + " from vlootschouw_placement p join review r on r.id = p.review_id"
                + " join employee e on e.id = p.employee_id left join org_unit u on u.id = e.unit_id"
                + " where p.placement_year = :year and p.employee_id <> :self" + where(scope, unitFilter, params)
                + " order by e.last_name, e.first_name, e.id";
        return jdbc.query(sql, params, (rs, row) -> new PlacedRow(rs.getLong("review_id"), name(rs),
                rs.getString("personnel_number"), rs.getString("unit"), rs.getString("performance"),
                rs.getString("potential"), rs.getString("reason"), rs.getString("placed_by_name"),
                rs.getTimestamp("placed_at").toInstant()));
    }

    /** A review the manager (or their substitute) places, with its placement when there is one. */
    record ToPlaceRow(long reviewId, String name, String personnelNumber, String unit, String performance,
            String potential, String reason) {
    }

    /** @param momentRuns HR's vlootschouw moment of the year runs today: every review but one ended early */
    List<ToPlaceRow> toPlace(int year, Set<Long> managers, boolean momentRuns) {
        if (managers.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource("year", year).addValue("managers", managers);
        return jdbc.query("select r.id, e.first_name, e.name_prefix, e.last_name, e.personnel_number, u.name as unit,"
                + " p.performance, p.potential, p.reason from review r join employee e on e.id = r.employee_id"
                + " left join org_unit u on u.id = e.unit_id left join vlootschouw_placement p on p.review_id = r.id"
                // in the assessment (its feedback round included, issue 19), or any phase but ended in a moment
                + " where r.review_year = :year and r.phase " + (momentRuns ? "<> '" + ReviewPhase.ENDED.name() + "'"
                        : "in " + ReviewPhase.inSql(ReviewPhase.ofStage(ReviewPhase.ASSESSMENT)))
                + " and r.manager_id in (:managers) order by e.last_name, e.first_name, e.id", params,
                (rs, row) -> new ToPlaceRow(rs.getLong("id"), name(rs), rs.getString("personnel_number"),
                        rs.getString("unit"), rs.getString("performance"), rs.getString("potential"),
                        rs.getString("reason")));
    }

    private static String where(Scope scope, Set<Long> unitFilter, MapSqlParameterSource params) {
        StringBuilder where = new StringBuilder();
        if (unitFilter != null) {
            where.append(unitFilter.isEmpty() ? " and 1 = 0" : " and e.unit_id in (:unitFilter)");
            params.addValue("unitFilter", unitFilter);
        }
        if (scope.everything()) {
            return where.toString();
        }
        params.addValue("me", scope.me()).addValue("units", scope.units()).addValue("managers", scope.reviewManagers());
        List<String> sees = Stream.of("e.manager_id = :me",
                scope.units().isEmpty() ? null : "e.unit_id in (:units)",
                scope.reviewManagers().isEmpty() ? null : "r.manager_id in (:managers)")
                .filter(s -> s != null).toList();
        return where.append(" and (").append(String.join(" or ", sees)).append(")").toString();
    }

    private static String name(ResultSet rs) throws SQLException {
        return Stream.of(rs.getString("first_name"), rs.getString("name_prefix"), rs.getString("last_name"))
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" "));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
