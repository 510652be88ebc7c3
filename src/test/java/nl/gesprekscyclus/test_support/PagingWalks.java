package nl.gesprekscyclus.test_support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The ways a lazy grid asks a long list for its pages, for the paging tests of the Wachtrij and the Voortgang
 * drill-down: each walk reads every page of the list once or more through a fresh reader (a pager that has just
 * counted) and returns the lines put in their places, to be compared with one read of everything.
 */
public final class PagingWalks {

    /** One screen's reads: the lines {@code offset} to {@code offset + limit}. */
    public interface Pages<L> {
        List<L> page(int offset, int limit);
    }

    private PagingWalks() {
    }

    /**
     * Every walk in pages of {@code size}, by name: scrolling down (each page right after the one before), jumping up
     * from the end (the last page first, then each one before it), and jumping around.
     */
    public static <L> Map<String, List<L>> all(Supplier<Pages<L>> fresh, int count, int size) {
        Map<String, List<L>> walks = new LinkedHashMap<>();
        walks.put("scrolling down", scrollDown(fresh.get(), count, size));
        walks.put("jumping up from the end", jumpUpFromTheEnd(fresh.get(), count, size));
        walks.put("jumping around", jumpAround(fresh.get(), count, size));
        return walks;
    }

    static <L> List<L> scrollDown(Pages<L> pages, int count, int size) {
        List<L> lines = new ArrayList<>();
        for (int offset = 0; offset < count; offset += size) {
            lines.addAll(pages.page(offset, size));
        }
        return lines;
    }

    static <L> List<L> jumpUpFromTheEnd(Pages<L> pages, int count, int size) {
        List<L> lines = new ArrayList<>();
        for (int offset = (count - 1) / size * size; offset >= 0; offset -= size) {
            lines.addAll(0, pages.page(offset, size));
        }
        return lines;
    }

    /**
     * The pages in a jumping order: the second, then one near the end, the fourth (a page past the lines seen), the
     * next one near the end and so on, then every page once more from the first (after lines seen); each page put in
     * its place, and a page read again must give the same lines.
     */
    static <L> List<L> jumpAround(Pages<L> pages, int count, int size) {
        int pageCount = (count + size - 1) / size;
        List<Integer> order = new ArrayList<>();
        for (int p = 1; p < pageCount; p += 2) {
            order.add(p);
            order.add(pageCount - 1 - p / 2);
        }
        for (int p = 0; p < pageCount; p++) {
            order.add(p);
        }
        Object[] lines = new Object[count];
        for (int p : order) {
            List<L> page = pages.page(p * size, size);
            assertThat(page).as("page %d of %d", p, pageCount).hasSize(Math.min(size, count - p * size));
            for (int i = 0; i < page.size(); i++) {
                if (lines[p * size + i] != null) {
                    assertThat(page.get(i)).as("line %d read again", p * size + i).isEqualTo(lines[p * size + i]);
                }
                lines[p * size + i] = page.get(i);
            }
        }
        @SuppressWarnings("unchecked")
        List<L> all = (List<L>) Arrays.asList(lines);
        return all;
    }
}
