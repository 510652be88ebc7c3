package nl.gesprekscyclus.organisation;

import java.util.List;
import nl.gesprekscyclus.base.Violation;

/**
 * Reads a units file ({@link CsvSheet}): {@code code;naam;bovenliggend;leidinggevende[;plaatsvervanger][;soort]},
 * the parent by code (empty for the top), the manager and the deputy by personnel number. Pure; the rules that need
 * the organisation are checked by {@link EmployeeImporter}.
 */
final class UnitCsvParser {

    static final int MAX_ROWS = 10_000;

    enum Column implements CsvSheet.Column {
        CODE(true, "code"),
        NAME(true, "naam", "name"),
        PARENT(true, "bovenliggend", "bovenliggende", "bovenliggende_eenheid", "parent"),
        MANAGER(true, "leidinggevende", "manager"),
        DEPUTY(false, "plaatsvervanger", "deputy"),
        /** Empty: an existing unit keeps its kind, a new one is an "afdeling". */
        KIND(false, "soort", "kind");

        private final boolean required;
        private final List<String> names;

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

    /** One row: its line in the file, the unit it describes, and what could not be read. */
    record Row(int line, UnitData data, List<Violation> violations) {
    }

    record ParsedFile(List<Row> rows, List<Violation> fileProblems, List<String> ignoredColumns) {
    }

    private UnitCsvParser() {
    }

    static ParsedFile parse(byte[] content) {
        CsvSheet.Parsed<Row> parsed = CsvSheet.read(content, Column.class, MAX_ROWS, cells -> new Row(cells.line(),
                new UnitData(cells.cells().get(Column.CODE), cells.cells().get(Column.NAME),
                        cells.cells().get(Column.KIND), cells.cells().get(Column.PARENT),
                        cells.cells().get(Column.MANAGER), cells.cells().get(Column.DEPUTY), null, null).normalised(),
                cells.violations()));
        return new ParsedFile(parsed.rows(), parsed.fileProblems(), parsed.ignoredColumns());
    }
}
