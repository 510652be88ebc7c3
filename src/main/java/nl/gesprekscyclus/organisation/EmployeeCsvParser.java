package nl.gesprekscyclus.organisation;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.gesprekscyclus.base.Utf8Text;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an employee export of an HR system: UTF-8 (with or without BOM; anything else is refused with a hint), ';' or ',' separated, a header
 * row with Dutch column names (see README). Pure: turns bytes into rows with their own problems; the rules
 * that need the organisation are checked by {@link EmployeeImporter}.
 */
final class EmployeeCsvParser {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_ROWS = 50_000;

    enum Column {
        PERSONNEL_NUMBER(true, "personeelsnummer", "personnel_number", "personeelsnr"),
        FIRST_NAME(true, "voornaam", "roepnaam", "first_name"),
        NAME_PREFIX(false, "tussenvoegsel", "tussenvoegsels", "name_prefix"),
        LAST_NAME(true, "achternaam", "last_name"),
        EMAIL(true, "email", "e-mail", "emailadres", "e-mailadres"),
        JOB_TITLE(true, "functie", "functiecode", "beschikbare_functie", "job_title"),
        CLUSTER(true, "cluster", "afdeling"),
        MANAGER(false, "leidinggevende", "manager"),
        COORDINATOR(false, "coordinator", "coördinator"),
        START_DATE(true, "datum_in_dienst", "in_dienst", "startdatum", "start_date"),
        ACTIVE(false, "actief", "active"),
        COORDINATION_MODULE(false, "coordinatiemodule", "coördinatiemodule");

        final boolean required;
        final List<String> names;

        Column(boolean required, String... names) {
            this.required = required;
            this.names = List.of(names);
        }
    }

    /** One data row: its line in the file, what could be read, and what could not. */
    record Row(int line, EmployeeData data, Map<Column, String> raw, List<Violation> violations) {
    }

    /** The whole file: rows, or the file-level problems that stop everything (message keys with arguments). */
    record ParsedFile(List<Row> rows, List<Violation> fileProblems, List<String> ignoredColumns) {
    }

    private static final Set<String> YES = Set.of("ja", "j", "yes", "y", "true", "1", "waar");
    private static final Set<String> NO = Set.of("nee", "n", "no", "false", "0", "onwaar");
    // STRICT: 31-02-2020 is an error, not quietly 29 February
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            strict("d-M-uuuu"), strict("d/M/uuuu"), strict("d.M.uuuu"));

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(java.time.format.ResolverStyle.STRICT);
    }

    private EmployeeCsvParser() {
    }

    static ParsedFile parse(byte[] content) {
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
            Map<Column, Integer> positions = new LinkedHashMap<>();
            List<String> ignored = new ArrayList<>();
            List<String> header = parser.getHeaderNames();
            for (int i = 0; i < header.size(); i++) {
                Column column = column(header.get(i));
                if (column == null) {
                    if (!header.get(i).isBlank()) {
                        ignored.add(header.get(i));
                    }
                } else if (positions.putIfAbsent(column, i) != null) {
                    return failed(Violation.of("file", "import.error.duplicateColumn", header.get(i)));
                }
            }
            List<String> missing = new ArrayList<>();
            for (Column c : Column.values()) {
                if (c.required && !positions.containsKey(c)) {
                    missing.add(c.names.get(0));
                }
            }
            if (!missing.isEmpty()) {
                return failed(Violation.of("file", "import.error.missingColumns", String.join(", ", missing),
                        String.valueOf(delimiter)));
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() >= MAX_ROWS) {
                    return failed(Violation.of("file", "import.error.tooManyRows", MAX_ROWS));
                }
                Row row = row(record, positions, header.size());
                rows.add(row);
                lastLine = row.line();
            }
            if (rows.isEmpty()) {
                return failed(Violation.of("file", "import.error.noRows"));
            }
            return new ParsedFile(rows, List.of(), ignored);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // commons-csv reports broken quoting with an English text that names its own exception class: find the
            // line and the mistake ourselves and say them in words; never pass the exception's text on
            int near = lastLine + 1;
            return failed(CsvQuoteCheck.firstProblem(text, delimiter).map(CsvQuoteCheck.Finding::violation)
                    .orElseGet(() -> Violation.of("file", "import.error.unreadable", near)));
        }
    }

    private static Row row(CSVRecord record, Map<Column, Integer> positions, int headerSize) {
        int line = (int) record.getParser().getCurrentLineNumber();
        List<Violation> v = new ArrayList<>();
        Map<Column, String> raw = new EnumMap<>(Column.class); // an array, not a map entry per cell: 50,000 rows add up
        for (Map.Entry<Column, Integer> p : positions.entrySet()) {
            raw.put(p.getKey(), p.getValue() < record.size() ? record.get(p.getValue()) : "");
        }
        if (record.size() != headerSize) {
            v.add(Violation.of("row", "import.error.columnCount", record.size(), headerSize));
        }
        LocalDate start = date(raw.get(Column.START_DATE), v);
        boolean active = bool(raw.get(Column.ACTIVE), true, "active", v);
        boolean module = bool(raw.get(Column.COORDINATION_MODULE), false, "coordinationModule", v);
        EmployeeData data = new EmployeeData(raw.get(Column.PERSONNEL_NUMBER), raw.get(Column.FIRST_NAME),
                raw.get(Column.NAME_PREFIX), raw.get(Column.LAST_NAME), raw.get(Column.EMAIL),
                raw.get(Column.JOB_TITLE), raw.get(Column.CLUSTER), raw.get(Column.MANAGER),
                raw.get(Column.COORDINATOR), module, start, active).normalised();
        return new Row(line, data, raw, v);
    }

    private static LocalDate date(String value, List<Violation> v) {
        if (value == null || value.isBlank()) {
            return null; // the rules report it as required
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(value.strip(), f);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        v.add(Violation.of("startDate", "import.error.date", value));
        return null;
    }

    private static boolean bool(String value, boolean absent, String field, List<Violation> v) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        String s = value.strip().toLowerCase(Locale.ROOT);
        if (YES.contains(s)) {
            return true;
        }
        if (NO.contains(s)) {
            return false;
        }
        v.add(Violation.of(field, "import.error.yesNo", value));
        return absent;
    }

    private static Column column(String header) {
        String h = Normalizer.normalize(header.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace(' ', '_');
        for (Column c : Column.values()) {
            if (c.names.contains(h)) {
                return c;
            }
        }
        return null;
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(ch -> ch == c).count();
    }

    private static ParsedFile failed(Violation... problems) {
        return new ParsedFile(List.of(), List.of(problems), List.of());
    }
}
