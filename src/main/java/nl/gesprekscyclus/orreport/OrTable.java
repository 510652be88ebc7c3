package nl.gesprekscyclus.orreport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * Builds the report's table from the year's reviews: counts every column per row, states every sum that holds
 * between the cells (a row's partitions; a unit with sub-units as its own people plus its sub-units; each column's
 * total over the rows of a section, the same total for every section), and lets {@link SmallCellSuppression}
 * decide what must not be shown. Pure.
 *
 * <p>A {@link Measure} is a group of columns with the sums that hold between them. The report is a list of
 * measures ({@link OrReportService#measures}); a new figure (the HR3P placements of issue 20) is one more measure
 * there, and its cells are protected by the same sums without a change here.
 *
 * <p>The units are suppressed once for every level: the model holds every unit's own people and, for a unit with
 * sub-units, its whole subtree, all as public cells, whichever level the report shows. So two reports of one year at
 * different levels (a directie with its teams, and the teams) cannot be subtracted from each other either, and the
 * same cell is suppressed in both.
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
     * The rows of one section. A row is a leaf, whose people {@code rowOf} assigns (every review to exactly one
     * leaf), or the sum of other rows ({@code parts} non-null: a unit with its sub-units). {@code top}: the rows
     * that add up to the total; {@code displayed}: the rows this report shows, in order (rows nobody is in are
     * left out). Every row is public in the suppression, displayed here or not: another level's report shows it.
     */
    record Grouping(String key, String title, List<String> labels, List<Integer> depths,
            ToIntFunction<OrSubject> rowOf, List<int[]> parts, int[] top, List<Integer> displayed) {

        /** Rows side by side that add up to the total, all shown (a gender, an age band). */
        static Grouping flat(String key, String title, List<String> labels, ToIntFunction<OrSubject> rowOf) {
            List<Integer> all = new ArrayList<>();
            for (int r = 0; r < labels.size(); r++) {
                all.add(r);
            }
            return new Grouping(key, title, labels, labels.stream().map(l -> 0).toList(), rowOf,
                    Collections.nCopies(labels.size(), null), all.stream().mapToInt(Integer::intValue).toArray(),
                    all);
        }
    }

    private OrTable() {
    }

    /** The table before suppression: every cell, the population of every row, every sum between cells. */
    record Layout(List<Column> columns, List<SmallCellSuppression.Cell> cells, long[] populations,
            List<SmallCellSuppression.Equation> equations, int totalStart, List<int[]> rowStarts) {
    }

    static OrReport build(int year, Integer level, int minimumGroupSize, List<Measure> measures,
            List<Grouping> groupings, List<OrSubject> subjects) {
        Layout layout = layout(measures, groupings, subjects);
        List<Column> columns = layout.columns();
        List<SmallCellSuppression.Cell> cells = layout.cells();
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
        OrReport.Row total = row("", 0, layout.totalStart(), shownIndexes, cells, suppressed);
        anySuppressed |= total.cells().contains(null);
        List<OrReport.Section> sections = new ArrayList<>();
        for (int g = 0; g < groupings.size(); g++) {
            Grouping grouping = groupings.get(g);
            List<OrReport.Row> rows = new ArrayList<>();
            for (int r : grouping.displayed()) {
                int start = layout.rowStarts().get(g)[r];
                if (cells.get(start).value() > 0) {
                    OrReport.Row row = row(grouping.labels().get(r), grouping.depths().get(r), start, shownIndexes,
                            cells, suppressed);
                    anySuppressed |= row.cells().contains(null);
                    rows.add(row);
                }
            }
            sections.add(new OrReport.Section(grouping.key(), grouping.title(), rows, total));
        }
        return new OrReport(year, level, minimumGroupSize, shown, sections, anySuppressed);
    }

    /** Counts every cell and states every sum: the total row first, then every row of each grouping. */
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

        List<SmallCellSuppression.Cell> cells = new ArrayList<>();
        List<Long> populations = new ArrayList<>();
        List<Integer> allStarts = new ArrayList<>();
        int totalStart = addRow(cells, populations, allStarts, count(columns, subjects, s -> 0, 1)[0], columns);
        List<int[]> rowStarts = new ArrayList<>();
        List<SmallCellSuppression.Equation> equations = new ArrayList<>();
        for (Grouping g : groupings) {
            long[][] counts = count(columns, subjects, g.rowOf(), g.labels().size());
            long[][] totals = new long[counts.length][];
            int[] starts = new int[counts.length];
            for (int r = 0; r < counts.length; r++) {
                starts[r] = addRow(cells, populations, allStarts, counted(r, g, counts, totals), columns);
            }
            for (int r = 0; r < counts.length; r++) {
                if (g.parts().get(r) != null) {
                    equations.addAll(columnSums(starts[r], g.parts().get(r), starts, width));
                }
            }
            equations.addAll(columnSums(totalStart, g.top(), starts, width));
            rowStarts.add(starts);
        }
        for (int start : allStarts) {
            for (Measure m : measures) {
                for (Sum sum : m.sums()) {
                    equations.add(new SmallCellSuppression.Equation(start + columnIndex.get(sum.total()),
                            sum.parts().stream().mapToInt(p -> start + columnIndex.get(p)).toArray()));
                }
            }
        }
        return new Layout(columns, cells, populations.stream().mapToLong(Long::longValue).toArray(), equations,
                totalStart, rowStarts);
    }

    /** A row's counts: its own (a leaf) or the sum of its parts (worked out once). */
    private static long[] counted(int r, Grouping g, long[][] leaves, long[][] totals) {
        if (totals[r] == null) {
            int[] parts = g.parts().get(r);
            if (parts == null) {
                totals[r] = leaves[r];
            } else {
                long[] sum = new long[leaves[r].length];
                for (int p : parts) {
                    long[] part = counted(p, g, leaves, totals);
                    for (int c = 0; c < sum.length; c++) {
                        sum[c] += part[c];
                    }
                }
                totals[r] = sum;
            }
        }
        return totals[r];
    }

    /** Per column: the cell of the row at {@code totalStart} is the sum of the cells of the rows {@code parts}. */
    private static List<SmallCellSuppression.Equation> columnSums(int totalStart, int[] parts, int[] starts,
            int width) {
        List<SmallCellSuppression.Equation> sums = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            int[] cells = new int[parts.length];
            for (int i = 0; i < parts.length; i++) {
                cells[i] = starts[parts[i]] + c;
            }
            sums.add(new SmallCellSuppression.Equation(totalStart + c, cells));
        }
        return sums;
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

    /** Adds a row's cells; returns the index of its first cell. */
    private static int addRow(List<SmallCellSuppression.Cell> cells, List<Long> populations, List<Integer> starts,
            long[] counts, List<Column> columns) {
        int row = populations.size();
        int start = cells.size();
        starts.add(start);
        populations.add(counts[0]);
        for (int c = 0; c < counts.length; c++) {
            cells.add(new SmallCellSuppression.Cell(counts[c], columns.get(c).shown(), row));
        }
        return start;
    }

    private static OrReport.Row row(String label, int depth, int start, List<Integer> shownIndexes,
            List<SmallCellSuppression.Cell> cells, boolean[] suppressed) {
        List<Long> values = new ArrayList<>();
        for (int c : shownIndexes) {
            values.add(suppressed[start + c] ? null : cells.get(start + c).value());
        }
        return new OrReport.Row(label, depth, Collections.unmodifiableList(values));
    }
}
