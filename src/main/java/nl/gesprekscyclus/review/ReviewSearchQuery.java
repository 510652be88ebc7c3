package nl.gesprekscyclus.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.gesprekscyclus.organisation.NameSearch;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The review search in two SQL statements (a count and a page) that H2 and PostgreSQL both run: the scope, the
 * name words and the filters are conditions with bind parameters, so the database does the filtering and the
 * paging, never the application on 15,000 loaded reviews. Names match on the employee's folded search key
 * ({@link NameSearch}), one {@code like} per word typed, so the order of the words does not matter.
 */
@Component
class ReviewSearchQuery {

    /** Who may be found: everyone, or reviews in these units or where this person holds a line role. */
    record Scope(boolean everything, Long personId, Set<Long> unitIds) {
    }

    /** The filters, already checked and expanded (a unit comes with its sub-units). Null or empty: no filter. */
    record Filter(List<String> words, Set<Long> unitIds, Integer year, ReviewPhase phase, String personnelNumber) {
    }

    /** One review found, with the ids that decide what a click on it may do. */
    record Found(long reviewId, int year, ReviewPhase phase, long employeeId, Long managerId, Long secondAssessorId,
            Long signerId, String personnelNumber, String employeeName, String unitName, String managerName) {
    }

    private static final String FROM = """
             from review r
             join employee e on e.id = r.employee_id
            """;

    private final NamedParameterJdbcTemplate jdbc;

    ReviewSearchQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long count(Scope scope, Filter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        Long count = jdbc.queryForObject("select count(*)" + FROM + where(scope, filter, params), params, Long.class);
        return count == null ? 0 : count;
    }

    /**
     * A page, by name, then the newest year first. Two steps, as in the manager's queue: the inner query sorts
     * narrow rows and cuts the page; only the page's rows are joined for the unit's and the manager's names.
     */
    List<Found> page(Scope scope, Filter filter, int offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        params.addValue("offset", Math.max(0, offset)).addValue("limit", Math.max(0, limit));
        String sql = """
                select r.id, r.review_year, r.phase, r.employee_id, r.manager_id, r.second_assessor_id,
                       coalesce(r.sign_off_by_id, r.manager_id) as signer_id, e.personnel_number, e.first_name,
                       e.name_prefix, e.last_name, u.name as unit_name, m.first_name as m_first,
                       m.name_prefix as m_prefix, m.last_name as m_last
                from (select r.id as review_id, lower(e.last_name) as k0, lower(e.first_name) as k1,
                             r.review_year as k2
                """ + FROM + where(scope, filter, params) + """
                 order by k0, k1, k2 desc, review_id offset :offset rows fetch next :limit rows only) p
                join review r on r.id = p.review_id
                join employee e on e.id = r.employee_id
                left join org_unit u on u.id = e.unit_id
                left join employee m on m.id = r.manager_id
                order by p.k0, p.k1, p.k2 desc, p.review_id
                """;
        return jdbc.query(sql, params, ReviewSearchQuery::found);
    }

    /** The conditions, each value a bind parameter (never text from the screen in the SQL). */
    private static String where(Scope scope, Filter filter, MapSqlParameterSource params) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (!scope.everything()) {
            // the signer is the manager unless someone else signs off, so sign_off_by_id covers the rest
            where.append(" and (r.manager_id = :me or r.second_assessor_id = :me or r.sign_off_by_id = :me");
            params.addValue("me", scope.personId());
            if (!scope.unitIds().isEmpty()) {
                where.append(" or e.unit_id in (:scopeUnits)");
                params.addValue("scopeUnits", scope.unitIds());
            }
            where.append(")");
        }
        for (int i = 0; i < filter.words().size(); i++) {
            where.append(" and e.search_name like :w").append(i).append(" escape '!'");
            params.addValue("w" + i, NameSearch.containsPattern(filter.words().get(i)));
        }
        if (filter.unitIds() != null) {
            // an empty set (an unknown unit) finds nothing; an empty IN list is not valid SQL everywhere
            where.append(filter.unitIds().isEmpty() ? " and 1 = 0" : " and e.unit_id in (:units)");
            params.addValue("units", filter.unitIds());
        }
        if (filter.year() != null) {
            where.append(" and r.review_year = :year");
            params.addValue("year", filter.year());
        }
        if (filter.phase() != null) {
            where.append(" and r.phase = :phase");
            params.addValue("phase", filter.phase().name());
        }
        if (filter.personnelNumber() != null) {
            where.append(" and e.personnel_number = :number");
            params.addValue("number", filter.personnelNumber());
        }
        return where.toString();
    }

    private static Found found(ResultSet rs, int rowNum) throws SQLException {
        return new Found(rs.getLong("id"), rs.getInt("review_year"), ReviewPhase.valueOf(rs.getString("phase")),
                rs.getLong("employee_id"), longOrNull(rs, "manager_id"), longOrNull(rs, "second_assessor_id"),
                longOrNull(rs, "signer_id"), rs.getString("personnel_number"),
                name(rs.getString("first_name"), rs.getString("name_prefix"), rs.getString("last_name")),
                rs.getString("unit_name"), name(rs.getString("m_first"), rs.getString("m_prefix"),
                        rs.getString("m_last")));
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static String name(String first, String prefix, String last) {
        return Stream.of(first, prefix, last).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" "));
    }
}
