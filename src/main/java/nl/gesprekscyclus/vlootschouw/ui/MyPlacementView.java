package nl.gesprekscyclus.vlootschouw.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import nl.gesprekscyclus.base.ui.MainLayout;
import nl.gesprekscyclus.cycle.VlootschouwGrid;
import nl.gesprekscyclus.review.ReviewReadService;
import nl.gesprekscyclus.review.ReviewSummary;
import nl.gesprekscyclus.vlootschouw.PlacementView;
import nl.gesprekscyclus.vlootschouw.VlootschouwService;

/**
 * "Mijn vlootschouw" (issue 20, item 3): the employee's own placement per year, with its development direction, the
 * reason and every move, as far as {@code vlootschouw.employeeSees} shows it on the screen (by default once the
 * calibration session that held their unit has closed). Where it does not show yet, the screen says when it will
 * and that the inzage download (Mijn gegevens) holds it anyway: the AVG gives the employee the right to their data,
 * the setting only decides when the screen shows it. It does not say whether there is a placement it does not show.
 */
@Route(value = MyPlacementView.ROUTE, layout = MainLayout.class)
@PermitAll
public class MyPlacementView extends Main implements HasDynamicTitle {

    public static final String ROUTE = "mijn-vlootschouw";

    final Div content = new Div();

    public MyPlacementView(VlootschouwService service, ReviewReadService reviews, Clock clock) {
        ZoneId zone = clock.getZone();
        addClassName("page");
        content.setId("my-placement");
        add(new H1(getPageTitle()), new Paragraph(getTranslation("vlootschouw.mine.intro")), content);
        Optional<VlootschouwGrid> grid = service.grid();
        if (grid.isEmpty()) {
            content.add(new Paragraph(getTranslation("vlootschouw.mine.noGrid")));
            return;
        }
        var mine = reviews.myReviews();
        if (mine.isEmpty()) {
            content.add(new Paragraph(getTranslation("vlootschouw.mine.noReviews")));
            return;
        }
        for (ReviewSummary review : mine) {
            Section year = new Section(new H2(getTranslation("vlootschouw.mine.year", String.valueOf(review.year()))));
            VlootschouwService.OwnPlacement own = service.ownPlacement(review.reviewId());
            if (own.placement() != null) {
                year.add(placed(own.placement(), grid.get(), zone));
            } else if (own.shown()) {
                year.add(new Paragraph(getTranslation("vlootschouw.mine.notPlaced")));
            } else {
                year.add(new Paragraph(getTranslation("vlootschouw.mine.notShown."
                        + grid.get().employeeSeesRule().name())));
            }
            content.add(year);
        }
    }

    private Div placed(PlacementView p, VlootschouwGrid grid, ZoneId zone) {
        DateTimeFormatter moment = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        Div placed = new Div();
        placed.add(new Paragraph(getTranslation("vlootschouw.mine.cell", p.cellName(),
                grid.performanceLabel(p.performance()), grid.potentialLabel(p.potential()))));
        placed.add(new Paragraph(getTranslation("vlootschouw.cell.direction", p.direction())));
        placed.add(new Paragraph(getTranslation("vlootschouw.mine.reason", p.reason())));
        placed.add(new Paragraph(getTranslation("vlootschouw.mine.placedBy", p.placedBy(),
                moment.format(p.placedAt().atZone(zone)))));
        if (p.history().size() > 1) {
            UnorderedList history = new UnorderedList();
            history.setId("my-placement-history-" + p.year());
            for (PlacementView.Change c : p.history()) {
                String to = cell(grid, c.performance(), c.potential());
                String text = c.oldPerformance() == null
                        ? getTranslation("vlootschouw.mine.history.placed", to)
                        : getTranslation("vlootschouw.mine.history.moved", cell(grid, c.oldPerformance(),
                                c.oldPotential()), to);
                history.add(new ListItem(text + " — " + c.reason() + " (" + c.changedBy() + ", "
                        + moment.format(c.changedAt().atZone(zone)) + ")"));
            }
            placed.add(new Paragraph(getTranslation("vlootschouw.mine.history")), history);
        }
        return placed;
    }

    private static String cell(VlootschouwGrid grid, String performance, String potential) {
        return grid.cell(performance, potential).map(VlootschouwGrid.Cell::name).orElse(performance + ", " + potential);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("vlootschouw.mine.title");
    }
}
