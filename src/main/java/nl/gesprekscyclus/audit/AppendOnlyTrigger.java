package nl.gesprekscyclus.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** H2's counterpart of the PostgreSQL trigger that keeps audit_event (V3_1) and audit_seal (V13_1) append-only. */
public class AppendOnlyTrigger implements Trigger {

    private String table = "audit_event";

    @Override
    public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before,
            int type) {
        table = tableName.toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(table + " is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused");
    }
}
