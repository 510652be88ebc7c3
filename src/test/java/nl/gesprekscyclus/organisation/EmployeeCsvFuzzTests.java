package nl.gesprekscyclus.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import nl.gesprekscyclus.test_support.BadInput;
import nl.gesprekscyclus.test_support.EmployeeCsv;

/**
 * Fuzzing the employee file parser (jqwik): random bytes, a valid export with bytes changed or saved in another
 * encoding, and rows of random field values. Whatever comes in, the parser answers with rows or with file problems
 * that the import screen can show; it never throws. Pure (no database); a few seconds.
 */
class EmployeeCsvFuzzTests {

    private static final AtomicInteger INPUTS = new AtomicInteger();
    static final String VALID = EmployeeCsv.HEADER + """
            450901;Zoë;van 't;Hek;zoe.hek@ommen.nl;adviseur;concern-en-ondersteuning;100001;;2026-02-01;ja
            450902;Ömer;;Çelikkaya;omer.c@ommen.nl;regisseur-adviseur;concern-en-ondersteuning;100001;;01-03-2020;nee
            """;

    @Property(tries = 1000)
    void shouldAnswerRandomBytesWithRowsOrAFileProblem(@ForAll("randomBytes") byte[] content) {
        answered(content);
    }

    @Property(tries = 1000)
    void shouldAnswerAMutatedExportWithRowsOrAFileProblem(@ForAll("mutatedExport") byte[] content) {
        answered(content);
    }

    @Property(tries = 300)
    void shouldReadBackEveryFieldValueThatIsQuotedProperly(@ForAll("rows") List<List<String>> rows) {
        StringBuilder file = new StringBuilder(EmployeeCsv.HEADER);
        for (List<String> row : rows) {
            file.append(String.join(";", row.stream().map(EmployeeCsvFuzzTests::quoted).toList())).append('\n');
        }
        EmployeeCsvParser.ParsedFile parsed = answered(file.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.fileProblems()).isEmpty();
        assertThat(parsed.rows()).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            EmployeeCsvParser.Row row = parsed.rows().get(i);
            List<String> written = rows.get(i);
            assertThat(row.raw().get(EmployeeCsvParser.Column.FIRST_NAME)).isEqualTo(asStored(written.get(1)));
            assertThat(row.raw().get(EmployeeCsvParser.Column.LAST_NAME)).isEqualTo(asStored(written.get(3)));
        }
    }

    private static EmployeeCsvParser.ParsedFile answered(byte[] content) {
        INPUTS.incrementAndGet();
        EmployeeCsvParser.ParsedFile parsed = EmployeeCsvParser.parse(content);
        // either rows to check or problems that stop the file, never both, never neither
        assertThat(parsed.rows().isEmpty()).isNotEqualTo(parsed.fileProblems().isEmpty());
        parsed.fileProblems().forEach(p -> assertThat(p.message(java.util.Locale.forLanguageTag("nl"))).doesNotStartWith("!"));
        return parsed;
    }

    @Provide
    Arbitrary<byte[]> randomBytes() {
        return BadInput.randomBytes();
    }

    @Provide
    Arbitrary<byte[]> mutatedExport() {
        return BadInput.mutated(VALID);
    }

    @Provide
    Arbitrary<List<List<String>>> rows() {
        Arbitrary<List<String>> row = BadInput.fieldValue().list().ofSize(11)
                .map(values -> {
                    // a NUL byte marks a file as UTF-16 or binary (refused as a whole), so it is no field value here
                    List<String> r = new java.util.ArrayList<>(values.stream().map(v -> v.replace("\u0000", "")).toList());
                    r.set(0, "45" + Math.abs(r.hashCode() % 10000)); // a row is never all empty (those are skipped)
                    return r;
                });
        return row.list().ofMinSize(1).ofMaxSize(3);
    }

    private static String quoted(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /** What survives UTF-8 (a lone surrogate does not) and the parser's trimming (spaces and control characters at the ends). */
    private static String asStored(String value) {
        return new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).trim(); // commons-csv trims like String.trim()
    }

    @AfterContainer
    static void report() {
        System.out.println("EmployeeCsvFuzzTests: " + INPUTS.get() + " generated inputs, all answered");
    }
}
