package nl.gesprekscyclus.review;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Migration 27.1 (after V27 numbered the progress records by conversation): drops the old unique constraints that
 * allowed one report and one reflection per agreement per review. On H2 a dropped unique constraint leaves its index
 * behind when the foreign key on the same column was built on it (and that index stays unique), so the foreign keys
 * on {@code review_id} are dropped first, found by their columns since their names were generated, and made again
 * with a name of their own after the constraint is gone. The same steps on PostgreSQL. A Spring bean (as V14_1).
 */
@Component
class V27_1__Progress_records_per_conversation extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        renew(connection, "progress_report", "uq_progress_report_review");
        renew(connection, "progress_reflection", "uq_progress_reflection");
    }

    private static void renew(Connection connection, String table, String oldUnique) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String foreignKey : foreignKeysToReview(connection, table)) {
                statement.execute("alter table " + table + " drop constraint " + foreignKey);
            }
            statement.execute("alter table " + table + " drop constraint " + oldUnique);
            statement.execute("alter table " + table + " add constraint fk_" + table + "_review foreign key"
                    + " (review_id) references review (id)");
        }
    }

    /** The (generated) names of the table's foreign keys from review_id to review. */
    private static Set<String> foreignKeysToReview(Connection connection, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        boolean upper = meta.storesUpperCaseIdentifiers();
        Set<String> names = new LinkedHashSet<>();
        try (ResultSet keys = meta.getImportedKeys(connection.getCatalog(), connection.getSchema(),
                upper ? table.toUpperCase(Locale.ROOT) : table)) {
            while (keys.next()) {
                if ("review_id".equalsIgnoreCase(keys.getString("FKCOLUMN_NAME"))
                        && "review".equalsIgnoreCase(keys.getString("PKTABLE_NAME"))) {
                    names.add('"' + keys.getString("FK_NAME") + '"');
                }
            }
        }
        if (names.isEmpty()) {
            throw new IllegalStateException(table + " has no foreign key from review_id to review");
        }
        return names;
    }
}
