package nl.gesprekscyclus.functionbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A bad function book is refused with a message that names the file, the path in it and the problem. */
class FunctionBookValidationTests {

    private final FunctionBookReader reader = new FunctionBookReader();

    /** A small but complete book; {@code %s} slots let a test break one thing at a time. */
    static String book(String scaleLevels, String competencyLevels, String profileCompetencies, String extra) {
        return """
                code: test-book
                name: Testboek
                organisation: Testgemeente
                levelScale:
                  name: Niveau
                  levels:
                %s
                competencies:
                  - code: samenwerken
                    name: Samenwerken
                    definition: Werkt samen.
                    levels:
                %s
                jobProfiles:
                  - code: medewerker
                    name: Medewerker
                    functionFamily: {name: Ondersteuning}
                    functionGroup: {name: Algemeen}
                    resultAreas:
                      - code: RG1
                        name: Uitvoering
                        tasks: [voert uit]
                    competencies:
                %s
                jobTitles:
                  - code: medewerker
                    name: Medewerker
                    jobProfile: medewerker
                    scale: "6"
                    fte: 1.0
                %s
                """.formatted(indent(scaleLevels, 4), indent(competencyLevels, 6), indent(profileCompetencies, 6), extra);
    }

    private static String indent(String block, int spaces) {
        return block.stripIndent().indent(spaces).stripTrailing();
    }

    static final String ABCD = """
                    - {code: A, name: Niveau A}
                    - {code: B, name: Niveau B}
                    - {code: C, name: Niveau C}
                    - {code: D, name: Niveau D}""";
    static final String LEVEL_B = """
                      B: {label: afstemmen, indicators: [Stemt af.]}""";
    static final String EXPECT_B = """
                      - {competency: samenwerken, level: B}""";

    private FunctionBook read(String yaml) {
        return reader.read("config/functionbooks/test.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldLoadACompleteBook() {
        FunctionBook book = read(book(ABCD, LEVEL_B, EXPECT_B, ""));
        assertThat(book.jobProfile("medewerker").orElseThrow().competencies()).hasSize(1);
    }

    /** The book's scale with {@code order: <order>} declared. */
    static String withOrder(String yaml, String order) {
        return yaml.replace("  name: Niveau\n  levels:", "  name: Niveau\n  order: " + order + "\n  levels:");
    }

    static final String ONE_TO_FOUR = """
                    - {code: "1", name: Niveau 1}
                    - {code: "2", name: Niveau 2}
                    - {code: "3", name: Niveau 3}
                    - {code: "4", name: Niveau 4}""";
    static final String LEVEL_3 = """
                      "3": {label: zelfstandig, indicators: [Werkt zelfstandig samen.]}""";
    static final String EXPECT_3 = """
                      - {competency: samenwerken, level: "3"}""";

    @Test
    void shouldLoadABookWithNumericLevelsWithoutCodeChanges() {
        String numeric = """
                    - {code: "4", name: Niveau 4}
                    - {code: "3", name: Niveau 3}
                    - {code: "2", name: Niveau 2}
                    - {code: "1", name: Niveau 1}""";
        FunctionBook book = read(withOrder(book(numeric, LEVEL_3, EXPECT_3, ""), "highestFirst"));
        assertThat(book.levelScale().codes()).containsExactly("4", "3", "2", "1");
        assertThat(book.levelScale().rank("4")).isZero();
    }

    @Test
    void shouldLoadABookWithNamedLevels() {
        String named = """
                    - {code: senior, name: Senior}
                    - {code: medior, name: Medior}
                    - {code: junior, name: Junior}""";
        String levels = """
                      medior: {label: zelfstandig, indicators: [Werkt zelfstandig samen.]}""";
        String expected = """
                      - {competency: samenwerken, level: medior}""";
        assertThat(read(withOrder(book(named, levels, expected, ""), "highestFirst")).levelScale().codes())
                .containsExactly("senior", "medior", "junior");
    }

    /** Written lowest first and said so: "4" is the highest level, whatever the order of the lines. */
    @Test
    void shouldReadAScaleWrittenLowestFirstWithTheHighestLevelOnTop() {
        FunctionBook book = read(withOrder(book(ONE_TO_FOUR, LEVEL_3, EXPECT_3, ""), "lowestFirst"));
        assertThat(book.levelScale().codes()).containsExactly("4", "3", "2", "1");
        assertThat(book.levelScale().rank("4")).isZero();
        assertThat(book.levelScale().rank("1")).isEqualTo(3);
        assertThat(book.levelScale().rank("3")).isLessThan(book.levelScale().rank("2"));
    }

    /** "1, 2, 3, 4" without an order used to be read as "1 is the highest": now it must say which end is on top. */
    @Test
    void shouldRefuseAScaleThatDoesNotSayWhichLevelIsTheHighest() {
        assertThatThrownBy(() -> read(book(ONE_TO_FOUR, LEVEL_3, EXPECT_3, "")))
                .isInstanceOf(InvalidFunctionBookException.class)
                .hasMessageContaining("config/functionbooks/test.yaml: levelScale.order: is missing: the levels "
                        + "[1, 2, 3, 4] do not show which one is the highest. Add 'order: highestFirst' (the first "
                        + "level listed is the highest) or 'order: lowestFirst' (the last level listed is the highest)");
        String reversedLetters = """
                    - {code: D, name: Niveau D}
                    - {code: C, name: Niveau C}
                    - {code: B, name: Niveau B}
                    - {code: A, name: Niveau A}""";
        assertThatThrownBy(() -> read(book(reversedLetters, LEVEL_B, EXPECT_B, "")))
                .hasMessageContaining("levelScale.order: is missing: the levels [D, C, B, A]");
    }

    @Test
    void shouldRefuseAnOrderThatIsNeitherOfTheTwo() {
        assertThatThrownBy(() -> read(withOrder(book(ABCD, LEVEL_B, EXPECT_B, ""), "ascending")))
                .hasMessageContaining("config/functionbooks/test.yaml: levelScale.order: must be highestFirst (the "
                        + "first level listed is the highest) or lowestFirst (the last level listed is the highest); "
                        + "got 'ascending'");
    }

    /** Ommen's scale: the HR21 letters from A, as the format always read them (A highest); no order needed. */
    @Test
    void shouldReadTheHr21LettersWithoutAnOrderAsAHighest() {
        FunctionBook book = read(book(ABCD, LEVEL_B, EXPECT_B, ""));
        assertThat(book.levelScale().order()).isNull();
        assertThat(book.levelScale().rank("A")).isZero();
        assertThat(reader.canonical(book)).doesNotContain("order");
    }

    @Test
    void shouldRefuseALevelThatIsNotOnTheScale() {
        String expected = """
                      - {competency: samenwerken, level: E}""";
        assertThatThrownBy(() -> read(book(ABCD, LEVEL_B, expected, "")))
                .isInstanceOf(InvalidFunctionBookException.class)
                .hasMessageContaining("config/functionbooks/test.yaml: jobProfiles[0].competencies[0].level")
                .hasMessageContaining("'E' is not on the book's scale [A, B, C, D]");
    }

    @Test
    void shouldRefuseAnExpectedLevelTheDictionaryDoesNotDescribe() {
        String expected = """
                      - {competency: samenwerken, level: A}""";
        assertThatThrownBy(() -> read(book(ABCD, LEVEL_B, expected, "")))
                .hasMessageContaining("jobProfiles[0].competencies[0].level")
                .hasMessageContaining("does not describe level 'A' of 'samenwerken'");
    }

    @Test
    void shouldRefuseAnUnknownCompetency() {
        String expected = """
                      - {competency: leiderschap, level: B}""";
        assertThatThrownBy(() -> read(book(ABCD, LEVEL_B, expected, "")))
                .hasMessageContaining("jobProfiles[0].competencies[0].competency: unknown competency 'leiderschap'");
    }

    @Test
    void shouldRefuseDuplicateCodes() {
        String extra = """
                  - code: medewerker
                    name: Nog een medewerker
                    jobProfile: medewerker
                    scale: "7"
                """;
        assertThatThrownBy(() -> read(book(ABCD, LEVEL_B, EXPECT_B, "").replace("    fte: 1.0\n", "    fte: 1.0\n" + extra)))
                .hasMessageContaining("jobTitles[1]: duplicate job title code 'medewerker'");
    }

    @Test
    void shouldRefuseMissingFieldsAndListEveryProblem() {
        String yaml = book(ABCD, LEVEL_B, EXPECT_B, "").replace("name: Testboek\n", "")
                .replace("        tasks: [voert uit]\n", "");
        assertThatThrownBy(() -> read(yaml))
                .isInstanceOfSatisfying(InvalidFunctionBookException.class, e -> assertThat(e.problems())
                        .extracting(InvalidFunctionBookException.Problem::path)
                        .contains("name", "jobProfiles[0].resultAreas[0].tasks"));
    }

    @Test
    void shouldRefuseAMisspelledField() {
        String yaml = book(ABCD, LEVEL_B, EXPECT_B, "").replace("organisation:", "organization:");
        assertThatThrownBy(() -> read(yaml)).hasMessageContaining("unknown field 'organization'")
                .hasMessageContaining("line ");
    }

    @Test
    void shouldRefuseAJobTitleOfAnUnknownProfile() {
        String yaml = book(ABCD, LEVEL_B, EXPECT_B, "").replace("jobProfile: medewerker", "jobProfile: adviseur");
        assertThatThrownBy(() -> read(yaml)).hasMessageContaining("jobTitles[0].jobProfile: unknown normfunctie 'adviseur'");
    }

    @Test
    void shouldRefuseTextThatIsNotUtf8() {
        byte[] latin1 = book(ABCD, LEVEL_B, EXPECT_B, "").replace("Werkt samen.", "Coördineert.")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> reader.read("x.yaml", latin1)).hasMessageContaining("not UTF-8");
    }

    @Test
    void shouldRefuseBrokenYamlWithItsLine() {
        assertThatThrownBy(() -> read("code: [unclosed\nname: x\n")).hasMessageContaining("line");
    }

    @Test
    void shouldRefuseAnEmptyFile() {
        assertThatThrownBy(() -> read("")).hasMessageContaining("empty");
    }

    @Test
    void shouldGiveTheSameCanonicalFormWhateverTheLayout() {
        FunctionBook a = read(book(ABCD, LEVEL_B, EXPECT_B, ""));
        FunctionBook b = read("# a comment\n" + book(ABCD, LEVEL_B, EXPECT_B, ""));
        assertThat(reader.canonical(a)).isEqualTo(reader.canonical(b));
        assertThat(reader.fromCanonical(reader.canonical(a))).isEqualTo(a);
    }
}
