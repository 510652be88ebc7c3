package nl.gesprekscyclus.document;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** H2's counterpart of the PostgreSQL trigger that keeps review_document immutable (migration V6_1). */
public class ImmutableDocumentTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("review_document is immutable: " + (newRow == null ? "DELETE" : "UPDATE") + " refused");
    }
}
