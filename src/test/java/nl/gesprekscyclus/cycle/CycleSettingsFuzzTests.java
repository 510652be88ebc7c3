package nl.gesprekscyclus.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import nl.gesprekscyclus.test_support.BadInput;

/**
 * Fuzzing the reader of config/cycle.yaml (jqwik): random bytes and the shipped file with bytes changed, inserted,
 * dropped or saved in another encoding give settings or an {@link InvalidCycleSettingsException} naming the file;
 * never another exception. Pure; a few seconds.
 */
class CycleSettingsFuzzTests {

    private static final AtomicInteger INPUTS = new AtomicInteger();
    private static final String FILE = "config/cycle.yaml";
    private static final CycleSettingsReader READER = new CycleSettingsReader();

    @Property(tries = 500)
    void shouldReadRandomBytesAsSettingsOrAProblemReport(@ForAll("randomBytes") byte[] content) {
        readOrReport(content);
    }

    @Property(tries = 1000)
    void shouldReadAMutatedCycleFileAsSettingsOrAProblemReport(@ForAll("mutatedCycleFile") byte[] content) {
        readOrReport(content);
    }

    /** Found by the mutations in a CI run: the check allowed the space, the round calendar then failed on it. */
    @Example
    void shouldReadADateWithASpaceAfterItAsThatDate() throws IOException {
        String file = Files.readString(Path.of(FILE), StandardCharsets.UTF_8).replace("start: \"06-01\"",
                "start: \"06-01 \"");
        CycleSettings settings = READER.read(FILE, file.getBytes(StandardCharsets.UTF_8));
        assertThat(RoundCalendar.of(settings, 2045).progress().start()).isEqualTo(LocalDate.of(2045, 6, 1));
    }

    private static void readOrReport(byte[] content) {
        INPUTS.incrementAndGet();
        try {
            CycleSettings settings = READER.read(FILE, content);
            assertThat(RoundCalendar.of(settings, 2045)).isNotNull();
        } catch (InvalidCycleSettingsException e) {
            assertThat(e.problems()).isNotEmpty();
            assertThat(e.getMessage()).contains(FILE);
        }
    }

    @Provide
    Arbitrary<byte[]> randomBytes() {
        return BadInput.randomBytes();
    }

    @Provide
    Arbitrary<byte[]> mutatedCycleFile() throws IOException {
        return BadInput.mutated(Files.readString(Path.of(FILE), StandardCharsets.UTF_8));
    }

    @AfterContainer
    static void report() {
        System.out.println("CycleSettingsFuzzTests: " + INPUTS.get() + " generated inputs, each settings or a report");
    }
}
