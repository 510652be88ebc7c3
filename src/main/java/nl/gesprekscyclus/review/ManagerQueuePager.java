package nl.gesprekscyclus.review;

import java.util.List;
import nl.gesprekscyclus.review.ManagerQueue.Order;
import nl.gesprekscyclus.review.ManagerQueueService.Line;
import nl.gesprekscyclus.review.ManagerQueueService.Query;

/**
 * How one Wachtrij screen reads its pages, so a page deep in a queue of 40,000 tasks costs about what the first one
 * does. Vaadin's lazy grid asks for rows by offset; an {@code OFFSET} page makes the database sort and skip every row
 * before it. So:
 * <ul>
 * <li>the page right after the one read last (scrolling on) is read after its last line (keyset paging: nothing is
 * skipped);</li>
 * <li>a jump into the back half is read from the end (the order backwards, skipping only the rows after it);</li>
 * <li>any other jump is an {@code OFFSET} page.</li>
 * </ul>
 * One per screen (it remembers the last page and the count); every read goes through {@link ManagerQueueService},
 * so the access rules stay there. The rows are the same whichever way a page is read.
 */
public final class ManagerQueuePager {

    private final ManagerQueueService service;

    private Query countedQuery;
    private long count = -1;
    private Query lastQuery;
    private List<Order> lastOrder;
    private int lastEnd = -1;
    private Line lastLine;

    public ManagerQueuePager(ManagerQueueService service) {
        this.service = service;
    }

    /** How many lines match; remembered to read the back half from the end. */
    public long count(Query query) {
        count = service.count(query);
        countedQuery = query;
        return count;
    }

    /** The lines {@code offset} to {@code offset + limit} in this order. */
    public List<Line> page(Query query, List<Order> order, int offset, int limit) {
        List<Line> page;
        if (lastLine != null && offset == lastEnd && query.equals(lastQuery) && order.equals(lastOrder)) {
            page = service.pageAfter(query, order, lastLine, limit);
        } else if (query.equals(countedQuery) && offset > count / 2 && offset < count) {
            int size = (int) Math.min(limit, count - offset);
            page = service.pageFromEnd(query, order, (int) (count - offset - size), size);
        } else {
            page = service.page(query, order, offset, limit);
        }
        lastQuery = query;
        lastOrder = List.copyOf(order);
        lastEnd = offset + page.size();
        lastLine = page.isEmpty() ? null : page.get(page.size() - 1);
        return page;
    }
}
