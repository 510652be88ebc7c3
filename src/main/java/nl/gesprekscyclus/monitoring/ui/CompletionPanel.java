package nl.gesprekscyclus.monitoring.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.gesprekscyclus.monitoring.CompletionSeries;
import nl.gesprekscyclus.review.ReviewPhase;

/**
 * Completion over time: per phase, how many reviews had finished it by each week of the round, as a line
 * chart with last year's round dashed; the table gives the figures of the latest week against last year's
 * at the same week.
 */
class CompletionPanel extends Section {

    /** The table with the figures (the chart's text alternative). */
    final NativeTable table = new NativeTable();

    CompletionPanel(CompletionSeries current, Optional<CompletionSeries> previous, List<ReviewPhase> phases) {
        addClassName("monitoring-completion");
        H2 heading = new H2(getTranslation("monitoring.completion.heading"));
        heading.setId("monitoring-completion-heading");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        add(heading, new Paragraph(getTranslation("monitoring.completion.intro")));

        List<SvgCharts.Line> lines = new ArrayList<>();
        List<String> legend = new ArrayList<>();
        List<Boolean> dashed = new ArrayList<>();
        for (int i = 0; i < phases.size(); i++) {
            ReviewPhase phase = phases.get(i);
            lines.add(new SvgCharts.Line(phaseName(phase), current.finishedByWeek().get(phase), false, i));
            legend.add(phaseName(phase) + " " + current.year());
            dashed.add(false);
        }
        previous.ifPresent(p -> {
            for (int i = 0; i < phases.size(); i++) {
                ReviewPhase phase = phases.get(i);
                if (!p.phases().contains(phase)) {
                    continue;
                }
                lines.add(new SvgCharts.Line(phaseName(phase), p.finishedByWeek().get(phase), true, i));
                legend.add(phaseName(phase) + " " + p.year());
                dashed.add(true);
            }
        });
        Svg chart = new Svg(SvgCharts.lines(getTranslation("monitoring.chart.lines.title", current.year()),
                getTranslation("monitoring.chart.lines.description"), lines,
                getTranslation("monitoring.chart.lines.weeks"), legend, dashed));
        chart.addClassName("monitoring-chart");

        int week = current.weeks() - 1;
        table.addClassName("monitoring-table");
        table.setCaptionText(getTranslation("monitoring.completion.table", week + 1));
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("monitoring.column.phase"));
        head.addHeaderCell().setText(Integer.toString(current.year()));
        previous.ifPresent(p -> head.addHeaderCell().setText(getTranslation("monitoring.completion.sameWeek", p.year())));
        head.getHeaderCells().forEach(c -> c.getElement().setAttribute("scope", "col"));
        for (ReviewPhase phase : phases) {
            NativeTableRow row = table.getBody().addRow();
            row.addHeaderCell().setText(phaseName(phase));
            row.getHeaderCells().forEach(c -> c.getElement().setAttribute("scope", "row"));
            row.addDataCell().setText(Long.toString(current.finished(phase, week)));
            previous.ifPresent(p -> row.addDataCell().setText(p.phases().contains(phase)
                    ? Long.toString(p.finished(phase, week)) : "–"));
        }
        if (previous.isEmpty()) {
            add(new Paragraph(getTranslation("monitoring.completion.noPrevious", current.year() - 1)));
        }
        Div row = new Div(chart, table);
        row.addClassName("monitoring-chart-row");
        add(row);
    }

    private String phaseName(ReviewPhase phase) {
        return getTranslation("myReviews.phase." + phase.name());
    }
}
