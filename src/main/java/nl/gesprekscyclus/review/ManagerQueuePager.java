package nl.gesprekscyclus.review;

import java.util.List;
import nl.gesprekscyclus.base.KeysetPager;
import nl.gesprekscyclus.review.ManagerQueue.Order;
import nl.gesprekscyclus.review.ManagerQueueService.Line;
import nl.gesprekscyclus.review.ManagerQueueService.Query;

/**
 * How one Wachtrij screen reads its pages, so a page deep in a queue of 40,000 tasks costs about what the first one
 * does: a {@link KeysetPager} over {@link ManagerQueueService} (after the nearest line seen above the page, from the
 * end for the back half, else by {@code OFFSET}). One per screen; every read goes through the service, so the access
 * rules stay there. The rows are the same whichever way a page is read.
 */
public final class ManagerQueuePager {

    private final KeysetPager<Query, List<Order>, Line> pager;

    public ManagerQueuePager(ManagerQueueService service) {
        pager = new KeysetPager<>(new KeysetPager.Source<>() {
            @Override
            public long count(Query query) {
                return service.count(query);
            }

            @Override
            public List<Line> page(Query query, List<Order> order, int offset, int limit) {
                return service.page(query, order, offset, limit);
            }

            @Override
            public List<Line> pageAfter(Query query, List<Order> order, Line line, int skip, int limit) {
                return service.pageAfter(query, order, line, skip, limit);
            }

            @Override
            public List<Line> pageFromEnd(Query query, List<Order> order, int fromEnd, int limit) {
                return service.pageFromEnd(query, order, fromEnd, limit);
            }
        });
    }

    /** How many lines match; remembered to read the back half from the end. */
    public long count(Query query) {
        return pager.count(query);
    }

    /** The lines {@code offset} to {@code offset + limit} in this order. */
    public List<Line> page(Query query, List<Order> order, int offset, int limit) {
        return pager.page(query, List.copyOf(order), offset, limit);
    }
}
