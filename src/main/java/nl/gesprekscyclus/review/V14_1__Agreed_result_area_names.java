package nl.gesprekscyclus.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.gesprekscyclus.functionbook.FunctionBook;
import nl.gesprekscyclus.functionbook.FunctionBookReader;
import nl.gesprekscyclus.functionbook.JobProfile;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Migration 14.1 (after V14 added the columns): gives every result agreement saved before V14 the name of its
 * resultaatgebied, taken from the function book version and normfunctie its review runs on — the names it was
 * agreed under, since a review's book version never changed and its profile changed only with a function change.
 * In Java, not SQL: the books are stored as JSON text, which H2 and PostgreSQL cannot both read. A Spring bean, so
 * Flyway gets it from the context (scanning the packed jar for classes is not reliable); it runs once, in Flyway's
 * transaction, like the SQL migrations. A row whose code the profile does not have (its review's profile was
 * overwritten by a function change before V14) keeps no name and is logged; the screens then show its code.
 */
@Component
class V14_1__Agreed_result_area_names extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V14_1__Agreed_result_area_names.class);

    private final FunctionBookReader reader = new FunctionBookReader();

    @Override
    public void migrate(Context context) throws SQLException {
        backfill(context.getConnection());
    }

    private record Row(long id, String code, String profile, Long bookVersionId) {
    }

    /** @return how many rows got a name */
    int backfill(Connection connection) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select a.id, a.result_area, r.job_profile_code,"
                + " r.function_book_version_id from result_agreement a join review r on r.id = a.review_id"
                + " where a.result_area_name is null order by a.id");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                long version = rs.getLong(4);
                rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.wasNull() ? null : version));
            }
        }
        Map<Long, Optional<FunctionBook>> books = new HashMap<>();
        int named = 0;
        try (PreparedStatement update = connection.prepareStatement("update result_agreement set result_area_name = ?,"
                + " result_area_profile = ?, result_area_book_version_id = ? where id = ?")) {
            for (Row row : rows) {
                Optional<String> name = row.bookVersionId() == null ? Optional.empty()
                        : books.computeIfAbsent(row.bookVersionId(), id -> book(connection, id))
                                .flatMap(b -> b.jobProfile(row.profile()))
                                .flatMap(p -> p.resultAreas().stream().filter(a -> a.code().equals(row.code()))
                                        .findFirst())
                                .map(JobProfile.ResultArea::name);
                if (name.isEmpty()) {
                    log.warn("Result agreement {}: result area '{}' is not in normfunctie '{}' of book version {};"
                            + " it keeps its code", row.id(), row.code(), row.profile(), row.bookVersionId());
                    continue;
                }
                update.setString(1, name.get());
                update.setString(2, row.profile());
                update.setLong(3, row.bookVersionId());
                update.setLong(4, row.id());
                update.addBatch();
                named++;
            }
            update.executeBatch();
        }
        log.info("Migration 14.1: {} of {} result agreements got the name of their result area", named, rows.size());
        return named;
    }

    private Optional<FunctionBook> book(Connection connection, long versionId) {
        try (PreparedStatement select = connection.prepareStatement(
                "select content from function_book_version where id = ?")) {
            select.setLong(1, versionId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(reader.fromCanonical(rs.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read function book version " + versionId, e);
        }
    }
}
