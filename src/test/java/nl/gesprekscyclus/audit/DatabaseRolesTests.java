package nl.gesprekscyclus.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import javax.sql.DataSource;
import nl.gesprekscyclus.test_support.Migrations;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The PostgreSQL role separation of docs/deploy.md ("Database roles"), on a real PostgreSQL: an owner role runs the
 * migrations and owns the tables, docs/deploy/postgresql-grants.sql gives the application role its rights, and
 * that role can then write and seal the audit trail but not change, delete, empty or unprotect it. Starts its own
 * embedded PostgreSQL (not tagged "db": it runs once, in the H2 execution).
 */
class DatabaseRolesTests {

    @Test
    void shouldLetTheApplicationRoleAppendToTheTrailButNotTamperWithIt() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            JdbcTemplate superuser = new JdbcTemplate(pg.getPostgresDatabase());
            // once, as a superuser (docs/deploy.md)
            superuser.execute("create role gesprekscyclus_owner login password 'owner-secret'");
            superuser.execute("create role gesprekscyclus_app login password 'app-secret'");
            superuser.execute("create database gesprekscyclus owner gesprekscyclus_owner");
            JdbcTemplate inDatabase = new JdbcTemplate(role(pg, "postgres", "postgres"));
            inDatabase.execute("alter schema public owner to gesprekscyclus_owner");
            inDatabase.execute("revoke create on schema public from public");
            inDatabase.execute("grant usage on schema public to gesprekscyclus_app");

            DataSource owner = role(pg, "gesprekscyclus_owner", "owner-secret");
            Migrations.migrate(owner, true, null);
            new JdbcTemplate(owner).execute(Files.readString(Path.of("docs/deploy/postgresql-grants.sql")));

            DataSource appSource = role(pg, "gesprekscyclus_app", "app-secret");
            JdbcTemplate app = new JdbcTemplate(appSource);
            app.update("insert into audit_event (occurred_at, actor, action, outcome, detail)"
                    + " values (?, 'berg', 'LOGIN', 'SUCCESS', null)", OffsetDateTime.now());
            AuditSealer sealer = new AuditSealer(app, Clock.systemUTC(), new DataSourceTransactionManager(appSource));
            assertThat(sealer.sealNow()).isEqualTo(1);
            assertThat(new AuditChainCheck(app, Clock.systemUTC(), sealer).check().intact()).isTrue();
            // ordinary work on other tables
            app.update("update employee set first_name = first_name where id = -1");
            app.update("delete from mail_outbox where id = -1");

            for (String tampering : new String[] {
                "update audit_event set detail = 'vervalst'",
                "delete from audit_event",
                "truncate audit_event",
                "alter table audit_event disable trigger audit_event_no_update_or_delete",
                "drop trigger audit_event_no_update_or_delete on audit_event",
                "drop table audit_event cascade",
                "update audit_seal set hash = 'x'",
                "delete from audit_seal",
                "alter table audit_seal disable trigger all",
                "delete from audit_seal_head",
                "insert into audit_seal_head (id, seq, hash, floor_entry_id) values (2, 0, 'x', 0)",
                "create table shadow (id int)",
                "select count(*) from flyway_schema_history",
                "alter table audit_event owner to gesprekscyclus_app"}) {
                assertThatThrownBy(() -> app.execute(tampering)).as(tampering).rootCause()
                        .hasMessageMatching("(?s).*(permission denied|must be owner).*");
            }
            assertThat(app.queryForObject("select count(*) from audit_event", Long.class)).isEqualTo(1);
        }
    }

    private static DataSource role(EmbeddedPostgres pg, String user, String password) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL("jdbc:postgresql://localhost:" + pg.getPort() + "/gesprekscyclus");
        source.setUser(user);
        source.setPassword(password);
        return source;
    }
}
