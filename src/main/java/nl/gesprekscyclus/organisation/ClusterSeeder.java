package nl.gesprekscyclus.organisation;

import nl.gesprekscyclus.functionbook.ClusterDefinition;
import nl.gesprekscyclus.functionbook.FunctionBooks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import nl.gesprekscyclus.base.startup.StartupStep;
import org.springframework.stereotype.Component;

/**
 * On a fresh database, creates the organisation's clusters from the function book's cluster list.
 * After that the clusters are the functioneel beheerder's to maintain; the book is not read again for them. A start
 * step: in the start-up transaction, so a first start that fails later leaves no clusters of a book that was wrong.
 */
@Component
public class ClusterSeeder implements StartupStep {

    private static final Logger log = LoggerFactory.getLogger(ClusterSeeder.class);

    private final ClusterRepository clusters;
    private final FunctionBooks books;

    ClusterSeeder(ClusterRepository clusters, FunctionBooks books) {
        this.clusters = clusters;
        this.books = books;
    }

    @Override
    public int getOrder() {
        return CLUSTERS;
    }

    @Override
    public void run() {
        if (clusters.count() == 0) {
            for (ClusterDefinition c : books.current().book().clusters()) {
                clusters.save(new Cluster(c.code(), c.name(), c.approximateFte(), c.description()));
            }
            log.info("Created {} clusters from the function book", clusters.count());
        }
    }
}
