package nl.gesprekscyclus.vlootschouw;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A placement is advice, not part of the assessment (issue 20): nothing that writes, signs, hashes or prints an
 * assessment may read it. The review package (the assessment, its signatures and hash) and the document package
 * (the signed PDF) do not depend on the vlootschouw, and no statement of theirs names its tables; so placing or
 * moving someone cannot change an assessment's content, its PDF or its hash.
 */
@AnalyzeClasses(packages = "nl.gesprekscyclus", importOptions = ImportOption.DoNotIncludeTests.class)
class VlootschouwApartFromTheAssessmentTests {

    @ArchTest
    static final ArchRule theAssessmentAndItsDocumentsDoNotReadPlacements = noClasses()
            .that().resideInAnyPackage("nl.gesprekscyclus.review..", "nl.gesprekscyclus.document..")
            .should().dependOnClassesThat().resideInAPackage("nl.gesprekscyclus.vlootschouw..");

    @ArchTest
    static void noStatementOfTheAssessmentOrItsDocumentsNamesThePlacementTables(
            com.tngtech.archunit.core.domain.JavaClasses classes) throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java/nl/gesprekscyclus/review")),
                Files.walk(Path.of("src/main/java/nl/gesprekscyclus/document")))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertThat(sources).isNotEmpty();
        for (Path source : sources) {
            assertThat(Files.readString(source)).as(source.toString()).doesNotContain("vlootschouw_placement");
        }
    }
}
