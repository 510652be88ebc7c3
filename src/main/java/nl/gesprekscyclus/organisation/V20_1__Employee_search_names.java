package nl.gesprekscyclus.organisation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Migration 20.1 (after V20 added the column): gives every existing employee the search key of their names, folded
 * by {@link NameSearch} in Java because H2 and PostgreSQL cannot fold accents alike. From then on the key follows
 * every change of a name ({@code Employee.apply}). A Spring bean, so Flyway gets it from the context (as V14_1).
 */
@Component
class V20_1__Employee_search_names extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V20_1__Employee_search_names.class);

    @Override
    public void migrate(Context context) throws SQLException {
        fill(context.getConnection());
    }

    /** @return how many rows got their key */
    int fill(Connection connection) throws SQLException {
        int filled = 0;
        try (PreparedStatement select = connection.prepareStatement("select id, first_name, name_prefix, last_name,"
                + " personnel_number from employee where search_name is null order by id");
                ResultSet rs = select.executeQuery();
                PreparedStatement update = connection.prepareStatement(
                        "update employee set search_name = ? where id = ?")) {
            while (rs.next()) {
                update.setString(1, NameSearch.key(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                update.setLong(2, rs.getLong(1));
                update.addBatch();
                if (++filled % 1000 == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
        log.info("Migration 20.1: {} employees got a search key", filled);
        return filled;
    }
}
