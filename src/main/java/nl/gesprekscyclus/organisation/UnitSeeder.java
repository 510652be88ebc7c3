package nl.gesprekscyclus.organisation;

import nl.gesprekscyclus.functionbook.ClusterDefinition;
import nl.gesprekscyclus.functionbook.FunctionBook;
import nl.gesprekscyclus.functionbook.FunctionBooks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import nl.gesprekscyclus.base.startup.StartupStep;
import org.springframework.stereotype.Component;

/**
 * On a fresh database, creates the organisation's tree from the function book: a unit at the top named after the
 * book's organisation (kind "gemeente"), with the book's clusters below it (kind "cluster"). Nobody manages them yet
 * (there are no employees yet); the functioneel beheerder or a units file gives them their managers. After that the
 * tree is the beheerder's to maintain; the book is not read again for it. A start step: in the start-up transaction,
 * so a first start that fails later leaves no units of a book that was wrong.
 */
@Component
public class UnitSeeder implements StartupStep {

    static final String TOP_CODE = "gemeente";
    static final String TOP_KIND = "gemeente";
    static final String CLUSTER_KIND = "cluster";

    private static final Logger log = LoggerFactory.getLogger(UnitSeeder.class);

    private final OrganisationUnitRepository units;
    private final FunctionBooks books;

    UnitSeeder(OrganisationUnitRepository units, FunctionBooks books) {
        this.units = units;
        this.books = books;
    }

    @Override
    public int getOrder() {
        return UNITS;
    }

    @Override
    public void run() {
        if (units.count() == 0) {
            FunctionBook book = books.current().book();
            // a book cluster may be called "gemeente" itself: the top then takes another code
            String topCode = book.clusters().stream().anyMatch(c -> c.code().equals(TOP_CODE))
                    ? TOP_CODE + "-organisatie" : TOP_CODE;
            String organisation = book.organisation() == null ? "" : book.organisation().strip();
            String name = organisation.isEmpty() ? "Gemeente"
                    : organisation.substring(0, Math.min(organisation.length(), UnitData.MAX_NAME));
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
    }
}
