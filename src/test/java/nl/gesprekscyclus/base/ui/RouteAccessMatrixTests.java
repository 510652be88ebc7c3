package nl.gesprekscyclus.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.gesprekscyclus.review.DossierOpenings;
import nl.gesprekscyclus.test_support.AccessProbe;
import nl.gesprekscyclus.test_support.AccessTable;
import nl.gesprekscyclus.test_support.KaribuTest;
import nl.gesprekscyclus.test_support.MatrixPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every screen for every relation, from src/test/resources/access/routes-by-role.csv: navigates as each person
 * to each address, tampered ones included (an unknown id, someone else's review, not a number), and checks that
 * the table names every @Route of the application. A refusal by a service ("Geen toegang") must be in the audit
 * trail.
 */
class RouteAccessMatrixTests extends KaribuTest {

    static final int YEAR = 2043;

    @Autowired
    DossierOpenings openings;

    @Test
    void shouldOpenAndRefuseEveryScreenExactlyAsTheTableSays() {
        long started = System.nanoTime();
        AccessTable table = AccessTable.read("/access/routes-by-role.csv");
        assertThat(table.columns()).containsExactlyElementsOf(MatrixPeople.PARTIES);
        assertThat(table.cases()).extracting(AccessTable.Case::where).containsAll(routes());
        assertThat(routes()).containsAll(table.cases().stream().map(AccessTable.Case::where).toList());

        AccessProbe probe = new AccessProbe(context);
        long review = MatrixPeople.review(context, YEAR, MatrixPeople.EMPLOYEE_NUMBER);
        long neighbour = MatrixPeople.review(context, YEAR, MatrixPeople.OTHER_EMPLOYEE_NUMBER);
        login(MatrixPeople.LOGIN.get("HR_OPENED"));
        openings.open(review, "Klacht over het verloop van de planning onderzoeken");
        Map<String, String> values = Map.of("{review}", String.valueOf(review), "{neighbour}",
                String.valueOf(neighbour), "{employee}", MatrixPeople.EMPLOYEE_NUMBER, "{neighbour-number}",
                MatrixPeople.OTHER_EMPLOYEE_NUMBER, "{unknown-review}", "987654321", "{unknown-number}", "429999");

        List<String> wrong = new ArrayList<>();
        for (AccessTable.Case c : table.cases()) {
            String address = c.what();
            for (Map.Entry<String, String> v : values.entrySet()) {
                address = address.replace(v.getKey(), v.getValue());
            }
            login(MatrixPeople.LOGIN.get(c.who()));
            long audited = probe.refusalsAudited();
            String outcome = open(address);
            if (!outcome.replace("-by-service", "").equals(c.expected())) {
                wrong.add(c + " (" + address + "): expected " + c.expected() + ", got " + outcome);
            } else if (outcome.equals("refused-by-service") && probe.refusalsAudited() == audited) {
                wrong.add(c + " (" + address + "): refused but not recorded in the audit trail");
            }
        }
        assertThat(wrong).as("screens that differ from the table").isEmpty();
        System.out.printf("authorization matrix of the screens: %d cases, %d routes, %d ms%n", table.cases().size(),
                routes().size(), (System.nanoTime() - started) / 1_000_000);
    }

    /** allowed, or refused (the service's "Geen toegang", audited by the service; or the screen's role check). */
    private String open(String address) {
        try {
            navigate(address);
        } catch (MockAccessDeniedException e) {
            return "refused";
        }
        if (!_find(AccessDeniedView.class).isEmpty()) {
            return "refused-by-service";
        }
        return _find(RouteAccessDeniedView.class).isEmpty() ? "allowed" : "refused";
    }

    /** The route templates of every @Route class of the application. */
    static Set<String> routes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<String> routes = new TreeSet<>();
        scanner.findCandidateComponents("nl.gesprekscyclus").forEach(bean -> {
            try {
                routes.add(Class.forName(bean.getBeanClassName()).getAnnotation(Route.class).value());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        });
        return routes;
    }
}
