package nl.gesprekscyclus.base;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How one screen reads the pages of a long sorted list (the Wachtrij, the Voortgang drill-down), so a page deep in
 * the list costs about what the first one does. Vaadin's lazy grid asks for rows by offset; an {@code OFFSET} page
 * makes the database sort and skip every row before it. The pager remembers the last line of every page it read
 * (its position in the list and the line, which carries its sort keys) and reads a page the cheapest way it knows:
 * <ul>
 * <li>after the nearest line it has seen above the page (keyset paging): nothing skipped when the grid asks for the
 * page right after one it read (scrolling on, or back up through pages seen before), and only the rows in between
 * when the page is a little further on (the scroll bar dragged a bit);</li>
 * <li>from the end (the order backwards, skipping only the rows after the page) when that skips fewer rows: a jump
 * into the back half;</li>
 * <li>by {@code OFFSET} otherwise (a first jump into the front half).</li>
 * </ul>
 * The rows are the same whichever way a page is read. One pager per screen (Vaadin's session lock keeps it to one
 * request at a time); every read goes through the {@link Source}, a service that applies its access rules. Counting
 * again (a filter changed, the grid refreshed) forgets the lines seen, as the list may have changed since; so does
 * another filter or order.
 *
 * @param <F> what the list is filtered by (what a count depends on)
 * @param <O> the order (use {@link Void} and {@code null} for a list with one order)
 * @param <L> a line, which knows its own place in the order
 */
public final class KeysetPager<F, O, L> {

    /** How many lines are remembered at most: the last lines of 200 pages (10,000 rows in pages of 50). */
    static final int REMEMBERED = 200;

    /** The reads a pager chooses from; each must give the same lines for the same place in the list. */
    public interface Source<F, O, L> {

        long count(F filter);

        /** The lines {@code offset} to {@code offset + limit}. */
        List<L> page(F filter, O order, int offset, int limit);

        /** The lines after {@code line} in this order, the first {@code skip} of them left out (keyset paging). */
        List<L> pageAfter(F filter, O order, L line, int skip, int limit);

        /** The {@code limit} lines before the last {@code fromEnd}, in the forward order. */
        List<L> pageFromEnd(F filter, O order, int fromEnd, int limit);
    }

    private final Source<F, O, L> source;
    private F countedFilter;
    private long count = -1;
    private F readFilter;
    private O readOrder;
    /** Lines seen since the last count, by their position in the list. */
    private final TreeMap<Integer, L> seen = new TreeMap<>();

    public KeysetPager(Source<F, O, L> source) {
        this.source = source;
    }

    /** How many lines match; remembered to read the back half from the end. The lines seen are forgotten. */
    public long count(F filter) {
        count = source.count(filter);
        countedFilter = filter;
        seen.clear();
        return count;
    }

    /** The lines {@code offset} to {@code offset + limit} in this order. */
    public List<L> page(F filter, O order, int offset, int limit) {
        if (!Objects.equals(filter, readFilter) || !Objects.equals(order, readOrder)) {
            seen.clear();
            readFilter = filter;
            readOrder = order;
        }
        List<L> page = read(filter, order, offset, limit);
        if (!page.isEmpty()) {
            remember(offset + page.size() - 1, page.get(page.size() - 1));
        }
        return page;
    }

    private List<L> read(F filter, O order, int offset, int limit) {
        Map.Entry<Integer, L> above = offset > 0 ? seen.floorEntry(offset - 1) : null;
        long skipAfter = above == null ? Long.MAX_VALUE : offset - 1L - above.getKey();
        long skipFromEnd = Long.MAX_VALUE;
        int size = limit;
        if (Objects.equals(filter, countedFilter) && offset < count) {
            size = (int) Math.min(limit, count - offset);
            skipFromEnd = count - offset - size;
        }
        if (above != null && skipAfter <= skipFromEnd) {
            return source.pageAfter(filter, order, above.getValue(), (int) skipAfter, limit);
        }
        if (skipFromEnd < offset) {
            return source.pageFromEnd(filter, order, (int) skipFromEnd, size);
        }
        return source.page(filter, order, offset, limit);
    }

    /** Keeps the line at this position; past {@link #REMEMBERED} the one furthest from it goes. */
    private void remember(int position, L line) {
        seen.put(position, line);
        if (seen.size() > REMEMBERED) {
            int first = seen.firstKey();
            int last = seen.lastKey();
            seen.remove(position - first > last - position ? first : last);
        }
    }
}
