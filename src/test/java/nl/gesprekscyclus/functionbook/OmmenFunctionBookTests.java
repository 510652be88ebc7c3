package nl.gesprekscyclus.functionbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Ommen book as transcribed in config/functionbooks/ommen.yaml, checked against the seed document. */
class OmmenFunctionBookTests {

    static FunctionBook book;

    @BeforeAll
    static void load() throws IOException {
        Path file = Path.of("config/functionbooks/ommen.yaml");
        book = new FunctionBookReader().read(file.toString(), Files.readAllBytes(file));
    }

    @Test
    void shouldHoldTheSixteenNormfunctiesAndJobTitlesOfTheSeed() {
        assertThat(book.jobProfiles()).hasSize(16);
        assertThat(book.jobTitles()).hasSize(16);
        assertThat(book.jobTitles().stream().map(JobTitle::fte).filter(f -> f != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("45.00");
        assertThat(book.jobTitles()).allSatisfy(t -> assertThat(book.jobProfile(t.jobProfile())).isPresent());
    }

    @Test
    void shouldUseTheScaleAtoDWithAHighest() {
        assertThat(book.levelScale().codes()).containsExactly("A", "B", "C", "D");
        assertThat(book.levelScale().rank("A")).isLessThan(book.levelScale().rank("D"));
    }

    @Test
    void shouldGiveEveryProfileFiveCompetenciesWithIndicatorsAndTheRestOfItsCompetencyProfile() {
        for (JobProfile p : book.jobProfiles()) {
            assertThat(p.competencies()).as(p.code()).hasSize(5);
            for (ExpectedCompetency e : p.competencies()) {
                assertThat(book.competency(e.competency()).flatMap(c -> c.level(e.level())))
                        .as(p.code() + " " + e.competency() + " " + e.level())
                        .hasValueSatisfying(d -> assertThat(d.indicators()).isNotEmpty());
            }
            assertThat(p.resultAreas()).as(p.code()).isNotEmpty()
                    .allSatisfy(a -> assertThat(a.tasks()).isNotEmpty());
            assertThat(p.criticalWorkSituations()).as(p.code()).isNotEmpty();
            assertThat(p.knowledge()).as(p.code()).isNotEmpty();
            assertThat(p.skills()).as(p.code()).isNotEmpty();
            assertThat(p.education()).as(p.code()).isNotBlank();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            gemeentesecretaris                        | ondernemingszin A, visie A, netwerken A, omgevingsbewustzijn A, besluitvaardigheid A
            medewerker-ontwikkeling-i                 | ondernemingszin A, creativiteit A, visie A, omgevingsbewustzijn A, regisseren A
            medewerker-ontwikkeling-ii                | ondernemingszin B, creativiteit B, visie B, omgevingsbewustzijn A, regisseren A
            adviseur-ii                               | analytisch-vermogen A, visie B, inlevingsvermogen B, initiatief A, overtuigingskracht A
            adviseur-iii                              | analytisch-vermogen B, visie B, inlevingsvermogen B, initiatief B, overtuigingskracht B
            adviseur-iv                               | analytisch-vermogen B, visie C, inlevingsvermogen B, initiatief B, overtuigingskracht B
            medewerker-beleidsuitvoering-ii           | verantwoordelijkheid C, analytisch-vermogen C, oordeelsvorming B, klantgerichtheid B, kwaliteitsgerichtheid B
            medewerker-beleidsuitvoering-iii          | verantwoordelijkheid C, oordeelsvorming C, klantgerichtheid C, kwaliteitsgerichtheid C, nauwkeurigheid B
            medewerker-administratief-secretarieel-ii | flexibiliteit C, zelfstandigheid C, klantgerichtheid C, schriftelijke-communicatie C, plannen-en-organiseren C
            medewerker-administratief-secretarieel-iii | flexibiliteit C, klantgerichtheid C, schriftelijke-communicatie C, nauwkeurigheid C, plannen-en-organiseren C
            medewerker-locatie-i                      | verantwoordelijkheid C, zelfstandigheid B, conflicthantering B, klantgerichtheid B, kwaliteitsgerichtheid B
            medewerker-locatie-ii                     | verantwoordelijkheid C, zelfstandigheid C, conflicthantering B, klantgerichtheid C, kwaliteitsgerichtheid C
            medewerker-publiek-iii                    | integriteit C, conflicthantering C, klantgerichtheid C, mondelinge-communicatie C, nauwkeurigheid C
            medewerker-publiek-iv                     | integriteit D, conflicthantering D, klantgerichtheid C, mondelinge-communicatie C, nauwkeurigheid D
            medewerker-publiek-v                      | integriteit D, conflicthantering D, klantgerichtheid D, mondelinge-communicatie D, nauwkeurigheid D
            medewerker-educatie-iii                   | zelfreflectie C, zelfstandigheid C, creativiteit C, klantgerichtheid C, mondelinge-communicatie C
            """)
    void shouldExpectTheSeedsCompetencyLevels(String profile, String expected) {
        String actual = book.jobProfile(profile).orElseThrow().competencies().stream()
                .map(e -> e.competency() + " " + e.level()).collect(Collectors.joining(", "));
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void shouldMapLocalJobTitlesOntoNormfunctiesWithScaleAndFormatie() {
        JobTitle beleidsadviseur = book.jobTitle("beleidsadviseur").orElseThrow();
        assertThat(beleidsadviseur.jobProfile()).isEqualTo("medewerker-ontwikkeling-ii");
        assertThat(beleidsadviseur.scale()).isEqualTo("11");
        assertThat(beleidsadviseur.fte()).isEqualByComparingTo("7.00");
        assertThat(book.jobTitle("regisseur-adviseur").orElseThrow().fte()).isEqualByComparingTo("11.00");
    }

    @Test
    void shouldDescribeTheCoordinationModuleAndTheOrganisationWideCompetencies() {
        CoordinationModule module = book.coordinationModule();
        assertThat(module.tasks()).hasSize(5).anyMatch(t -> t.contains("informant"));
        assertThat(module.competencies()).extracting(e -> e.competency() + " " + e.level())
                .containsExactly("plannen-en-organiseren B", "coaching B");
        assertThat(book.organisationWide()).extracting(Competency::code)
                .containsExactly("resultaatgerichtheid", "zelfreflectie", "ondernemingszin");
    }

    @Test
    void shouldListTheThreeClustersAndTheCoordinationGroup() {
        assertThat(book.clusters()).extracting(ClusterDefinition::code).containsExactly(
                "beleid-en-ontwikkeling", "regie-en-coordinatie", "concern-en-ondersteuning", "coordinatie");
        assertThat(book.clusters().get(1).approximateFte()).isEqualByComparingTo("15.5");
    }

    @Test
    void shouldSayWhereTheSeedIsIncompleteInsteadOfInventingText() {
        List<String> notes = book.jobProfiles().stream().map(JobProfile::note).filter(n -> n != null).toList();
        assertThat(book.jobProfile("medewerker-educatie-iii").orElseThrow().note()).containsIgnoringCase("publiek V");
        assertThat(book.competency("resultaatgerichtheid").orElseThrow().levels()).isEmpty();
        assertThat(book.competency("resultaatgerichtheid").orElseThrow().note()).isNotBlank();
        assertThat(notes).isNotEmpty();
        // the notes are read under "Opmerking bij de bron:" on Dutch screens, so they are written in Dutch
        assertThat(Stream.concat(notes.stream(), book.competencies().stream().map(Competency::note))
                .filter(n -> n != null))
                .allSatisfy(n -> assertThat(n).doesNotContainPattern("\\b(the|is described|source)\\b"));
    }
}
