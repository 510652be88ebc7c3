package nl.gesprekscyclus.document;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's counterpart of the PostgreSQL trigger that keeps review_document immutable (migrations V6_1, V10_1): every
 * update fails; a delete fails unless the retention job has marked the document's review for deletion.
 */
public class ImmutableDocumentTrigger implements Trigger {

    /** review_document.review_id is the second column. */
    private static final int REVIEW_ID = 1;

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (newRow == null && markedForRetentionDeletion(connection, oldRow[REVIEW_ID])) {
            return;
        }
        throw new SQLException("review_document is immutable: " + (newRow == null ? "DELETE" : "UPDATE") + " refused");
    }

    private static boolean markedForRetentionDeletion(Connection connection, Object reviewId) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "select 1 from review where id = ? and retention_deletion_at is not null")) {
            s.setObject(1, reviewId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }
}
