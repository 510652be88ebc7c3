package nl.gesprekscyclus.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Migration V18 on a database that was in use: the clusters become units under a new top unit, the managers the tree
 * gives are guessed from who manages whom, and whoever's manager the guess does not explain keeps it as their own
 * (an override), so nobody's manager changes. Runs the real migrations on a fresh H2, or (in the PostgreSQL
 * execution) on an embedded PostgreSQL of its own.
 */
@Tag("db")
class UnitMigrationTests {

    @Test
    void shouldMakeTheClustersOfADatabaseInUseATreeWithoutChangingAnyonesManager() throws Exception {
        boolean postgres = "postgres".equals(System.getProperty("gc.test.db"));
        try (EmbeddedPostgres pg = postgres ? EmbeddedPostgres.builder().start() : null) {
            DataSource db = postgres ? pg.getPostgresDatabase() : h2();
            migrateToJustBefore18(db, postgres);
            JdbcTemplate jdbc = new JdbcTemplate(db);
            jdbc.update("insert into function_book_version (book_code, version_number, content_hash, source_file,"
                    + " loaded_at, content) values ('ommen', 1, 'x', 'ommen.yaml', ?, ?)", OffsetDateTime.now(),
                    "{\"code\":\"ommen\",\"name\":\"Functieboek\",\"organisation\":\"Gemeente Ommen\",\"source\":null}");
            long beleid = cluster(jdbc, "beleid-en-ontwikkeling", "Cluster Beleid en Ontwikkeling");
            long regie = cluster(jdbc, "regie-en-coordinatie", "Cluster Regie en Coördinatie");
            long coordinatie = cluster(jdbc, "coordinatie", "Coördinatie");
            long bakker = employee(jdbc, "100001", coordinatie, null, true);
            long huisman = employee(jdbc, "100003", coordinatie, bakker, true);
            long meer = employee(jdbc, "100008", beleid, bakker, true);
            employee(jdbc, "100012", beleid, bakker, true);
            employee(jdbc, "100015", beleid, meer, true); // not the cluster's manager: keeps Meer
            employee(jdbc, "100002", regie, huisman, true);
            employee(jdbc, "100009", regie, huisman, true);
            employee(jdbc, "100050", regie, null, true); // nobody yet: keeps nobody
            employee(jdbc, "100027", regie, bakker, false); // left service, with his manager of then
            Map<String, Long> managersBefore = managers(jdbc);

            migrate(db, postgres, null);

            Map<String, Map<String, Object>> units = new HashMap<>();
            jdbc.queryForList("select u.code, u.name, u.kind, p.code as parent, m.personnel_number as manager"
                    + " from org_unit u left join org_unit p on p.id = u.parent_id"
                    + " left join employee m on m.id = u.manager_id").forEach(r -> units.put((String) r.get("code"), r));
            assertThat(units.get("gemeente")).containsEntry("name", "Gemeente Ommen").containsEntry("kind", "gemeente")
                    .containsEntry("parent", null).containsEntry("manager", "100001");
            assertThat(units.get("regie-en-coordinatie")).containsEntry("parent", "gemeente")
                    .containsEntry("kind", "cluster").as("all its people share Huisman")
                    .containsEntry("manager", "100003");
            assertThat(units.get("beleid-en-ontwikkeling")).as("Bakker and Meer: no one manager, so the top's")
                    .containsEntry("manager", "100001");
            assertThat(units.get("coordinatie")).containsEntry("manager", "100001");

            assertThat(managers(jdbc)).as("nobody's manager changed").isEqualTo(managersBefore);
            assertThat(jdbc.queryForList("select personnel_number from employee where manager_override = true",
                    String.class)).containsExactlyInAnyOrder("100015", "100050", "100027");
            assertThatTheTreeExplainsEveryoneWithoutAnOverride(jdbc);

            assertThatThrownBy(() -> jdbc.queryForList("select * from cluster")).as("renamed").isNotNull();
            assertThatThrownBy(() -> jdbc.update("insert into org_unit (code, name, kind) values ('coordinatie', 'X',"
                    + " 'team')")).as("codes stay unique").isNotNull();
        }
    }

    @Test
    void shouldKeepEveryonesManagerWhenTheOrganisationHasTwoPeopleAtTheTop() throws Exception {
        boolean postgres = "postgres".equals(System.getProperty("gc.test.db"));
        try (EmbeddedPostgres pg = postgres ? EmbeddedPostgres.builder().start() : null) {
            DataSource db = postgres ? pg.getPostgresDatabase() : h2();
            migrateToJustBefore18(db, postgres);
            JdbcTemplate jdbc = new JdbcTemplate(db);
            long a = cluster(jdbc, "a", "A");
            long b = cluster(jdbc, "b", "B");
            // two tops: Vos manages one colleague, Kok two; the guess makes Kok the top, so Vos keeps "nobody"
            long vos = employee(jdbc, "200001", a, null, true);
            employee(jdbc, "200002", a, vos, true);
            long kok = employee(jdbc, "200003", b, null, true);
            employee(jdbc, "200004", b, kok, true);
            employee(jdbc, "200005", b, kok, true);
            Map<String, Long> before = managers(jdbc);

            migrate(db, postgres, null);

            assertThat(jdbc.queryForObject("select name from org_unit where parent_id is null", String.class))
                    .as("no function book stored").isEqualTo("Gemeente");
            assertThat(managers(jdbc)).isEqualTo(before);
            assertThat(jdbc.queryForList("select personnel_number from employee where manager_override = true",
                    String.class)).containsExactly("200001");
            assertThatTheTreeExplainsEveryoneWithoutAnOverride(jdbc);
        }
    }

    @Test
    void shouldLeaveANewDatabaseToTheSeeder() throws Exception {
        boolean postgres = "postgres".equals(System.getProperty("gc.test.db"));
        try (EmbeddedPostgres pg = postgres ? EmbeddedPostgres.builder().start() : null) {
            DataSource db = postgres ? pg.getPostgresDatabase() : h2();
            migrate(db, postgres, null);
            assertThat(new JdbcTemplate(db).queryForObject("select count(*) from org_unit", Integer.class)).isZero();
        }
    }

    /** The application's own resolution over the migrated tree gives everyone without an override their manager. */
    private static void assertThatTheTreeExplainsEveryoneWithoutAnOverride(JdbcTemplate jdbc) {
        UnitTree tree = new UnitTree(jdbc.query("select u.code, u.name, p.code, m.personnel_number from org_unit u"
                + " left join org_unit p on p.id = u.parent_id left join employee m on m.id = u.manager_id",
                (rs, i) -> new UnitTree.Node(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), null)));
        ManagerResolution resolution = new ManagerResolution(tree);
        jdbc.query("select e.personnel_number, u.code, m.personnel_number from employee e join org_unit u"
                + " on u.id = e.unit_id left join employee m on m.id = e.manager_id where e.manager_override = false",
                rs -> {
                    assertThat(resolution.managerOf(rs.getString(1), rs.getString(2), null)).as(rs.getString(1))
                            .isEqualTo(rs.getString(3));
                });
    }

    private static Map<String, Long> managers(JdbcTemplate jdbc) {
        Map<String, Long> managers = new TreeMap<>();
        jdbc.query("select personnel_number, manager_id from employee", rs -> {
            managers.put(rs.getString(1), rs.getObject(2) == null ? null : rs.getLong(2));
        });
        return managers;
    }

    private static long cluster(JdbcTemplate jdbc, String code, String name) {
        jdbc.update("insert into cluster (code, name) values (?, ?)", code, name);
        return jdbc.queryForObject("select id from cluster where code = ?", Long.class, code);
    }

    private static long employee(JdbcTemplate jdbc, String number, long cluster, Long manager, boolean active) {
        jdbc.update("insert into employee (personnel_number, first_name, last_name, email, job_title_code, cluster_id,"
                + " manager_id, start_date, active) values (?, 'Voor', ?, ?, 'adviseur', ?, ?, ?, ?)", number,
                "Achter" + number, number + "@migratie.test", cluster, manager, LocalDate.of(2010, 1, 1), active);
        return jdbc.queryForObject("select id from employee where personnel_number = ?", Long.class, number);
    }

    private static DataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:unit-migration-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        return h2;
    }

    /** Up to the last migration before V18, whichever number that is (other branches add their own). */
    private static void migrateToJustBefore18(DataSource db, boolean postgres) {
        MigrationVersion v18 = MigrationVersion.fromVersion("18");
        MigrationVersion last = Arrays.stream(configuration(db, postgres).load().info().all())
                .map(MigrationInfo::getVersion).filter(v -> v.compareTo(v18) < 0).max(Comparator.naturalOrder())
                .orElseThrow();
        migrate(db, postgres, last.getVersion());
        Set<String> applied = Arrays.stream(configuration(db, postgres).load().info().applied())
                .map(i -> i.getVersion().getVersion()).collect(Collectors.toSet());
        assertThat(applied).doesNotContain("18");
    }

    static void migrate(DataSource db, boolean postgres, String target) {
        FluentConfiguration configuration = configuration(db, postgres);
        if (target != null) {
            configuration.target(target);
        }
        configuration.load().migrate();
    }

    private static FluentConfiguration configuration(DataSource db, boolean postgres) {
        return Flyway.configure().dataSource(db)
                .locations("classpath:db/migration", "classpath:db/vendor/" + (postgres ? "postgresql" : "h2"))
                .placeholders(Map.of("large_text", postgres ? "text" : "character large object"));
    }
}
