package nl.gesprekscyclus.functionbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mapping file for a book that drops job titles: every entry is checked against the book that is about to
 * become current, and a bad one is named with the file, the entry and the problem before anything changes.
 */
class FunctionBookMappingTests {

    private static final String BOOK_FILE = "config/functionbooks/test.yaml";
    private final FunctionBook book = new FunctionBookReader().read(BOOK_FILE, FunctionBookValidationTests.book(
            FunctionBookValidationTests.ABCD, FunctionBookValidationTests.LEVEL_B, FunctionBookValidationTests.EXPECT_B,
            "").getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    private FunctionBookMapping read(String yaml) throws IOException {
        Path file = dir.resolve("mapping.yaml");
        Files.writeString(file, yaml);
        return FunctionBookMapping.read(file, book, BOOK_FILE);
    }

    @Test
    void shouldReadOldCodeToNewCodeInTheOrderOfTheFile() throws IOException {
        FunctionBookMapping mapping = read("""
                note: beleidsmedewerker en administratief medewerker heten nu medewerker
                jobTitles:
                  beleidsmedewerker: medewerker
                  administratief-medewerker: medewerker
                """);
        assertThat(mapping.jobTitles()).containsExactly(
                org.assertj.core.api.Assertions.entry("beleidsmedewerker", "medewerker"),
                org.assertj.core.api.Assertions.entry("administratief-medewerker", "medewerker"));
    }

    @Test
    void shouldRefuseAMappingToACodeTheBookDoesNotHaveNamingFileAndEntry() {
        assertThatThrownBy(() -> read("""
                jobTitles:
                  beleidsmedewerker: medewerker
                  oud-adviseur: adviseur
                """)).isInstanceOf(InvalidFunctionBookException.class)
                .hasMessageStartingWith("Function book mapping " + dir.resolve("mapping.yaml")
                        + " is invalid (1 problem)")
                .hasMessageContaining(dir.resolve("mapping.yaml") + ": jobTitles.oud-adviseur: 'adviseur' is not a job "
                        + "title of function book test-book (" + BOOK_FILE + ")");
    }

    /** A mapping only replaces job titles the book no longer has: left in place, it can never move anyone twice. */
    @Test
    void shouldRefuseToMapAJobTitleTheBookStillHas() {
        assertThatThrownBy(() -> read("""
                jobTitles:
                  medewerker: medewerker
                """)).hasMessageContaining("jobTitles.medewerker: 'medewerker' is still a job title of function book "
                + "test-book (" + BOOK_FILE + "); a mapping only replaces job titles the book no longer has");
    }

    @Test
    void shouldRefuseAnEntryWithoutANewCodeAndAFileWithoutEntries() {
        assertThatThrownBy(() -> read("""
                jobTitles:
                  beleidsmedewerker:
                """)).hasMessageContaining("jobTitles.beleidsmedewerker: the new job title code is missing");
        assertThatThrownBy(() -> read("note: leeg\n")).hasMessageContaining(": jobTitles: is missing or empty");
    }

    @Test
    void shouldRefuseAMisspelledFieldAndAFileThatIsNotThere() {
        assertThatThrownBy(() -> read("""
                jobtitles:
                  beleidsmedewerker: medewerker
                """)).isInstanceOf(InvalidFunctionBookException.class).hasMessageContaining("jobtitles");
        assertThatThrownBy(() -> FunctionBookMapping.read(dir.resolve("absent.yaml"), book, BOOK_FILE))
                .hasMessageContaining("absent.yaml: (document): the file does not exist");
    }
}
