package nl.gesprekscyclus.orreport;

import java.util.List;

/**
 * The report for the ondernemingsraad as screen, PDF and CSV show it: the shown columns, and per section (the units,
 * and each configured breakdown) its rows and the total of the organisation. A cell is a count of people, or null
 * when it is suppressed ({@link SmallCellSuppression}); the same total row closes every section, with the same
 * suppressions.
 *
 * @param level the depth the units are added up to (0: the top), or null: every unit with its own people
 */
public record OrReport(int year, Integer level, int minimumGroupSize, List<Column> columns, List<Section> sections,
        boolean anySuppressed) {

    /** A column: its key and its heading in the report's language. */
    public record Column(String key, String label) {
    }

    /** The units, or one breakdown (gender, age band); {@code key}: units, geslacht, leeftijdsklasse. */
    public record Section(String key, String title, List<Row> rows, Row total) {
    }

    /** A row: its label, how deep it hangs (units; 0 elsewhere) and its cells, null where suppressed. */
    public record Row(String label, int depth, List<Long> cells) {
    }
}
