package nl.gesprekscyclus.monitoring;

import java.util.List;
import nl.gesprekscyclus.base.KeysetPager;

/**
 * How one drill-down list reads its pages, so a page deep in 15,000 reviews costs about what the first one does: a
 * {@link KeysetPager} over {@link MonitoringService} (after the nearest line seen above the page, from the end for
 * the back half, else by {@code OFFSET}). The drill-down has one order (by name), so the pager's order is always
 * {@code null}. One per list; every read goes through the service (HR only, the drill-down's scope), and the rows
 * are the same whichever way a page is read.
 */
public final class DrillDownPager {

    private final KeysetPager<DrillDown, Void, MonitoredReview> pager;

    public DrillDownPager(MonitoringService monitoring) {
        pager = new KeysetPager<>(new KeysetPager.Source<>() {
            @Override
            public long count(DrillDown drillDown) {
                return monitoring.count(drillDown);
            }

            @Override
            public List<MonitoredReview> page(DrillDown drillDown, Void order, int offset, int limit) {
                return monitoring.reviews(drillDown, offset, limit);
            }

            @Override
            public List<MonitoredReview> pageAfter(DrillDown drillDown, Void order, MonitoredReview line, int skip,
                    int limit) {
                return monitoring.reviewsAfter(drillDown, line, skip, limit);
            }

            @Override
            public List<MonitoredReview> pageFromEnd(DrillDown drillDown, Void order, int fromEnd, int limit) {
                return monitoring.reviewsFromEnd(drillDown, fromEnd, limit);
            }
        });
    }

    /** How many reviews the drill-down lists; remembered to read the back half from the end. */
    public long count(DrillDown drillDown) {
        return pager.count(drillDown);
    }

    /** The lines {@code offset} to {@code offset + limit}. */
    public List<MonitoredReview> page(DrillDown drillDown, int offset, int limit) {
        return pager.page(drillDown, null, offset, limit);
    }
}
