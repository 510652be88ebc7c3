package nl.gesprekscyclus.functionbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The role catalogue is checked against the function book at start-up (issue 18, item 1): a role names only
 * competencies of the book's dictionary, at a level the dictionary describes for that competency; codes are unique
 * over every file; a refusal names the file, the role and the problem. Plain Java, Ommen's own book.
 */
class WorkRoleCatalogueTests {

    static FunctionBook ommen;
    final FunctionBookReader books = new FunctionBookReader();
    final WorkRoleReader reader = new WorkRoleReader(books);

    @TempDir
    Path dir;

    @BeforeAll
    static void readOmmensBook() throws IOException {
        ommen = new FunctionBookReader().read("ommen.yaml",
                Files.readAllBytes(Path.of("config/functionbooks/ommen.yaml")));
    }

    @Test
    void shouldReadOmmensExampleRolesWithTheirExpectedLevelsFromTheBook() {
        WorkRoleCatalogue catalogue = reader.read(Path.of("config/roles"), ommen);

        assertThat(catalogue.roles()).extracting(WorkRole::code)
                .containsExactly("contractmanager", "opdrachtgever", "projectleider", "clustercoordinator");
        WorkRole contractmanager = catalogue.role("contractmanager").orElseThrow();
        assertThat(contractmanager.purpose()).contains("Wat dat betreft ben je 'contractmanager'");
        assertThat(contractmanager.resultAreas()).hasSize(2);
        assertThat(contractmanager.competencies()).contains(new ExpectedCompetency("regisseren", "A"));
        // every role whose text is not Ommen's says so
        assertThat(catalogue.roles()).allSatisfy(r -> assertThat(r.note()).isNotBlank());
        assertThat(catalogue.role("projectleider").orElseThrow().note()).startsWith("Voorbeeld, geen rol van Ommen");
    }

    @Test
    void shouldRefuseACompetencyTheDictionaryDoesNotHaveNamingFileAndRole() throws IOException {
        Path file = write("rollen.yaml", role("projectleider", "projectmanagement", "B"));

        assertThatThrownBy(() -> reader.read(dir, ommen)).isInstanceOf(InvalidFunctionBookException.class)
                .hasMessageStartingWith("Role catalogue " + file + " is invalid (1 problem)")
                .hasMessageContaining(file + ": roles[0] (projectleider).competencies[0].competency: unknown "
                        + "competency 'projectmanagement' (not in the dictionary)");
    }

    @Test
    void shouldRefuseALevelTheDictionaryDoesNotDescribeForThatCompetency() throws IOException {
        // the dictionary describes regisseren only at level A; B is on the scale but has no indicators
        Path file = write("rollen.yaml", role("contractmanager", "regisseren", "B"));

        assertThatThrownBy(() -> reader.read(dir, ommen)).isInstanceOf(InvalidFunctionBookException.class)
                .hasMessageContaining(file + ": roles[0] (contractmanager).competencies[0].level: the dictionary "
                        + "does not describe level 'B' of 'regisseren' (it describes [A])");
        write("rollen.yaml", role("contractmanager", "regisseren", "E"));
        assertThatThrownBy(() -> reader.read(dir, ommen))
                .hasMessageContaining("level 'E' is not on the book's scale [A, B, C, D]");
    }

    @Test
    void shouldRefuseADuplicateCodeInOneFileAndAcrossFiles() throws IOException {
        Path one = write("a.yaml", role("projectleider", "initiatief", "B")
                + role("projectleider", "initiatief", "A").replace("roles:\n", ""));
        assertThatThrownBy(() -> reader.read(dir, ommen))
                .hasMessageContaining(one + ": roles[1]: duplicate role code 'projectleider'");

        write("a.yaml", role("projectleider", "initiatief", "B"));
        Path other = write("b.yaml", role("projectleider", "initiatief", "A"));
        assertThatThrownBy(() -> reader.read(dir, ommen)).isInstanceOf(InvalidFunctionBookException.class)
                .hasMessageContaining(other + ": roles[0] (projectleider).code: duplicate role code 'projectleider'"
                        + " (also in " + dir.resolve("a.yaml") + ")");
    }

    @Test
    void shouldRefuseARoleWithoutTasksOrCompetenciesAndAnUnknownField() throws IOException {
        Path file = write("rollen.yaml", """
                roles:
                  - code: trekker
                    name: Trekker
                    purpose: Trekt een opgave.
                """);
        assertThatThrownBy(() -> reader.read(dir, ommen))
                .hasMessageContaining(file + ": roles[0] (trekker).tasks: a role needs its tasks")
                .hasMessageContaining(file + ": roles[0] (trekker).competencies: a role needs its competencies");

        write("rollen.yaml", role("trekker", "initiatief", "B").replace("    purpose:", "    doel: x\n    purpose:"));
        assertThatThrownBy(() -> reader.read(dir, ommen)).hasMessageContaining("unknown field 'doel'");
    }

    @Test
    void shouldRefuseReplacingARoleThatIsStillInTheCatalogue() throws IOException {
        Path file = write("rollen.yaml", role("projectleider", "initiatief", "B")
                + role("projectmanager", "initiatief", "A").replace("roles:\n", "")
                        .replace("    purpose:", "    replaces: [projectleider]\n    purpose:"));

        assertThatThrownBy(() -> reader.read(dir, ommen))
                .hasMessageContaining(file + ": roles[1] (projectmanager).replaces: role 'projectleider' is still in "
                        + "the catalogue");
    }

    @Test
    void shouldReadAFolderThatDoesNotExistAsNoRoles() {
        assertThat(reader.read(dir.resolve("none"), ommen).roles()).isEmpty();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static String role(String code, String competency, String level) {
        return """
                roles:
                  - code: %s
                    name: Rol %s
                    purpose: Een rol om te testen.
                    tasks: [doet iets]
                    competencies:
                      - competency: %s
                        level: %s
                """.formatted(code, code, competency, level);
    }
}
