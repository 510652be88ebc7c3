package nl.gesprekscyclus.base.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.gesprekscyclus.Application;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.support.GenericWebApplicationContext;

/**
 * The whole application started several times on one fresh database (H2, or PostgreSQL in the postgres execution),
 * as an operator would: a first start on a function book that lacks a cluster the demo organisation uses fails, and
 * leaves nothing behind — before, it left the book version and the clusters of the wrong book, and the start after
 * the book was corrected failed with "cluster 'coordinatie' does not exist" although the book had it. Then a book
 * that renames a job title people hold is refused with their names, and started again with a mapping file.
 * Each start is a full context (no web server): ~15 s each on a warm JVM.
 */
@Tag("db")
class FirstStartTests {

    /** Every table the start-up data steps write to. */
    static final List<String> TABLES = List.of("function_book_version", "org_unit", "employee", "user_account",
            "audit_event", "role_assignment");

    @TempDir
    Path dir;
    Path booksDir;
    String ommen;
    EmbeddedPostgres postgres;
    String url;
    String user = "sa";

    @BeforeEach
    void freshDatabase() throws IOException {
        if ("postgres".equals(System.getProperty("gc.test.db"))) {
            postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
            url = postgres.getJdbcUrl("postgres", "postgres");
            user = "postgres";
        } else {
            url = "jdbc:h2:mem:first-start-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        }
        booksDir = Files.createDirectories(dir.resolve("functionbooks"));
        ommen = Files.readString(Path.of("config/functionbooks/ommen.yaml"));
    }

    @AfterEach
    void dropDatabase() throws IOException, SQLException {
        if (postgres != null) {
            postgres.close();
        } else {
            try (Connection c = DriverManager.getConnection(url, user, "")) {
                c.createStatement().execute("shutdown");
            }
        }
    }

    @Test
    void shouldLeaveTheDatabaseAsItWasWhenAFirstStartFailsAndStartWhenTheFilesAreRight() throws IOException {
        // a book without a job title the demo employees hold (a book without one of their clusters no longer fails:
        // since the unit tree, config/demo/units.csv brings the units along)
        String renamed = ommen.replace("- code: beleidsadviseur\n", "- code: beleidsadviseur-ii\n");
        Files.writeString(booksDir.resolve("ommen.yaml"), renamed);

        assertThatThrownBy(() -> start()).satisfies(e -> assertThat(messages(e)).contains("employees.csv is invalid")
                .contains("The job title 'beleidsadviseur' is not in the function book."));
        assertThat(counts()).as("a failed first start leaves nothing behind").hasSize(TABLES.size())
                .allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());

        Files.writeString(booksDir.resolve("ommen.yaml"), ommen);
        start().close();
        Map<String, Integer> afterFirstStart = counts();
        assertThat(afterFirstStart).containsEntry("function_book_version", 1).containsEntry("org_unit", 5)
                .containsEntry("employee", 45).containsEntry("user_account", 45)
                // the demo's roles (config/demo/role-assignments.yaml), in the same all-or-nothing start
                .containsEntry("role_assignment", 11);

        // a new version of the book renames "beleidsadviseur", which seven employees hold: refused, with their names
        renamed = ommen.replace("- code: beleidsadviseur\n", "- code: beleidsadviseur-ii\n");
        Files.writeString(booksDir.resolve("ommen.yaml"), renamed);
        assertThatThrownBy(() -> start()).satisfies(e -> assertThat(messages(e))
                .contains("does not have the job title of 7 employees in service")
                .contains("100031 Sanne de Jong: beleidsadviseur"));
        assertThat(counts()).isEqualTo(afterFirstStart);

        // with a mapping file: every holder moves, each move is audited, the new version is stored
        Path mapping = Files.writeString(dir.resolve("mapping.yaml"),
                "jobTitles:\n  beleidsadviseur: beleidsadviseur-ii\n");
        start("--gesprekscyclus.function-book-mapping=" + mapping).close();
        JdbcTemplate jdbc = jdbc();
        assertThat(jdbc.queryForObject("select count(*) from employee where job_title_code = 'beleidsadviseur-ii'",
                Integer.class)).isEqualTo(7);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'EMPLOYEE_JOB_TITLE_MAPPED'",
                Integer.class)).isEqualTo(7);
        assertThat(jdbc.queryForObject("select max(version_number) from function_book_version", Integer.class))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from role_assignment", Integer.class))
                .as("a later start adds no demo roles again").isEqualTo(11);
    }

    private ConfigurableApplicationContext start(String... extra) {
        List<String> args = new ArrayList<>(List.of("--spring.profiles.active=demo",
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + (postgres == null ? "" : "postgres"),
                "--gesprekscyclus.function-books-dir=" + booksDir,
                "--camunda.bpm.generate-unique-process-engine-name=true",
                "--camunda.bpm.job-execution.enabled=false", "--camunda.bpm.webapp.enabled=false",
                "--gesprekscyclus.demo.round.enabled=false", "--gesprekscyclus.mail.enabled=false",
                "--gesprekscyclus.scheduling.enabled=false",
                "--spring.main.banner-mode=off", "--logging.level.org.springframework=warn",
                "--logging.level.org.camunda=warn", "--logging.level.com.vaadin=warn",
                "--logging.level.org.hibernate=warn", "--logging.level.org.flywaydb=warn",
                "--logging.level.com.zaxxer=warn",
                // on the test classpath only for the single sign-on tests' own provider (as test.properties says)
                "--spring.autoconfigure.exclude=org.springframework.boot.autoconfigure.security.oauth2.server."
                        + "servlet.OAuth2AuthorizationServerAutoConfiguration,org.springframework.boot.autoconfigure."
                        + "security.oauth2.server.servlet.OAuth2AuthorizationServerJwtAutoConfiguration"));
        args.addAll(List.of(extra));
        // a web application context without a server, as @SpringBootTest makes one
        return new SpringApplicationBuilder(Application.class)
                .contextFactory(type -> new GenericWebApplicationContext(new MockServletContext()))
                .run(args.toArray(String[]::new));
    }

    private JdbcTemplate jdbc() {
        return new JdbcTemplate(new DriverManagerDataSource(url, user, postgres == null ? "" : "postgres"));
    }

    private Map<String, Integer> counts() {
        JdbcTemplate jdbc = jdbc();
        return TABLES.stream().collect(Collectors.toMap(Function.identity(),
                t -> jdbc.queryForObject("select count(*) from " + t, Integer.class)));
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
