package nl.gesprekscyclus.organisation;

import nl.gesprekscyclus.functionbook.ClusterDefinition;
import nl.gesprekscyclus.functionbook.FunctionBooks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On a fresh database, creates the organisation's clusters from the function book's cluster list.
 * After that the clusters are the functioneel beheerder's to maintain; the book is not read again for them.
 */
@Component
public class ClusterSeeder implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ClusterSeeder.class);

    private final ClusterRepository clusters;
    private final FunctionBooks books;
    private final TransactionTemplate tx;
    private volatile boolean done;

    ClusterSeeder(ClusterRepository clusters, FunctionBooks books, TransactionTemplate tx) {
        this.clusters = clusters;
        this.books = books;
        this.tx = tx;
    }

    @Override
    public void afterSingletonsInstantiated() {
        ensureSeeded();
    }

    public synchronized void ensureSeeded() {
        if (done) {
            return;
        }
        books.ensureLoaded();
        tx.executeWithoutResult(status -> {
            if (clusters.count() == 0) {
                for (ClusterDefinition c : books.current().book().clusters()) {
                    clusters.save(new Cluster(c.code(), c.name(), c.approximateFte(), c.description()));
                }
                log.info("Created {} clusters from the function book", clusters.count());
            }
        });
        done = true;
    }
}
