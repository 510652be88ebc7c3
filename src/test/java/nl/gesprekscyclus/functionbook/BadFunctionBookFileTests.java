package nl.gesprekscyclus.functionbook;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A function book saved in the wrong encoding or far too large is refused with a message that says what to do. */
class BadFunctionBookFileTests {

    private final FunctionBookReader reader = new FunctionBookReader();
    private static final String BOOK = FunctionBookValidationTests.book(FunctionBookValidationTests.ABCD,
            FunctionBookValidationTests.LEVEL_B, FunctionBookValidationTests.EXPECT_B, "").replace("Testgemeente",
            "Gemeente Zoë");

    @Test
    void shouldSayABookSavedAsUtf16IsUtf16() {
        assertThatThrownBy(() -> reader.read("config/functionbooks/x.yaml", BOOK.getBytes(StandardCharsets.UTF_16)))
                .hasMessageContaining("config/functionbooks/x.yaml: (document): the file is UTF-16 (or not text at all)");
    }

    @Test
    void shouldNameTheLineOfAWindowsCharacter() {
        assertThatThrownBy(() -> reader.read("x.yaml", BOOK.getBytes(Charset.forName("windows-1252"))))
                .hasMessageContaining("x.yaml: (document): the file is not UTF-8 text (line 3); save it as UTF-8");
    }

    @Test
    void shouldRefuseABookOverTwentyMegabytes() {
        byte[] large = new byte[FunctionBookReader.MAX_BYTES + 1];
        java.util.Arrays.fill(large, (byte) ' ');
        assertThatThrownBy(() -> reader.read("x.yaml", large)).hasMessageContaining("file is larger than 20 MB");
    }
}
