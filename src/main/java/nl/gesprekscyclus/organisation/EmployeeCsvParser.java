package nl.gesprekscyclus.organisation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.gesprekscyclus.base.Violation;

/**
 * Reads an employee export of an HR system ({@link CsvSheet}: UTF-8, ';' or ',' separated, a header row with Dutch
 * column names, see README). Pure: turns bytes into rows with their own problems; the rules that need the
 * organisation are checked by {@link EmployeeImporter}.
 */
final class EmployeeCsvParser {

    static final int MAX_BYTES = CsvSheet.MAX_BYTES;
    static final int MAX_ROWS = 50_000;

    enum Column implements CsvSheet.Column {
        PERSONNEL_NUMBER(true, "personeelsnummer", "personnel_number", "personeelsnr"),
        FIRST_NAME(true, "voornaam", "roepnaam", "first_name"),
        NAME_PREFIX(false, "tussenvoegsel", "tussenvoegsels", "name_prefix"),
        LAST_NAME(true, "achternaam", "last_name"),
        EMAIL(true, "email", "e-mail", "emailadres", "e-mailadres"),
        JOB_TITLE(true, "functie", "functiecode", "beschikbare_functie", "job_title"),
        // "cluster" is the column's name from before the unit tree (issue 16); exports with it keep working
        UNIT(true, "eenheid", "unit", "cluster", "afdeling"),
        /** A manager set for this employee; empty: the manager follows from the unit. */
        MANAGER(false, "leidinggevende", "manager"),
        COORDINATOR(false, "coordinator", "coördinator"),
        START_DATE(true, "datum_in_dienst", "in_dienst", "startdatum", "start_date"),
        ACTIVE(false, "actief", "active"),
        COORDINATION_MODULE(false, "coordinatiemodule", "coördinatiemodule"),
        /** Optional, only for the OR report's breakdown by gender (docs/or-report.md): M, V or X. */
        GENDER(false, "geslacht", "gender"),
        /** Optional, only for the OR report's breakdown by age band. */
        BIRTH_DATE(false, "geboortedatum", "birth_date");

        final boolean required;
        final List<String> names;

        Column(boolean required, String... names) {
            this.required = required;
            this.names = List.of(names);
        }

        @Override
        public boolean required() {
            return required;
        }

        @Override
        public List<String> names() {
            return names;
        }
    }

    /** One data row: its line in the file, what could be read, and what could not. */
    record Row(int line, EmployeeData data, Map<Column, String> raw, List<Violation> violations,
            ReportData reportData) {
    }

    /**
     * Gender and birth date for the OR report, kept apart from {@link EmployeeData} so no form or screen of a person
     * ever carries them. {@code given}: the file has at least one of the two columns; only then is what is stored
     * replaced (an empty cell clears it), so an export without them leaves what an earlier one gave.
     */
    record ReportData(boolean given, String gender, LocalDate birthDate) {
    }

    private static final Map<String, String> GENDERS = Map.of("m", "M", "man", "M", "v", "V", "vrouw", "V",
            "x", "X", "anders", "X", "onbekend", "X");
    private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

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
        CsvSheet.Parsed<Row> parsed = CsvSheet.read(content, Column.class, MAX_ROWS, EmployeeCsvParser::row);
        return new ParsedFile(parsed.rows(), parsed.fileProblems(), parsed.ignoredColumns());
    }

    private static Row row(CsvSheet.Cells<Column> cells) {
        Map<Column, String> raw = cells.cells();
        List<Violation> v = new ArrayList<>(cells.violations());
        LocalDate start = date(raw.get(Column.START_DATE), v);
        boolean active = bool(raw.get(Column.ACTIVE), true, "active", v);
        boolean module = bool(raw.get(Column.COORDINATION_MODULE), false, "coordinationModule", v);
        EmployeeData data = new EmployeeData(raw.get(Column.PERSONNEL_NUMBER), raw.get(Column.FIRST_NAME),
                raw.get(Column.NAME_PREFIX), raw.get(Column.LAST_NAME), raw.get(Column.EMAIL),
                raw.get(Column.JOB_TITLE), raw.get(Column.UNIT), raw.get(Column.MANAGER),
                raw.get(Column.COORDINATOR), module, start, active).normalised();
        boolean given = raw.containsKey(Column.GENDER) || raw.containsKey(Column.BIRTH_DATE);
        ReportData report = new ReportData(given, gender(raw.get(Column.GENDER), v),
                birthDate(raw.get(Column.BIRTH_DATE), start, v));
        return new Row(cells.line(), data, raw, v, report);
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

    private static String gender(String value, List<Violation> v) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = GENDERS.get(value.strip().toLowerCase(Locale.ROOT));
        if (code == null) {
            v.add(Violation.of("gender", "import.error.gender", value));
        }
        return code;
    }

    /** A birth date: a real date, not before 1900 and before the first day in service. */
    private static LocalDate birthDate(String value, LocalDate start, List<Violation> v) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate born = null;
        for (DateTimeFormatter f : DATES) {
            try {
                born = LocalDate.parse(value.strip(), f);
                break;
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        if (born == null) {
            v.add(Violation.of("birthDate", "import.error.date", value));
        } else if (born.isBefore(EARLIEST_BIRTH_DATE) || start != null && !born.isBefore(start)) {
            v.add(Violation.of("birthDate", "import.error.birthDate", value));
            born = null;
        }
        return born;
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
}
