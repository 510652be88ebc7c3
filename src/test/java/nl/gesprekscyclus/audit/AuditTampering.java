package nl.gesprekscyclus.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What someone who holds the database's owner account can do to the audit trail, whatever the application's
 * triggers say: on PostgreSQL {@code session_replication_role = replica} (switches off triggers and foreign keys for
 * the session), on H2 dropping the trigger and switching off referential integrity. Each method undoes its change
 * after the given block, restoring the rows exactly, so the tests that share the database find the trail whole.
 */
public final class AuditTampering {

    private static final String EVENT_COLUMNS = "id, occurred_at, actor, action, record, subject_employee_id, outcome,"
            + " remote_address, detail";
    private static final String SEAL_COLUMNS = "seq, entry_id, previous_hash, hash, sealed_at";

    private AuditTampering() {
    }

    /** Changes an entry's detail while {@code whileChanged} runs. */
    public static void changeDetail(JdbcTemplate jdbc, long entryId, String detail, Runnable whileChanged) {
        String original = jdbc.queryForObject("select detail from audit_event where id = ?", String.class, entryId);
        bypassing(jdbc, "update audit_event set detail = ? where id = ?", List.of(detail, entryId));
        try {
            whileChanged.run();
        } finally {
            bypassing(jdbc, "update audit_event set detail = ? where id = ?", java.util.Arrays.asList(original, entryId));
        }
    }

    /** Deletes an entry (and, if asked, its seal link) while {@code whileDeleted} runs. */
    public static void deleteEntry(JdbcTemplate jdbc, long entryId, boolean withItsLink, Runnable whileDeleted) {
        Map<String, Object> entry = jdbc.queryForMap("select " + EVENT_COLUMNS + " from audit_event where id = ?",
                entryId);
        Map<String, Object> link = jdbc.queryForMap("select " + SEAL_COLUMNS + " from audit_seal where entry_id = ?",
                entryId);
        if (withItsLink) {
            bypassing(jdbc, "delete from audit_seal where entry_id = ?", List.of(entryId));
        }
        bypassing(jdbc, "delete from audit_event where id = ?", List.of(entryId));
        try {
            whileDeleted.run();
        } finally {
            bypassing(jdbc, "insert into audit_event (" + EVENT_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    java.util.Arrays.asList(entry.values().toArray()));
            if (withItsLink) {
                bypassing(jdbc, "insert into audit_seal (" + SEAL_COLUMNS + ") values (?, ?, ?, ?, ?)",
                        java.util.Arrays.asList(link.values().toArray()));
            }
        }
    }

    /** Writes an entry straight into the table, past the application and its sealer (it may be removed again). */
    public static void insertBehindTheSealersBack(JdbcTemplate jdbc, long id, java.time.Instant occurredAt,
            Runnable whileThere) {
        jdbc.update("insert into audit_event (" + EVENT_COLUMNS + ") values (?, ?, 'forger', 'LOGIN', null, null,"
                + " 'SUCCESS', null, 'backdated')", id, occurredAt.atOffset(java.time.ZoneOffset.UTC));
        try {
            whileThere.run();
        } finally {
            bypassing(jdbc, "delete from audit_event where id = ?", List.of(id));
        }
    }

    private static void bypassing(JdbcTemplate jdbc, String sql, List<?> parameters) {
        jdbc.execute((ConnectionCallback<Void>) c -> {
            boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(true);
            try {
                if (postgres) {
                    run(c, "set session_replication_role = replica");
                } else {
                    run(c, "set referential_integrity false");
                    run(c, "drop trigger if exists audit_event_no_update_or_delete");
                    run(c, "drop trigger if exists audit_seal_no_update_or_delete");
                }
                try (var statement = c.prepareStatement(sql)) {
                    for (int i = 0; i < parameters.size(); i++) {
                        statement.setObject(i + 1, parameters.get(i));
                    }
                    statement.executeUpdate();
                }
            } finally {
                if (postgres) {
                    run(c, "set session_replication_role = origin");
                } else {
                    run(c, "create trigger audit_event_no_update_or_delete before update, delete on audit_event"
                            + " for each row call 'nl.gesprekscyclus.audit.AppendOnlyTrigger'");
                    run(c, "create trigger audit_seal_no_update_or_delete before update, delete on audit_seal"
                            + " for each row call 'nl.gesprekscyclus.audit.AppendOnlyTrigger'");
                    run(c, "set referential_integrity true");
                }
                c.setAutoCommit(autoCommit);
            }
            return null;
        });
    }

    private static void run(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
