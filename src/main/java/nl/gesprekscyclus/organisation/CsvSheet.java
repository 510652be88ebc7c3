package nl.gesprekscyclus.organisation;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.gesprekscyclus.base.Utf8Text;
import nl.gesprekscyclus.base.Violation;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV export of an HR system with named columns, for the employees file and the units file alike: UTF-8
 * (with or without BOM; anything else is refused with a hint), ';' or ',' separated, a header row with Dutch column
 * names (each column may have several names). Turns the bytes into rows, one at a time through the caller's mapper
 * (50,000 rows are not held twice), or into the file-level problems that stop everything.
 */
final class CsvSheet {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    /** A column of a sheet: whether the header must have it, and the names it may go by (the first is shown). */
    interface Column {
        boolean required();

        List<String> names();
    }

    /** One data row: its line in the file, its cells by column, and a wrong number of cells if so. */
    record Cells<C extends Enum<C>>(int line, Map<C, String> cells, List<Violation> violations) {
    }

    /** The whole file: rows, or the file-level problems that stop everything (message keys with arguments). */
    record Parsed<R>(List<R> rows, List<Violation> fileProblems, List<String> ignoredColumns) {
    }

    private CsvSheet() {
    }

    static <C extends Enum<C> & Column, R> Parsed<R> read(byte[] content, Class<C> columns, int maxRows,
            Function<Cells<C>, R> mapper) {
        if (content.length > MAX_BYTES) {
            return failed(Violation.of("file", "import.error.tooLarge", MAX_BYTES / 1024 / 1024));
        }
        Utf8Text.Decoded decoded = Utf8Text.decode(content);
        if (decoded.utf16()) {
            return failed(Violation.of("file", "import.error.utf16"));
        }
        if (!decoded.ok()) {
            return failed(Violation.of("file", "import.error.encoding"), Violation.of("file", "import.error.encodingLine",
                    decoded.badLine()));
        }
        String text = decoded.text();
        if (text.isBlank()) {
            return failed(Violation.of("file", "import.error.empty"));
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') >= count(firstLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL).get();
        int lastLine = 1; // the header
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            Map<C, Integer> positions = new LinkedHashMap<>();
            List<String> ignored = new ArrayList<>();
            List<String> header = parser.getHeaderNames();
            for (int i = 0; i < header.size(); i++) {
                C column = column(header.get(i), columns);
                if (column == null) {
                    if (!header.get(i).isBlank()) {
                        ignored.add(header.get(i));
                    }
                } else if (positions.putIfAbsent(column, i) != null) {
                    return failed(Violation.of("file", "import.error.duplicateColumn", header.get(i)));
                }
            }
            List<String> missing = new ArrayList<>();
            for (C c : columns.getEnumConstants()) {
                if (c.required() && !positions.containsKey(c)) {
                    missing.add(c.names().get(0));
                }
            }
            if (!missing.isEmpty()) {
                return failed(Violation.of("file", "import.error.missingColumns", String.join(", ", missing),
                        String.valueOf(delimiter)));
            }
            List<R> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() >= maxRows) {
                    return failed(Violation.of("file", "import.error.tooManyRows", maxRows));
                }
                int line = (int) record.getParser().getCurrentLineNumber();
                rows.add(mapper.apply(cells(record, line, positions, columns, header.size())));
                lastLine = line;
            }
            if (rows.isEmpty()) {
                return failed(Violation.of("file", "import.error.noRows"));
            }
            return new Parsed<>(rows, List.of(), ignored);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // commons-csv reports broken quoting with an English text that names its own exception class: find the
            // line and the mistake ourselves and say them in words; never pass the exception's text on
            int near = lastLine + 1;
            return failed(CsvQuoteCheck.firstProblem(text, delimiter).map(CsvQuoteCheck.Finding::violation)
                    .orElseGet(() -> Violation.of("file", "import.error.unreadable", near)));
        }
    }

    private static <C extends Enum<C>> Cells<C> cells(CSVRecord record, int line, Map<C, Integer> positions,
            Class<C> columns, int headerSize) {
        List<Violation> v = new ArrayList<>();
        Map<C, String> cells = new EnumMap<>(columns); // an array, not a map entry per cell: 50,000 rows add up
        for (Map.Entry<C, Integer> p : positions.entrySet()) {
            cells.put(p.getKey(), p.getValue() < record.size() ? record.get(p.getValue()) : "");
        }
        if (record.size() != headerSize) {
            v.add(Violation.of("row", "import.error.columnCount", record.size(), headerSize));
        }
        return new Cells<>(line, cells, v);
    }

    private static <C extends Enum<C> & Column> C column(String header, Class<C> columns) {
        String h = Normalizer.normalize(header.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace(' ', '_');
        for (C c : columns.getEnumConstants()) {
            if (c.names().contains(h)) {
                return c;
            }
        }
        return null;
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(ch -> ch == c).count();
    }

    private static <R> Parsed<R> failed(Violation... problems) {
        return new Parsed<>(List.of(), List.of(problems), List.of());
    }
}
