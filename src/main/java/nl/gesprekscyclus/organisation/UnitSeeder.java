package nl.gesprekscyclus.organisation;

import nl.gesprekscyclus.functionbook.ClusterDefinition;
import nl.gesprekscyclus.functionbook.FunctionBook;
import nl.gesprekscyclus.functionbook.FunctionBooks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On a fresh database, creates the organisation's tree from the function book: a unit at the top named after the
 * book's organisation (kind "gemeente"), with the book's clusters below it (kind "cluster"). Nobody manages them yet
 * (there are no employees yet); the functioneel beheerder or a units file gives them their managers. After that the
 * tree is the beheerder's to maintain; the book is not read again for it.
 */
@Component
public class UnitSeeder implements SmartInitializingSingleton {

    static final String TOP_CODE = "gemeente";
    static final String TOP_KIND = "gemeente";
    static final String CLUSTER_KIND = "cluster";

    private static final Logger log = LoggerFactory.getLogger(UnitSeeder.class);

    private final OrganisationUnitRepository units;
    private final FunctionBooks books;
    private final TransactionTemplate tx;
    private volatile boolean done;

    UnitSeeder(OrganisationUnitRepository units, FunctionBooks books, TransactionTemplate tx) {
        this.units = units;
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
            if (units.count() == 0) {
                FunctionBook book = books.current().book();
                // a book cluster may be called "gemeente" itself: the top then takes another code
                String topCode = book.clusters().stream().anyMatch(c -> c.code().equals(TOP_CODE))
                        ? TOP_CODE + "-organisatie" : TOP_CODE;
                String name = book.organisation() == null || book.organisation().isBlank() ? "Gemeente"
                        : book.organisation().strip().substring(0, Math.min(book.organisation().strip().length(), UnitData.MAX_NAME));
                OrganisationUnit top = units.save(new OrganisationUnit(topCode, name, TOP_KIND));
                for (ClusterDefinition c : book.clusters()) {
                    OrganisationUnit unit = new OrganisationUnit(c.code(), c.name(), CLUSTER_KIND);
                    unit.size(c.approximateFte(), c.description());
                    unit.placeUnder(top);
                    units.save(unit);
                }
                log.info("Created the unit tree from the function book: {} with {} clusters", name,
                        book.clusters().size());
            }
        });
        done = true;
    }
}
