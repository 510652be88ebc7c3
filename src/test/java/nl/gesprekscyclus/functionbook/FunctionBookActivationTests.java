package nl.gesprekscyclus.functionbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.gesprekscyclus.test_support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A new version of Ommen's book that renames the job title "beleidsadviseur" (which seven demo employees hold) is
 * refused at start-up with the list of those employees, unless a mapping file gives the new code; a mapping is
 * applied to every holder with an audit entry each, in the same transaction as storing the new version. Each test
 * runs the start-up step in a transaction that is rolled back at the end: tests share one database.
 */
@DatabaseTest
class FunctionBookActivationTests {

    static final String RENAMED = "beleidsadviseur-ii";

    @Autowired
    FunctionBookActivation activation;
    @Autowired
    FunctionBooks books;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    @TempDir
    Path dir;
    Path booksDir;

    @BeforeEach
    void aBookThatRenamesAJobTitle() throws IOException {
        booksDir = Files.createDirectories(dir.resolve("functionbooks"));
        String ommen = Files.readString(Path.of("config/functionbooks/ommen.yaml"));
        String renamed = ommen.replace("- code: beleidsadviseur\n  name: Beleidsadviseur\n",
                "- code: " + RENAMED + "\n  name: Beleidsadviseur\n");
        assertThat(renamed).isNotEqualTo(ommen);
        Files.writeString(booksDir.resolve("ommen.yaml"), renamed);
    }

    @Test
    void shouldRefuseABookThatDropsAJobTitleEmployeesHoldNamingThemAndChangeNothing() {
        int versions = versionCount();
        List<String> holders = holdersOf("beleidsadviseur");

        assertThatThrownBy(() -> inRolledBackTransaction(() -> activation.activate(booksDir, "", null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Function book 'ommen-hr21' (" + booksDir.resolve("ommen.yaml")
                        + ") does not have the job title of")
                .hasMessageContaining("100031 Sanne de Jong: beleidsadviseur")
                .hasMessageContaining("100015 Ruben Smit: beleidsadviseur")
                .hasMessageContaining("No mapping file is configured")
                .hasMessageContaining("Nothing was changed");
        assertThat(versionCount()).isEqualTo(versions);
        assertThat(holdersOf("beleidsadviseur")).isEqualTo(holders);
    }

    @Test
    void shouldRefuseAMappingToAnUnknownCodeNamingFileAndEntryAndChangeNothing() throws IOException {
        int versions = versionCount();
        Path mapping = Files.writeString(dir.resolve("mapping.yaml"), """
                jobTitles:
                  beleidsadviseur: beleidsadviseur-iii
                """);

        assertThatThrownBy(() -> inRolledBackTransaction(() -> activation.activate(booksDir, "", mapping)))
                .isInstanceOf(InvalidFunctionBookException.class)
                .hasMessageContaining(mapping + ": jobTitles.beleidsadviseur: 'beleidsadviseur-iii' is not a job "
                        + "title of function book ommen-hr21 (" + booksDir.resolve("ommen.yaml") + ")");
        assertThat(versionCount()).isEqualTo(versions);
        assertThat(holdersOf(RENAMED)).isEmpty();
    }

    @Test
    void shouldMoveEveryHolderByTheMappingAuditEachAndOnlyThenStoreTheNewVersion() throws IOException {
        int versions = versionCount();
        List<String> holders = holdersOf("beleidsadviseur");
        Path mapping = Files.writeString(dir.resolve("mapping.yaml"), """
                jobTitles:
                  beleidsadviseur: beleidsadviseur-ii
                  bestaat-niet-meer: beleidsadviseur-ii
                """);

        int functionChanges = jdbc.queryForObject("select count(*) from review_profile_change", Integer.class);
        inRolledBackTransaction(() -> {
            FunctionBookActivation.Activated activated = activation.activate(booksDir, "", mapping);

            assertThat(activated.activeCode()).isEqualTo("ommen-hr21");
            assertThat(activated.employeesMoved()).isEqualTo(holders.size());
            assertThat(activated.outcomes()).singleElement().satisfies(o -> assertThat(o.newVersion()).isTrue());
            assertThat(versionCount()).isEqualTo(versions + 1);
            assertThat(holdersOf("beleidsadviseur")).isEmpty();
            assertThat(holdersOf(RENAMED)).isEqualTo(holders);
            assertThat(jdbc.queryForList("select e.personnel_number from audit_event a join employee e"
                    + " on e.id = a.subject_employee_id where a.action = 'EMPLOYEE_JOB_TITLE_MAPPED'"
                    + " and a.detail like '''beleidsadviseur'' -> ''beleidsadviseur-ii''%' order by 1", String.class))
                    .containsAll(holders);
            // running reviews keep the book version and job title they run on: no function change is recorded
            assertThat(jdbc.queryForObject("select count(*) from review_profile_change", Integer.class))
                    .isEqualTo(functionChanges);
            return null;
        });
        assertThat(holdersOf("beleidsadviseur")).isEqualTo(holders);
        assertThat(versionCount()).isEqualTo(versions);
        assertThat(books.current().book().jobTitle("beleidsadviseur")).isPresent();
    }

    private <T> T inRolledBackTransaction(java.util.function.Supplier<T> work) {
        return tx.execute(status -> {
            status.setRollbackOnly();
            return work.get();
        });
    }

    private int versionCount() {
        return jdbc.queryForObject("select count(*) from function_book_version where book_code = 'ommen-hr21'",
                Integer.class);
    }

    private List<String> holdersOf(String jobTitle) {
        return jdbc.queryForList("select personnel_number from employee where job_title_code = ? order by 1",
                String.class, jobTitle);
    }
}
