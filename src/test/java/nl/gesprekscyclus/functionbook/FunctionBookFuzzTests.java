package nl.gesprekscyclus.functionbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import nl.gesprekscyclus.test_support.BadInput;

/**
 * Fuzzing the function-book reader and validator (jqwik): random bytes and the small complete book and Ommen's
 * real book with bytes changed, inserted, dropped, or saved in another encoding. The reader gives a valid book or
 * an {@link InvalidFunctionBookException} naming the file; no other exception, so a bad book stops the start with
 * a message a functioneel beheerder can act on. Pure; a few seconds.
 */
class FunctionBookFuzzTests {

    private static final AtomicInteger INPUTS = new AtomicInteger();
    private static final String FILE = "config/functionbooks/fuzz.yaml";
    private static final FunctionBookReader READER = new FunctionBookReader();

    @Property(tries = 500)
    void shouldReadRandomBytesAsABookOrAProblemReport(@ForAll("randomBytes") byte[] content) {
        readOrReport(content);
    }

    @Property(tries = 800)
    void shouldReadAMutatedSmallBookAsABookOrAProblemReport(@ForAll("mutatedSmallBook") byte[] content) {
        readOrReport(content);
    }

    @Property(tries = 100)
    void shouldReadAMutatedOmmenBookAsABookOrAProblemReport(@ForAll("mutatedOmmenBook") byte[] content) {
        readOrReport(content);
    }

    private void readOrReport(byte[] content) {
        INPUTS.incrementAndGet();
        try {
            FunctionBook book = READER.read(FILE, content);
            assertThat(READER.canonical(book)).isNotBlank();
        } catch (InvalidFunctionBookException e) {
            assertThat(e.file()).isEqualTo(FILE);
            assertThat(e.problems()).isNotEmpty();
            assertThat(e.getMessage()).startsWith("Function book " + FILE).doesNotContain("null: null");
        }
    }

    @Provide
    Arbitrary<byte[]> randomBytes() {
        return BadInput.randomBytes();
    }

    @Provide
    Arbitrary<byte[]> mutatedSmallBook() {
        return BadInput.mutated(FunctionBookValidationTests.book(FunctionBookValidationTests.ABCD,
                FunctionBookValidationTests.LEVEL_B, FunctionBookValidationTests.EXPECT_B, ""));
    }

    @Provide
    Arbitrary<byte[]> mutatedOmmenBook() throws IOException {
        return BadInput.mutated(Files.readString(Path.of("config/functionbooks/ommen.yaml"), StandardCharsets.UTF_8));
    }

    @AfterContainer
    static void report() {
        System.out.println("FunctionBookFuzzTests: " + INPUTS.get() + " generated inputs, each a book or a report");
    }
}
