package nl.gesprekscyclus.functionbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.gesprekscyclus.test_support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** Books are versioned: a changed book is a new version, and what referenced the old one still reads it unchanged. */
@DatabaseTest
class FunctionBookVersioningTests {

    @Autowired
    FunctionBookLoader loader;
    @Autowired
    FunctionBooks books;
    @Autowired
    FunctionBookReader reader;

    @Test
    void shouldLoadTheOmmenBookAtStartUp() {
        LoadedFunctionBook current = books.current();
        assertThat(current.book().code()).isEqualTo("ommen-hr21");
        assertThat(current.book().jobProfiles()).hasSize(16);
    }

    @Test
    void shouldStoreAChangedBookAsANewVersionAndKeepTheOldOneReadable(@TempDir Path dir) throws IOException {
        String original = FunctionBookValidationTests.book(FunctionBookValidationTests.ABCD,
                FunctionBookValidationTests.LEVEL_B, FunctionBookValidationTests.EXPECT_B, "").replace("test-book", "versioning-book");
        Files.writeString(dir.resolve("book.yaml"), original);
        FunctionBookLoader.Outcome first = loader.loadDirectory(dir).get(0);

        Files.writeString(dir.resolve("book.yaml"), "# only a comment changed\n" + original);
        FunctionBookLoader.Outcome same = loader.loadDirectory(dir).get(0);

        Files.writeString(dir.resolve("book.yaml"), original.replace("voert uit", "voert zelfstandig uit"));
        FunctionBookLoader.Outcome changed = loader.loadDirectory(dir).get(0);

        assertThat(first.newVersion()).isTrue();
        assertThat(same.newVersion()).isFalse();
        assertThat(same.versionNumber()).isEqualTo(first.versionNumber());
        assertThat(changed.newVersion()).isTrue();
        assertThat(changed.versionNumber()).isEqualTo(first.versionNumber() + 1);
        List<String> tasksPerVersion = historyOf("versioning-book").stream()
                .map(b -> b.book().jobProfiles().get(0).resultAreas().get(0).tasks().get(0)).toList();
        assertThat(tasksPerVersion).containsExactly("voert uit", "voert zelfstandig uit");
    }

    @Test
    void shouldStoreNothingWhenOneOfTheBooksIsInvalid(@TempDir Path dir) throws IOException {
        String good = FunctionBookValidationTests.book(FunctionBookValidationTests.ABCD,
                FunctionBookValidationTests.LEVEL_B, FunctionBookValidationTests.EXPECT_B, "").replace("test-book", "good-book");
        Files.writeString(dir.resolve("a-good.yaml"), good);
        Files.writeString(dir.resolve("b-bad.yaml"), good.replace("good-book", "bad-book").replace("level: B", "level: X"),
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> loader.loadDirectory(dir))
                .isInstanceOf(InvalidFunctionBookException.class)
                .hasMessageContaining("b-bad.yaml: jobProfiles[0].competencies[0].level");
        assertThat(historyOf("good-book")).isEmpty();
    }

    private List<LoadedFunctionBook> historyOf(String code) {
        return loader.versions(code).stream().map(v -> new LoadedFunctionBook(v.getId(), v.getVersionNumber(),
                v.getContentHash(), v.getLoadedAt(), v.getSourceFile(), reader.fromCanonical(v.getContent()))).toList();
    }
}
