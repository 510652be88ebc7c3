package nl.gesprekscyclus.monitoring.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import nl.gesprekscyclus.base.ui.MainLayout;
import nl.gesprekscyclus.monitoring.DrillDown;
import nl.gesprekscyclus.monitoring.MonitoringScope;
import nl.gesprekscyclus.monitoring.MonitoringService;
import nl.gesprekscyclus.monitoring.MonitoringService.Option;
import nl.gesprekscyclus.monitoring.MonitoringService.RoundRef;
import nl.gesprekscyclus.monitoring.ReviewListExport;
import nl.gesprekscyclus.monitoring.ReviewStatus;
import nl.gesprekscyclus.review.DossierOpenings;
import nl.gesprekscyclus.review.ReviewPhase;
import nl.gesprekscyclus.security.Roles;

/**
 * "Voortgang": HR's view of a round. Filters (year, unit with its sub-units, phase, coordinator) on top; the figures
 * per phase and unit with a chart; completion over time against last year; and, after a click on a figure,
 * the reviews behind it. Status only: content is read through "Dossier openen" with a recorded reason.
 */
@Route(value = "voortgang", layout = MainLayout.class)
@RolesAllowed(Roles.HR)
public class ProgressDashboardView extends Main implements HasDynamicTitle {

    final Select<Integer> year = new Select<>();
    final ComboBox<Option> unit = new ComboBox<>();
    final Select<ReviewPhase> phase = new Select<>();
    final ComboBox<Option> coordinator = new ComboBox<>();
    final Div content = new Div();
    /** The shown figures, completion and drill-down; null when not shown. */
    FiguresPanel figures;
    CompletionPanel completion;
    DrillDownPanel drillDown;

    private final MonitoringService monitoring;
    private final ReviewListExport export;
    private final DossierOpenings openings;
    private final ZoneId zone;
    private final List<Option> units;
    private RoundRef round;
    private boolean filling;

    public ProgressDashboardView(MonitoringService monitoring, ReviewListExport export, DossierOpenings openings,
            Clock clock) {
        this.monitoring = monitoring;
        this.export = export;
        this.openings = openings;
        this.zone = clock.getZone();
        this.units = monitoring.units();
        addClassName("page");
        addClassName("monitoring-page");
        add(new H1(getPageTitle()), new Paragraph(getTranslation("monitoring.intro")));

        year.setLabel(getTranslation("monitoring.filter.year"));
        List<Integer> years = monitoring.years();
        year.setItems(years);
        unit.setLabel(getTranslation("monitoring.filter.unit"));
        unit.setHelperText(getTranslation("monitoring.filter.unitHelp"));
        unit.setItems(units);
        unit.setItemLabelGenerator(Option::name);
        unit.setPlaceholder(getTranslation("monitoring.allUnits"));
        unit.setClearButtonVisible(true);
        phase.setLabel(getTranslation("monitoring.filter.phase"));
        phase.setItems(ReviewPhase.running(true, false));
        phase.setEmptySelectionAllowed(true);
        phase.setEmptySelectionCaption(getTranslation("monitoring.allPhases"));
        phase.setItemLabelGenerator(p -> p == null ? getTranslation("monitoring.allPhases")
                : getTranslation("myReviews.phase." + p.name()));
        coordinator.setLabel(getTranslation("monitoring.filter.coordinator"));
        coordinator.setItemLabelGenerator(Option::name);
        coordinator.setPlaceholder(getTranslation("monitoring.allCoordinators"));
        coordinator.setClearButtonVisible(true);
        Div filters = new Div(year, unit, phase, coordinator);
        filters.addClassName("monitoring-filters");
        filters.getElement().setAttribute("role", "search");
        filters.getElement().setAttribute("aria-label", getTranslation("monitoring.filter.label"));
        add(filters, content);

        year.addValueChangeListener(e -> {
            if (!filling && e.getValue() != null) {
                selectYear(e.getValue());
            }
        });
        unit.addValueChangeListener(e -> refreshIfReady());
        phase.addValueChangeListener(e -> refreshIfReady());
        coordinator.addValueChangeListener(e -> refreshIfReady());

        if (years.isEmpty()) {
            content.add(new Paragraph(getTranslation("monitoring.noRound")));
        } else {
            int thisYear = LocalDate.now(clock).getYear();
            year.setValue(years.contains(thisYear) ? thisYear : years.get(0));
        }
    }

    void selectYear(int y) {
        round = monitoring.round(y).orElse(null);
        filling = true;
        try {
            coordinator.clear();
            coordinator.setItems(round == null ? List.of() : monitoring.coordinators(round.id()));
            // the phases of this round: its feedback round only when its shape has one; in a year without a formal
            // assessment the development conversation in its place
            ReviewPhase chosen = phase.getValue();
            List<ReviewPhase> phases = round == null ? ReviewPhase.running(true, false) : round.phases();
            phase.setItems(phases);
            phase.setValue(phases.contains(chosen) ? chosen : null);
        } finally {
            filling = false;
        }
        refresh();
    }

    private void refreshIfReady() {
        if (!filling && round != null) {
            refresh();
        }
    }

    /** Counts again with the filters as they are now; closes an open drill-down. */
    void refresh() {
        content.removeAll();
        figures = null;
        completion = null;
        drillDown = null;
        if (round == null) {
            content.add(new Paragraph(getTranslation("monitoring.noRound")));
            return;
        }
        MonitoringScope scope = scope();
        List<ReviewPhase> phases = phase.getValue() == null || !round.phases().contains(phase.getValue())
                ? round.phases() : List.of(phase.getValue());
        figures = new FiguresPanel(monitoring.figures(scope), phases, units, this::drill);
        Long unitId = unit.getValue() == null ? null : unit.getValue().id();
        Long coordinatorId = coordinator.getValue() == null ? null : coordinator.getValue().id();
        completion = monitoring.completion(round.year(), unitId, coordinatorId)
                .map(c -> new CompletionPanel(c, monitoring.completion(round.year() - 1, unitId, coordinatorId),
                        round.phases()))
                .orElse(null);
        content.add(figures);
        if (completion != null) {
            content.add(completion);
        }
        content.add(new CheckInCountsPanel(monitoring.checkInsPerUnit(scope)));
        content.add(new FeedbackCountsPanel(monitoring.feedbackPerUnit(scope)));
    }

    MonitoringScope scope() {
        return new MonitoringScope(round.id(), unit.getValue() == null ? null : unit.getValue().id(),
                coordinator.getValue() == null ? null : coordinator.getValue().id());
    }

    /** Shows the reviews behind a figure (a click on it), under the figures. */
    void drill(ReviewPhase p, ReviewStatus status, Long unitId) {
        MonitoringScope filters = scope();
        // a figure of a unit's row counts that unit's own people; the other figures follow the filter
        MonitoringScope scope = unitId != null
                ? new MonitoringScope(filters.roundId(), unitId, filters.coordinatorId(), false) : filters;
        String unitName = Optional.ofNullable(scope.unitId()).flatMap(id -> units.stream()
                .filter(c -> c.id() == id).findFirst()).map(Option::name)
                .orElse(getTranslation("monitoring.allUnits"));
        String title = getTranslation("monitoring.drill.title", getTranslation("myReviews.phase." + p.name()),
                getTranslation("monitoring.status." + status.name()), unitName);
        if (drillDown != null) {
            content.remove(drillDown);
        }
        drillDown = new DrillDownPanel(new DrillDown(scope, p, status), title, monitoring, export, openings, zone);
        content.addComponentAtIndex(1, drillDown);
        drillDown.getElement().executeJs("this.scrollIntoView(); this.querySelector('h2').focus()");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("monitoring.title");
    }
}
