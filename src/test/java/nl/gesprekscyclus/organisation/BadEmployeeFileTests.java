package nl.gesprekscyclus.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.test_support.EmployeeCsv;
import org.junit.jupiter.api.Test;

/**
 * Employee files as they come out of Excel and HR systems in the wrong shape: saved as UTF-16 or Windows-1252,
 * too large, too many rows. Each gets one clear Dutch message and no rows; pure parser tests (the import applies
 * nothing when the parser reports a file problem, see {@code EmployeeImportFuzzTests}).
 */
class BadEmployeeFileTests {

    private static final Locale NL = Locale.forLanguageTag("nl");
    private static final String ROWS = EmployeeCsv.HEADER + """
            450801;Ana;;Çelik;ana.celik@ommen.nl;adviseur;concern-en-ondersteuning;100001;;2026-02-01;ja
            """;

    private static String messages(EmployeeCsvParser.ParsedFile parsed) {
        assertThat(parsed.rows()).isEmpty();
        return String.join(" ", parsed.fileProblems().stream().map(v -> v.message(NL)).toList());
    }

    @Test
    void shouldSayAFileSavedAsUnicodeTextIsUtf16() {
        assertThat(messages(EmployeeCsvParser.parse(("\uFEFF" + ROWS).getBytes(StandardCharsets.UTF_16LE))))
                .isEqualTo("Het bestand is opgeslagen als UTF-16 ('Unicode-tekst') of is geen tekstbestand. "
                        + "Sla het op als 'CSV UTF-8' en probeer het opnieuw.");
        // without a byte order mark too: the NUL bytes give it away
        assertThat(EmployeeCsvParser.parse(ROWS.getBytes(StandardCharsets.UTF_16BE)).fileProblems())
                .extracting(Violation::messageKey).containsExactly("import.error.utf16");
    }

    @Test
    void shouldNameTheLineOfTheFirstCharacterThatIsNotUtf8() {
        byte[] windows = ROWS.getBytes(Charset.forName("windows-1252"));

        assertThat(messages(EmployeeCsvParser.parse(windows))).isEqualTo(
                "Het bestand is geen UTF-8-tekst. Sla het op als 'CSV UTF-8' en probeer het opnieuw. "
                        + "Het eerste teken dat geen UTF-8 is, staat op regel 2 (vaak een é of ë uit een Windows-bestand).");
    }

    @Test
    void shouldRefuseAFileOverTenMegabytes() {
        byte[] large = new byte[EmployeeCsvParser.MAX_BYTES + 1];
        java.util.Arrays.fill(large, (byte) 'a');

        assertThat(messages(EmployeeCsvParser.parse(large))).isEqualTo("Het bestand is groter dan 10 MB.");
    }

    @Test
    void shouldRefuseMoreThanFiftyThousandRows() {
        StringBuilder file = new StringBuilder(EmployeeCsv.HEADER);
        String row = "4;A;;B;c@d.nl;adviseur;concern-en-ondersteuning;;;2026-02-01;ja\n";
        file.append(row.repeat(EmployeeCsvParser.MAX_ROWS + 1));

        assertThat(messages(EmployeeCsvParser.parse(file.toString().getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("Het bestand heeft meer dan 50.000 regels; splits het op.");
    }

    @Test
    void shouldNameTheLineOfAQuoteThatIsNeverClosedInsteadOfAJavaExceptionText() {
        // commons-csv reads on to the end of the file looking for the closing quote and throws CSVException
        String file = EmployeeCsv.HEADER + """
                450801;Ana;;Çelik;ana.celik@ommen.nl;adviseur;concern-en-ondersteuning;100001;;2026-02-01;ja
                450802;"Bert;;Bos;bert.bos@ommen.nl;adviseur;concern-en-ondersteuning;100001;;2026-02-01;ja
                450803;Cor;;Dijk;cor.dijk@ommen.nl;adviseur;concern-en-ondersteuning;100001;;2026-02-01;ja
                """;

        assertThat(messages(EmployeeCsvParser.parse(file.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("Regel 3: een veld begint met een aanhalingsteken (\") dat nergens wordt gesloten. "
                        + "Sluit het veld af met een aanhalingsteken, of haal het aanhalingsteken weg.")
                .doesNotContain("org.apache", "Exception", "EOF");
    }

    @Test
    void shouldNameTheLineOfTextAfterAClosingQuoteInsteadOfAJavaExceptionText() {
        // "invalid char between encapsulated token and delimiter": a quoted nickname inside a name, from Excel
        String file = EmployeeCsv.HEADER + """
                450801;Ana;;Çelik;ana.celik@ommen.nl;adviseur;concern-en-ondersteuning;100001;;2026-02-01;ja
                450802;Bert;;Bos;bert.bos@ommen.nl;adviseur;concern-en-ondersteuning;100001;;2026-02-01;ja
                450803;"Cor" Cornelis;;Dijk;cor.dijk@ommen.nl;adviseur;concern-en-ondersteuning;100001;;2026-02-01;ja
                """;

        assertThat(messages(EmployeeCsvParser.parse(file.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("Regel 4: na het afsluitende aanhalingsteken (\") van een veld staat nog tekst vóór het "
                        + "scheidingsteken. Zet het hele veld tussen aanhalingstekens en schrijf een aanhalingsteken "
                        + "in de tekst dubbel (\"\").")
                .doesNotContain("org.apache", "Exception", "encapsulated");
    }

    @Test
    void shouldCountLinesAsTheReportDoesAcrossWindowsLineEndsAndQuotedLineBreaks() {
        // a quoted field may hold a line break (it stays one row) and Windows ends lines with \r\n
        String file = (EmployeeCsv.HEADER + "450801;\"Ana\nMaria\";;Çelik;a@ommen.nl;adviseur;concern-en-ondersteuning;;;"
                + "2026-02-01;ja\n450802;\"Bert\"x;;Bos;b@ommen.nl;adviseur;concern-en-ondersteuning;;;2026-02-01;ja\n")
                .replace("\n", "\r\n");

        assertThat(EmployeeCsvParser.parse(file.getBytes(StandardCharsets.UTF_8)).fileProblems())
                .containsExactly(Violation.of("file", "import.error.textAfterQuote", 4));
        // the same lines well-formed: two rows, the quotes inside the second name doubled
        EmployeeCsvParser.ParsedFile fixed = EmployeeCsvParser.parse(file.replace("\"Bert\"x", "\"Bert \"\"x\"\"\"")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(fixed.fileProblems()).isEmpty();
        assertThat(fixed.rows()).extracting(r -> r.line() + " " + r.data().firstName())
                .containsExactly("3 Ana\r\nMaria", "4 Bert \"x\"");
    }

    @Test
    void shouldKeepNamesInEveryScriptAsWritten() {
        String names = EmployeeCsv.HEADER + """
                450802;Łukasz 👩‍💼;;Weiß-Søren;l.w@ommen.nl;adviseur;concern-en-ondersteuning;100001;;2026-02-01;ja
                450803;שרה;;Çelik e\u0301;s.c@ommen.nl;adviseur;concern-en-ondersteuning;100001;;2026-02-01;ja
                """;

        EmployeeCsvParser.ParsedFile parsed = EmployeeCsvParser.parse(names.getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.rows()).extracting(r -> r.data().firstName() + " " + r.data().lastName())
                .containsExactly("Łukasz 👩‍💼 Weiß-Søren", "שרה Çelik e\u0301");
    }
}
