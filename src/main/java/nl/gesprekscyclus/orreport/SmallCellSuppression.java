package nl.gesprekscyclus.orreport;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Small-cell suppression for a table of counts of people, so that no count of fewer than {@code minimumGroupSize}
 * people can be read from it, neither directly nor by subtraction. Pure: the table comes in as cells and the sums
 * that hold between them; what comes out is which cells must not be shown.
 *
 * <h2>The method</h2>
 * <ol>
 * <li><b>Whole rows.</b> A row whose population (a unit, a gender, an age band) is 1 to k-1 people is suppressed
 * completely, zeros included: "nobody in this team of 4 is onvoldoende" is a figure about those 4 people.</li>
 * <li><b>Primary suppression.</b> Every cell with 1 to k-1 people is suppressed: shown cells, and also the cells the
 * table does not show but that a reader can work out (e.g. "not agreed" = in the cycle minus agreed). A zero is no
 * person and is shown.</li>
 * <li><b>Secondary (complementary) suppression.</b> Every sum of the table (a row's partition: in the cycle =
 * agreed + not agreed, final = the judgements; a column: the total = the units) is an equation a reader can solve.
 * The reader knows every shown cell. Repeatedly, an equation with exactly one unknown cell gives that cell away;
 * the reader then knows it too and may use it in the next equation (a chain: the total minus the other units gives
 * a unit's "not agreed", which gives its "in the cycle"). When such a chain would reveal a suppressed cell, one
 * more cell of the equation that revealed it is suppressed: the smallest shown one that is not zero (suppressing a
 * zero hides little: a zero among suppressed cells still bounds the others), a zero only when there is nothing
 * else, and the total itself when that is all that is left. Then everything is checked again from the start,
 * until no chain reveals any suppressed cell.</li>
 * </ol>
 * This is the single-equation audit most statistical offices use for tables of counts (each suppressed cell needs
 * a partner in its row and in its column); it is exact for the chains above. It is not a full linear-programming
 * audit: a combination of several equations at once, each with two or more unknowns, is not searched. For the
 * tables of this report (one partition per row and one sum per column) such combinations do not narrow a
 * suppressed cell to one value. docs/or-report.md explains it for the reader of the report.
 */
public final class SmallCellSuppression {

    /** A sum that holds in the table: {@code total} equals the sum of {@code parts} (cell indexes). */
    public record Equation(int total, int... parts) {

        public Equation {
            parts = parts.clone();
        }

        int[] cells() {
            int[] all = Arrays.copyOf(parts, parts.length + 1);
            all[parts.length] = total;
            return all;
        }
    }

    /** A cell of the table: its count, whether the table shows it, and the row whose population it belongs to. */
    public record Cell(long value, boolean shown, int row) {
    }

    private SmallCellSuppression() {
    }

    /**
     * Which cells to suppress.
     *
     * @param cells every cell, shown or not
     * @param rowPopulations per row (as {@link Cell#row()} numbers them): how many people the row is about
     * @param equations every sum that holds between the cells
     * @param minimumGroupSize k: the smallest number of people a shown figure may be about
     * @return per cell: suppressed
     */
    public static boolean[] suppress(List<Cell> cells, long[] rowPopulations, List<Equation> equations,
            int minimumGroupSize) {
        if (minimumGroupSize < 2) {
            throw new IllegalArgumentException("a minimum group size under 2 protects nobody");
        }
        int n = cells.size();
        boolean[] suppressed = new boolean[n];
        for (int i = 0; i < n; i++) {
            Cell c = cells.get(i);
            long population = rowPopulations[c.row()];
            boolean smallRow = population > 0 && population < minimumGroupSize;
            boolean smallCell = c.value() > 0 && c.value() < minimumGroupSize;
            suppressed[i] = smallRow || smallCell;
        }
        // each round suppresses one more cell, so this ends after at most n rounds
        for (int round = 0; round <= n; round++) {
            Leak leak = firstLeak(cells, equations, suppressed);
            if (leak == null) {
                return suppressed;
            }
            int partner = partner(cells, rowPopulations, equations, suppressed, leak);
            if (partner < 0) {
                throw new IllegalStateException("no cell left to suppress: the table cannot be protected");
            }
            suppressed[partner] = true;
        }
        throw new IllegalStateException("suppression did not settle");
    }

    /** An equation that gives a suppressed cell away, and the equations that gave away its other unknowns. */
    private record Leak(int equation, int[] derivedBy) {
    }

    /**
     * Plays the reader: starts from the shown cells and solves every equation with one unknown, again and again.
     * Returns the first equation that solves a suppressed cell, or null when none does.
     */
    private static Leak firstLeak(List<Cell> cells, List<Equation> equations, boolean[] suppressed) {
        int n = cells.size();
        boolean[] known = new boolean[n];
        int[] derivedBy = new int[n];
        Arrays.fill(derivedBy, -1);
        for (int i = 0; i < n; i++) {
            known[i] = cells.get(i).shown() && !suppressed[i];
        }
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int e = 0; e < equations.size(); e++) {
                int unknown = -1;
                int unknowns = 0;
                for (int cell : equations.get(e).cells()) {
                    if (!known[cell]) {
                        unknowns++;
                        unknown = cell;
                    }
                }
                if (unknowns == 1) {
                    if (suppressed[unknown]) {
                        return new Leak(e, derivedBy);
                    }
                    known[unknown] = true;
                    derivedBy[unknown] = e;
                    progress = true;
                }
            }
        }
        return null;
    }

    /**
     * The cell to suppress so the leaking equation keeps two unknowns: a shown, unsuppressed cell of that equation
     * (smallest non-zero first, a zero next, the total last); when the equation has none (its other cells were
     * worked out from further equations), one of the equations those came from, nearest first.
     */
    private static int partner(List<Cell> cells, long[] populations, List<Equation> equations, boolean[] suppressed,
            Leak leak) {
        Deque<Integer> queue = new ArrayDeque<>(List.of(leak.equation()));
        boolean[] seen = new boolean[equations.size()];
        seen[leak.equation()] = true;
        while (!queue.isEmpty()) {
            Equation equation = equations.get(queue.poll());
            int best = -1;
            for (int cell : equation.parts()) {
                if (cells.get(cell).shown() && !suppressed[cell] && !empty(cells, populations, cell)
                        && better(cells, cell, best)) {
                    best = cell;
                }
            }
            if (best < 0 && cells.get(equation.total()).shown() && !suppressed[equation.total()]) {
                best = equation.total();
            }
            if (best >= 0) {
                return best;
            }
            List<Integer> from = new ArrayList<>();
            for (int cell : equation.cells()) {
                int source = leak.derivedBy()[cell];
                if (source >= 0 && !seen[source]) {
                    seen[source] = true;
                    from.add(source);
                }
            }
            queue.addAll(from);
        }
        return -1;
    }

    /**
     * A cell of a row with nobody in it: the report leaves such a row out, and a reader knows what is not there is
     * zero, so hiding its cells protects nothing.
     */
    private static boolean empty(List<Cell> cells, long[] populations, int cell) {
        return populations[cells.get(cell).row()] == 0;
    }

    /** Smallest non-zero count first, then zeros; ties: the earlier cell. */
    private static boolean better(List<Cell> cells, int candidate, int best) {
        if (best < 0) {
            return true;
        }
        long c = cells.get(candidate).value();
        long b = cells.get(best).value();
        if ((c == 0) != (b == 0)) {
            return c != 0;
        }
        return c < b;
    }
}
