package nl.gesprekscyclus.orreport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * Builds the report's table from the year's reviews: counts every column per row, states every sum that holds
 * between the cells (a row's partitions; each column's total over the rows of a section, the same total for every
 * section), and lets {@link SmallCellSuppression} decide what must not be shown. Pure.
 *
 * <p>A {@link Measure} is a group of columns with the sums that hold between them. The report is a list of
 * measures ({@link OrReportService#measures}); a new figure (the HR3P placements of issue 20) is one more measure
 * there, and its cells are protected by the same sums without a change here.
 */
final class OrTable {

    /** The first column of every report: the people of the row, the population its cells are about. */
    static final String IN_CYCLE = "inCycle";

    /** A column: the people of a row it counts. Hidden columns are not shown but can be worked out, so they count. */
    record Column(String key, String label, boolean shown, Predicate<OrSubject> counts) {
    }

    /** A sum that holds in every row: the column {@code total} is the sum of the columns {@code parts}. */
    record Sum(String total, List<String> parts) {
    }

    /** Columns and the sums between them. */
    record Measure(List<Column> columns, List<Sum> sums) {
    }

    /**
     * The rows of one section: their labels and depths, and which row a review falls in. Every review falls in
     * exactly one row of every grouping, so a section's rows add up to the total.
     */
    record Grouping(String key, String title, List<String> labels, List<Integer> depths,
            ToIntFunction<OrSubject> rowOf) {
    }

    private OrTable() {
    }

    /** The table before suppression: every cell, the population of every row, every sum between cells. */
    record Layout(List<Column> columns, List<SmallCellSuppression.Cell> cells, long[] populations,
            List<SmallCellSuppression.Equation> equations, List<Integer> rowStarts, List<List<Integer>> kept) {
    }

    static OrReport build(int year, Integer level, int minimumGroupSize, List<Measure> measures,
            List<Grouping> groupings, List<OrSubject> subjects) {
        Layout layout = layout(measures, groupings, subjects);
        List<Column> columns = layout.columns();
        List<SmallCellSuppression.Cell> cells = layout.cells();
        List<Integer> rowStarts = layout.rowStarts();
        boolean[] suppressed = SmallCellSuppression.suppress(cells, layout.populations(), layout.equations(),
                minimumGroupSize);

        List<OrReport.Column> shown = new ArrayList<>();
        List<Integer> shownIndexes = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).shown()) {
                shown.add(new OrReport.Column(columns.get(c).key(), columns.get(c).label()));
                shownIndexes.add(c);
            }
        }
        boolean anySuppressed = false;
        for (int i = 0; i < cells.size(); i++) {
            anySuppressed |= suppressed[i] && cells.get(i).shown();
        }
        OrReport.Row total = row("", 0, rowStarts.get(0), shownIndexes, cells, suppressed);
        List<OrReport.Section> sections = new ArrayList<>();
        int rowNumber = 1;
        for (int g = 0; g < groupings.size(); g++) {
            Grouping grouping = groupings.get(g);
            List<OrReport.Row> rows = new ArrayList<>();
            for (int r : layout.kept().get(g)) {
                rows.add(row(grouping.labels().get(r), grouping.depths().get(r), rowStarts.get(rowNumber++),
                        shownIndexes, cells, suppressed));
            }
            sections.add(new OrReport.Section(grouping.key(), grouping.title(), rows, total));
        }
        return new OrReport(year, level, minimumGroupSize, shown, sections, anySuppressed);
    }

    /** Counts every cell and states every sum: row 0 is the total, then the rows of each grouping that hold people. */
    static Layout layout(List<Measure> measures, List<Grouping> groupings, List<OrSubject> subjects) {
        List<Column> columns = measures.stream().flatMap(m -> m.columns().stream()).toList();
        if (columns.isEmpty() || !columns.get(0).key().equals(IN_CYCLE)) {
            throw new IllegalArgumentException("the first column must be " + IN_CYCLE);
        }
        Map<String, Integer> columnIndex = new HashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            columnIndex.put(columns.get(c).key(), c);
        }
        int width = columns.size();

        // counts: the total row, then each grouping's rows; rows nobody falls in are left out
        long[] totalCounts = count(columns, subjects, s -> 0, 1)[0];
        List<long[][]> groupCounts = new ArrayList<>();
        List<List<Integer>> kept = new ArrayList<>();
        for (Grouping g : groupings) {
            long[][] counts = count(columns, subjects, g.rowOf(), g.labels().size());
            List<Integer> rows = new ArrayList<>();
            for (int r = 0; r < counts.length; r++) {
                if (counts[r][0] > 0) {
                    rows.add(r);
                }
            }
            groupCounts.add(counts);
            kept.add(rows);
        }

        List<SmallCellSuppression.Cell> cells = new ArrayList<>();
        List<Long> populations = new ArrayList<>();
        List<Integer> rowStarts = new ArrayList<>();
        addRow(cells, populations, rowStarts, totalCounts, columns);
        for (int g = 0; g < groupings.size(); g++) {
            for (int r : kept.get(g)) {
                addRow(cells, populations, rowStarts, groupCounts.get(g)[r], columns);
            }
        }
        List<SmallCellSuppression.Equation> equations = new ArrayList<>();
        for (int start : rowStarts) {
            for (Measure m : measures) {
                for (Sum sum : m.sums()) {
                    equations.add(new SmallCellSuppression.Equation(start + columnIndex.get(sum.total()),
                            sum.parts().stream().mapToInt(p -> start + columnIndex.get(p)).toArray()));
                }
            }
        }
        // each column: the total is the sum of the rows of every grouping (the same total for all of them)
        int rowNumber = 1;
        for (int g = 0; g < groupings.size(); g++) {
            int first = rowNumber;
            rowNumber += kept.get(g).size();
            for (int c = 0; c < width; c++) {
                int[] parts = new int[rowNumber - first];
                for (int r = first; r < rowNumber; r++) {
                    parts[r - first] = rowStarts.get(r) + c;
                }
                equations.add(new SmallCellSuppression.Equation(rowStarts.get(0) + c, parts));
            }
        }
        return new Layout(columns, cells, populations.stream().mapToLong(Long::longValue).toArray(), equations,
                rowStarts, kept);
    }

    private static long[][] count(List<Column> columns, List<OrSubject> subjects, ToIntFunction<OrSubject> rowOf,
            int rows) {
        long[][] counts = new long[rows][columns.size()];
        for (OrSubject s : subjects) {
            int r = rowOf.applyAsInt(s);
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c).counts().test(s)) {
                    counts[r][c]++;
                }
            }
        }
        return counts;
    }

    private static void addRow(List<SmallCellSuppression.Cell> cells, List<Long> populations, List<Integer> rowStarts,
            long[] counts, List<Column> columns) {
        int row = populations.size();
        rowStarts.add(cells.size());
        populations.add(counts[0]);
        for (int c = 0; c < counts.length; c++) {
            cells.add(new SmallCellSuppression.Cell(counts[c], columns.get(c).shown(), row));
        }
    }

    private static OrReport.Row row(String label, int depth, int start, List<Integer> shownIndexes,
            List<SmallCellSuppression.Cell> cells, boolean[] suppressed) {
        List<Long> values = new ArrayList<>();
        for (int c : shownIndexes) {
            values.add(suppressed[start + c] ? null : cells.get(start + c).value());
        }
        return new OrReport.Row(label, depth, java.util.Collections.unmodifiableList(values));
    }
}
