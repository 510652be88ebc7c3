package nl.gesprekscyclus.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Which read the pager chooses for each page a grid asks, over a list of 100 numbers in order (each line is its own
 * place, so every page can be checked): after the nearest line seen above (skipping only the lines in between), from
 * the end when that skips fewer, by offset otherwise; and what it forgets.
 */
class KeysetPagerTests {

    static final int COUNT = 100;

    /** The list, and every read asked of it, as "offset 30", "after 39 skip 5", "from end 10". */
    static final class Numbers implements KeysetPager.Source<String, String, Integer> {
        final int count;
        final List<Integer> all;
        final List<String> reads = new ArrayList<>();

        Numbers(int count) {
            this.count = count;
            all = IntStream.range(0, count).boxed().toList();
        }

        @Override
        public long count(String filter) {
            return count;
        }

        @Override
        public List<Integer> page(String filter, String order, int offset, int limit) {
            reads.add("offset " + offset);
            return all.subList(Math.min(offset, count), Math.min(offset + limit, count));
        }

        @Override
        public List<Integer> pageAfter(String filter, String order, Integer line, int skip, int limit) {
            reads.add("after " + line + " skip " + skip);
            int from = Math.min(line + 1 + skip, count);
            return all.subList(from, Math.min(from + limit, count));
        }

        @Override
        public List<Integer> pageFromEnd(String filter, String order, int fromEnd, int limit) {
            reads.add("from end " + fromEnd);
            return all.subList(count - fromEnd - limit, count - fromEnd);
        }

        String last() {
            return reads.get(reads.size() - 1);
        }
    }

    final Numbers numbers = new Numbers(COUNT);
    final KeysetPager<String, String, Integer> pager = new KeysetPager<>(numbers);

    List<Integer> page(int offset) {
        List<Integer> page = pager.page("all", "up", offset, 10);
        assertThat(page).as("the lines at %d", offset)
                .containsExactlyElementsOf(numbers.all.subList(offset, Math.min(offset + 10, COUNT)));
        return page;
    }

    @Test
    void shouldReadTheNextPageAfterTheLastLineSeen() {
        pager.count("all");
        page(0);
        assertThat(numbers.last()).isEqualTo("offset 0");
        page(10);
        assertThat(numbers.last()).isEqualTo("after 9 skip 0");
        page(20);
        assertThat(numbers.last()).isEqualTo("after 19 skip 0");
    }

    @Test
    void shouldJumpIntoTheBackHalfFromTheEndAndIntoTheFrontHalfByOffset() {
        pager.count("all");
        page(80);
        assertThat(numbers.last()).isEqualTo("from end 10");
        page(30);
        assertThat(numbers.last()).isEqualTo("offset 30");
        // nearer the end than the line seen at 39
        page(70);
        assertThat(numbers.last()).isEqualTo("from end 20");
    }

    @Test
    void shouldSkipOnlyTheLinesBetweenALineSeenAndAPageALittleFurtherOn() {
        pager.count("all");
        page(30);
        page(45);
        assertThat(numbers.last()).isEqualTo("after 39 skip 5");
        // back up to a page after lines seen: after the nearest line above it
        page(40);
        assertThat(numbers.last()).isEqualTo("after 39 skip 0");
        // further down than the end is far: from the end
        page(85);
        assertThat(numbers.last()).isEqualTo("from end 5");
    }

    @Test
    void shouldForgetTheLinesSeenWhenCountedAgainOrAnotherOrderIsAsked() {
        pager.count("all");
        page(0);
        pager.count("all");
        page(10);
        assertThat(numbers.last()).as("counted again: the list may have changed").isEqualTo("offset 10");
        assertThat(pager.page("all", "down", 20, 10)).hasSize(10);
        assertThat(numbers.last()).as("another order").isEqualTo("offset 20");
    }

    @Test
    void shouldNotReadFromTheEndOfAListItHasNotCounted() {
        pager.count("all");
        assertThat(pager.page("other filter", "up", 80, 10)).hasSize(10);
        assertThat(numbers.last()).isEqualTo("offset 80");
    }

    @Test
    void shouldRememberAtMostSoManyLinesKeepingTheNearest() {
        Numbers longer = new Numbers(5_000);
        KeysetPager<String, String, Integer> scrolled = new KeysetPager<>(longer);
        scrolled.count("all");
        for (int offset = 0; offset <= KeysetPager.REMEMBERED * 10 + 100; offset += 10) {
            scrolled.page("all", "up", offset, 10);
        }
        assertThat(longer.last()).isEqualTo("after 2099 skip 0");
        assertThat(scrolled.page("all", "up", 1500, 10)).startsWith(1500);
        assertThat(longer.last()).as("a page seen lately").isEqualTo("after 1499 skip 0");
        assertThat(scrolled.page("all", "up", 20, 10)).startsWith(20);
        assertThat(longer.last()).as("the first pages' lines are forgotten").isEqualTo("offset 20");
    }
}
