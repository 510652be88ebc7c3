package nl.gesprekscyclus.monitoring.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.gesprekscyclus.monitoring.MonitoringService.Option;
import nl.gesprekscyclus.monitoring.ProgressFigures;
import nl.gesprekscyclus.monitoring.ReviewStatus;
import nl.gesprekscyclus.review.ReviewPhase;

/**
 * The figures of a round: a bar chart per phase (SVG) with the same figures as a table, and a table per
 * unit (its own people). Every figure is a button that opens the reviews behind it.
 */
class FiguresPanel extends Section {

    interface DrillListener {
        void drill(ReviewPhase phase, ReviewStatus status, Long unitId);
    }

    /** The buttons by {@link #key}, for the tests and for focus after a refresh. */
    final Map<String, Button> cells = new HashMap<>();

    FiguresPanel(ProgressFigures figures, List<ReviewPhase> phases, List<Option> units, DrillListener listener) {
        addClassName("monitoring-figures");
        H2 heading = new H2(getTranslation("monitoring.figures.heading"));
        heading.setId("monitoring-figures-heading");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        add(heading);

        List<SvgCharts.Bar> bars = new ArrayList<>();
        for (ReviewPhase phase : phases) {
            long[] counts = new long[ReviewStatus.values().length];
            for (ReviewStatus status : ReviewStatus.values()) {
                counts[status.ordinal()] = figures.count(phase, null, status);
            }
            bars.add(new SvgCharts.Bar(phaseName(phase), counts));
        }
        List<String> legend = java.util.Arrays.stream(ReviewStatus.values()).map(this::statusName).toList();
        Svg chart = new Svg(SvgCharts.stackedBars(getTranslation("monitoring.chart.bars.title"),
                getTranslation("monitoring.chart.bars.description"), bars, legend));
        chart.addClassName("monitoring-chart");
        Div charts = new Div(chart, perPhaseTable(figures, phases, listener));
        charts.addClassName("monitoring-chart-row");
        add(charts);

        H3 perUnit = new H3(getTranslation("monitoring.figures.perUnit"));
        Div scroll = new Div(perUnitTable(figures, phases, units, listener)); // wide: scrolls, stays a table
        scroll.addClassName("monitoring-scroll");
        add(perUnit, scroll);
    }

    static String key(ReviewPhase phase, ReviewStatus status, Long unitId) {
        return phase + "/" + status + "/" + (unitId == null ? "all" : unitId);
    }

    private NativeTable perPhaseTable(ProgressFigures figures, List<ReviewPhase> phases, DrillListener listener) {
        NativeTable table = new NativeTable();
        table.addClassName("monitoring-table");
        table.setCaptionText(getTranslation("monitoring.table.perPhase"));
        NativeTableRow head = table.getHead().addRow();
        header(head, getTranslation("monitoring.column.phase"), "col");
        for (ReviewStatus status : ReviewStatus.values()) {
            header(head, statusName(status), "col");
        }
        header(head, getTranslation("monitoring.column.total"), "col");
        for (ReviewPhase phase : phases) {
            NativeTableRow row = table.getBody().addRow();
            header(row, phaseName(phase), "row");
            for (ReviewStatus status : ReviewStatus.values()) {
                row.addDataCell().add(cell(figures, phase, status, null, getTranslation("monitoring.allUnits"),
                        listener));
            }
            row.addDataCell().setText(Long.toString(figures.total(null)));
        }
        return table;
    }

    private NativeTable perUnitTable(ProgressFigures figures, List<ReviewPhase> phases, List<Option> units,
            DrillListener listener) {
        NativeTable table = new NativeTable();
        table.addClassName("monitoring-table");
        table.addClassName("monitoring-unit-table");
        table.setCaptionText(getTranslation("monitoring.table.perUnit"));
        NativeTableRow groups = table.getHead().addRow();
        NativeTableHeaderCell corner = header(groups, getTranslation("monitoring.column.unit"), "col");
        corner.getElement().setAttribute("rowspan", "2");
        for (ReviewPhase phase : phases) {
            NativeTableHeaderCell group = header(groups, phaseName(phase), "colgroup");
            group.getElement().setAttribute("colspan", Integer.toString(ReviewStatus.values().length));
        }
        NativeTableRow statuses = table.getHead().addRow();
        for (int i = 0; i < phases.size(); i++) {
            for (ReviewStatus status : ReviewStatus.values()) {
                header(statuses, statusName(status), "col");
            }
        }
        for (Option unit : units) {
            if (!figures.unitIds().contains(unit.id())) {
                continue;
            }
            NativeTableRow row = table.getBody().addRow();
            header(row, unit.name(), "row");
            for (ReviewPhase phase : phases) {
                for (ReviewStatus status : ReviewStatus.values()) {
                    row.addDataCell().add(cell(figures, phase, status, unit.id(), unit.name(), listener));
                }
            }
        }
        NativeTableRow total = table.getFoot().addRow();
        header(total, getTranslation("monitoring.column.total"), "row");
        for (ReviewPhase phase : phases) {
            for (ReviewStatus status : ReviewStatus.values()) {
                NativeTableCell c = total.addDataCell();
                c.setText(Long.toString(figures.count(phase, null, status)));
            }
        }
        return table;
    }

    private Button cell(ProgressFigures figures, ReviewPhase phase, ReviewStatus status, Long unitId,
            String unitName, DrillListener listener) {
        long n = figures.count(phase, unitId, status);
        Button button = new Button(Long.toString(n), e -> listener.drill(phase, status, unitId));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.addClassName("monitoring-cell");
        if (status == ReviewStatus.OVERDUE && n > 0) {
            button.addClassName("monitoring-cell-overdue");
        }
        button.setAriaLabel(getTranslation("monitoring.cell.aria", phaseName(phase), statusName(status), unitName, n));
        cells.put(key(phase, status, unitId), button);
        return button;
    }

    private static NativeTableHeaderCell header(NativeTableRow row, String text, String scope) {
        NativeTableHeaderCell cell = row.addHeaderCell();
        cell.setText(text);
        cell.getElement().setAttribute("scope", scope);
        return cell;
    }

    private String phaseName(ReviewPhase phase) {
        return getTranslation("myReviews.phase." + phase.name());
    }

    private String statusName(ReviewStatus status) {
        return getTranslation("monitoring.status." + status.name());
    }
}
