package nl.gesprekscyclus.orreport;

import java.util.ArrayList;
import java.util.List;

/**
 * A reader who wants the suppressed figures back, independent of {@link SmallCellSuppression}'s own check: knows
 * every shown cell and every sum of the table, and solves the sums as one system of linear equations (Gaussian
 * elimination over all of them at once, not one at a time). A cell is given away when the system fixes its value.
 */
final class Attacker {

    private Attacker() {
    }

    /** The cells whose value the shown cells and the sums fix, among those not shown or suppressed. */
    static List<Integer> derivable(List<SmallCellSuppression.Cell> cells, List<SmallCellSuppression.Equation> sums,
            boolean[] suppressed) {
        int n = cells.size();
        int[] unknownIndex = new int[n];
        List<Integer> unknowns = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean known = cells.get(i).shown() && !suppressed[i];
            unknownIndex[i] = known ? -1 : unknowns.size();
            if (!known) {
                unknowns.add(i);
            }
        }
        int u = unknowns.size();
        List<double[]> rows = new ArrayList<>();
        for (SmallCellSuppression.Equation e : sums) {
            double[] row = new double[u];
            add(row, unknownIndex, e.total(), 1);
            for (int p : e.parts()) {
                add(row, unknownIndex, p, -1);
            }
            rows.add(row);
        }
        double[][] reduced = reduce(rows.toArray(new double[0][]), u);
        List<Integer> fixed = new ArrayList<>();
        for (int k = 0; k < u; k++) {
            // the unit vector of unknown k is in the row space iff a reduced row is exactly that unit vector
            for (double[] row : reduced) {
                boolean unit = Math.abs(row[k] - 1) < 1e-9;
                for (int j = 0; j < u && unit; j++) {
                    unit = j == k || Math.abs(row[j]) < 1e-9;
                }
                if (unit) {
                    fixed.add(unknowns.get(k));
                    break;
                }
            }
        }
        return fixed;
    }

    private static void add(double[] row, int[] unknownIndex, int cell, double coefficient) {
        if (unknownIndex[cell] >= 0) {
            row[unknownIndex[cell]] += coefficient;
        }
    }

    /** Reduced row echelon form. */
    private static double[][] reduce(double[][] m, int columns) {
        int lead = 0;
        for (int c = 0; c < columns && lead < m.length; c++) {
            int pivot = -1;
            for (int r = lead; r < m.length; r++) {
                if (Math.abs(m[r][c]) > 1e-9) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            double[] t = m[pivot];
            m[pivot] = m[lead];
            m[lead] = t;
            double p = m[lead][c];
            for (int j = 0; j < columns; j++) {
                m[lead][j] /= p;
            }
            for (int r = 0; r < m.length; r++) {
                if (r != lead && Math.abs(m[r][c]) > 1e-9) {
                    double f = m[r][c];
                    for (int j = 0; j < columns; j++) {
                        m[r][j] -= f * m[lead][j];
                    }
                }
            }
            lead++;
        }
        return m;
    }
}
