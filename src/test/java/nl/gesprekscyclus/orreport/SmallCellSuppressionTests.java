package nl.gesprekscyclus.orreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import nl.gesprekscyclus.orreport.SmallCellSuppression.Cell;
import nl.gesprekscyclus.orreport.SmallCellSuppression.Equation;
import org.junit.jupiter.api.Test;

/**
 * The suppression on small hand-made tables, each with the attack it must withstand; {@link Attacker} (all sums as
 * one linear system) checks that no suppressed cell can be worked out.
 */
class SmallCellSuppressionTests {

    private static final int K = 5;

    /** A table of rows with the given cells, all shown, each row's first cell its population. */
    private record Table(List<Cell> cells, long[] populations, List<Equation> sums) {

        boolean[] suppress() {
            return SmallCellSuppression.suppress(cells, populations, sums, K);
        }
    }

    /**
     * Rows of {total, part1, part2, ...}: each row's parts add up to its total; with more than one row, the first
     * is the sum of the others column by column.
     */
    private static Table grid(long[]... rows) {
        List<Cell> cells = new ArrayList<>();
        List<Equation> sums = new ArrayList<>();
        int width = rows[0].length;
        long[] populations = new long[rows.length];
        for (int r = 0; r < rows.length; r++) {
            populations[r] = rows[r][0];
            int[] parts = new int[width - 1];
            for (int c = 0; c < width; c++) {
                cells.add(new Cell(rows[r][c], true, r));
                if (c > 0) {
                    parts[c - 1] = r * width + c;
                }
            }
            sums.add(new Equation(r * width, parts));
        }
        for (int c = 0; c < width && rows.length > 1; c++) {
            int[] parts = new int[rows.length - 1];
            for (int r = 1; r < rows.length; r++) {
                parts[r - 1] = r * width + c;
            }
            sums.add(new Equation(c, parts));
        }
        return new Table(cells, populations, sums);
    }

    private static void assertNothingSuppressedCanBeWorkedOut(Table t, boolean[] suppressed) {
        List<Integer> derivable = Attacker.derivable(t.cells(), t.sums(), suppressed);
        assertThat(derivable).as("suppressed cells the attacker works out").noneMatch(i -> suppressed[i]);
    }

    @Test
    void shouldShowATableWithoutSmallCellsAsItIs() {
        Table t = grid(new long[] {30, 10, 0, 20}, new long[] {12, 5, 0, 7}, new long[] {18, 5, 0, 13});
        assertThat(t.suppress()).containsOnly(false);
    }

    @Test
    void shouldNotLetTheRowTotalGiveAwayOneSmallCell() {
        // one row: 20 people, 3 of them in the middle category; 20 - 12 - 5 would give the 3 back
        Table t = grid(new long[] {20, 12, 3, 5});
        boolean[] s = t.suppress();
        assertThat(s[2]).as("the 3").isTrue();
        assertThat(s[1] || s[3] || s[0]).as("a partner in its row").isTrue();
        assertThat(s[3]).as("the next smallest: 5").isTrue();
        assertThat(s[1]).as("12 stays").isFalse();
        assertNothingSuppressedCanBeWorkedOut(t, s);
    }

    @Test
    void shouldNotLetTheColumnTotalGiveAwayOneSmallCell() {
        // the 2 in the second unit: its row gets a partner, and so does its column (total 9 - 7)
        Table t = grid(new long[] {40, 9, 31}, new long[] {20, 7, 13}, new long[] {20, 2, 18});
        boolean[] s = t.suppress();
        assertThat(s[7]).as("the 2").isTrue();
        assertThat(s[4] || s[1]).as("a partner in its column").isTrue();
        assertThat(s[8] || s[6]).as("a partner in its row").isTrue();
        assertNothingSuppressedCanBeWorkedOut(t, s);
    }

    @Test
    void shouldHideEveryFigureOfAUnitOfFourAlsoFromTheTotalMinusTheOtherUnits() {
        // units of 4, 7 and 9: the total minus 7 and 9 would be the unit of 4
        Table t = grid(new long[] {20, 10, 0, 10}, new long[] {4, 2, 0, 2}, new long[] {7, 3, 0, 4},
                new long[] {9, 5, 0, 4});
        boolean[] s = t.suppress();
        for (int c = 4; c < 8; c++) {
            assertThat(s[c]).as("cell %d of the unit of 4, its zero too", c).isTrue();
        }
        assertNothingSuppressedCanBeWorkedOut(t, s);
        // and the unit's population is not fixed either: at least one more unit's population is suppressed
        assertThat(s[8] || s[12] || s[0]).isTrue();
    }

    @Test
    void shouldHideTheOtherUnitTooWhenThereAreOnlyTwo() {
        // with two units, the total minus one is the other: the 7 cannot keep its figures where the 4 has them
        Table t = grid(new long[] {11, 6, 5}, new long[] {4, 1, 3}, new long[] {7, 5, 2});
        boolean[] s = t.suppress();
        assertNothingSuppressedCanBeWorkedOut(t, s);
        assertThat(s[3]).isTrue();
        assertThat(s[6] || s[0]).as("the 7 or the total").isTrue();
    }

    @Test
    void shouldProtectACellThatIsNotShownButFollowsFromTheOthers() {
        // shown: in the cycle and agreed; not shown: not agreed (= 10 - 8 = 2, a small group)
        List<Cell> cells = List.of(new Cell(10, true, 0), new Cell(8, true, 0), new Cell(2, false, 0));
        List<Equation> sums = List.of(new Equation(0, 1, 2));
        boolean[] s = SmallCellSuppression.suppress(cells, new long[] {10}, sums, K);
        assertThat(s[2]).isTrue();
        assertThat(s[1]).as("agreed, or 10 - 8 gives the 2").isTrue();
        assertThat(s[0]).as("the population stays").isFalse();
        assertThat(Attacker.derivable(cells, sums, s)).doesNotContain(2);
    }

    @Test
    void shouldNotLetTheColumnGiveAwayACellWhoseRowHasAHiddenPartner() {
        // two units; "not agreed" is never shown. Unit A's agreed (3) has an unknown partner in its row (its hidden
        // "not agreed"), but its column has none: total agreed - unit B's agreed = 3.
        List<Cell> cells = new ArrayList<>();
        long[][] rows = {{30, 23, 7}, {10, 3, 7}, {20, 20, 0}};
        for (int r = 0; r < 3; r++) {
            cells.add(new Cell(rows[r][0], true, r));
            cells.add(new Cell(rows[r][1], true, r));
            cells.add(new Cell(rows[r][2], false, r));
        }
        List<Equation> sums = List.of(new Equation(0, 1, 2), new Equation(3, 4, 5), new Equation(6, 7, 8),
                new Equation(0, 3, 6), new Equation(1, 4, 7), new Equation(2, 5, 8));
        boolean[] s = SmallCellSuppression.suppress(cells, new long[] {30, 10, 20}, sums, K);
        assertThat(s[4]).isTrue();
        assertThat(Attacker.derivable(cells, sums, s)).noneMatch(i -> s[i]);
    }

    @Test
    void shouldPreferANonZeroPartnerToAZero() {
        Table t = grid(new long[] {20, 0, 3, 17});
        boolean[] s = t.suppress();
        assertThat(s[2]).isTrue();
        assertThat(s[3]).as("the 17, not the 0: hidden together, 0 and 3 would still say that the 3 are a small group").isTrue();
        assertThat(s[1]).isFalse();
    }

    @Test
    void shouldRefuseAMinimumThatProtectsNobody() {
        assertThatThrownBy(() -> SmallCellSuppression.suppress(List.of(new Cell(1, true, 0)), new long[] {1},
                List.of(), 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
