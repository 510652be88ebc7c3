package nl.gesprekscyclus.orreport.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.gesprekscyclus.base.ui.MainLayout;
import nl.gesprekscyclus.monitoring.MonitoringService;
import nl.gesprekscyclus.orreport.OrReport;
import nl.gesprekscyclus.orreport.OrReportExport;
import nl.gesprekscyclus.orreport.OrReportService;
import nl.gesprekscyclus.orreport.OrReportService.Level;
import nl.gesprekscyclus.security.Roles;

/**
 * "Rapportage OR" for HR: the yearly report for the ondernemingsraad, for a year and a level of the organisation,
 * one table per section (the units, and the breakdowns cycle.yaml asks for), suppressed cells as "–" with the note
 * that explains them, and the report as PDF and CSV to hand over. {@link OrReportService} makes and suppresses it;
 * this screen shows what it gets.
 */
@Route(value = "or-rapportage", layout = MainLayout.class)
@RolesAllowed(Roles.HR)
public class OrReportView extends Main implements HasDynamicTitle {

    final Select<Integer> year = new Select<>();
    final Select<Level> level = new Select<>();
    final Div tables = new Div();
    final Paragraph note = new Paragraph();
    final Paragraph levelNote = new Paragraph();
    final Paragraph empty = new Paragraph();
    final Anchor pdf;
    final Anchor csv;
    final List<Grid<OrReport.Row>> grids = new ArrayList<>();

    private final OrReportService service;
    private OrReport report;

    public OrReportView(OrReportService service, OrReportExport export, MonitoringService monitoring) {
        this.service = service;
        addClassName("page");
        add(new H1(getPageTitle()), new Paragraph(getTranslation("orReport.intro")));

        year.setId("or-report-year");
        year.setLabel(getTranslation("orReport.filter.year"));
        // the years Voortgang offers (HR's too): every year that has a round
        List<Integer> years = monitoring.years();
        year.setItems(years);
        level.setId("or-report-level");
        level.setLabel(getTranslation("orReport.filter.level"));
        level.setItems(service.levels());
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption(getTranslation("orReport.filter.everyUnit"));
        level.setItemLabelGenerator(l -> l == null ? getTranslation("orReport.filter.everyUnit")
                : getTranslation("orReport.filter.level.option", l.depth() + 1, l.kinds()));
        Div filters = new Div(year, level);
        filters.getElement().setAttribute("role", "search");
        filters.getElement().setAttribute("aria-label", getTranslation("orReport.filter.level"));
        filters.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");

        pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = export.pdf(report, getLocale());
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName("pdf"), "application/pdf",
                    bytes.length);
        }), getTranslation("orReport.download.pdf"));
        csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            export.csv(report, getLocale(), out);
            return new DownloadResponse(new ByteArrayInputStream(out.toByteArray()), fileName("csv"), "text/csv",
                    out.size());
        }), getTranslation("orReport.download.csv"));
        pdf.setId("or-report-pdf");
        csv.setId("or-report-csv");
        pdf.getElement().setAttribute("download", true);
        csv.getElement().setAttribute("download", true);
        Div actions = new Div(pdf, csv);
        actions.addClassName("monitoring-actions");

        note.setId("or-report-note");
        levelNote.setId("or-report-level-note");
        empty.setId("or-report-empty");
        tables.setId("or-report-tables");
        add(filters, actions, empty, tables, note, levelNote);

        year.addValueChangeListener(e -> refresh());
        level.addValueChangeListener(e -> refresh());
        if (!years.isEmpty()) {
            year.setValue(years.get(0));
        } else {
            refresh();
        }
    }

    private String fileName(String extension) {
        return "rapportage-or-" + report.year() + "." + extension;
    }

    private void refresh() {
        tables.removeAll();
        grids.clear();
        Optional<OrReport> made = year.getValue() == null ? Optional.empty()
                : service.report(year.getValue(), level.getValue() == null ? null : level.getValue().depth(),
                        getLocale());
        report = made.orElse(null);
        boolean shown = report != null;
        pdf.setVisible(shown);
        csv.setVisible(shown);
        note.setVisible(shown);
        levelNote.setVisible(shown && report.level() != null);
        empty.setVisible(!shown);
        empty.setText(year.getValue() == null ? "" : getTranslation("orReport.noRound", year.getValue()));
        if (!shown) {
            return;
        }
        note.setText(getTranslation("orReport.suppressionNote", report.minimumGroupSize()));
        levelNote.setText(getTranslation("orReport.levelNote"));
        for (OrReport.Section section : report.sections()) {
            H2 title = new H2(section.title());
            Grid<OrReport.Row> grid = grid(section);
            title.setId("or-report-title-" + section.key());
            tables.add(title, grid);
        }
    }

    private Grid<OrReport.Row> grid(OrReport.Section section) {
        Grid<OrReport.Row> grid = new Grid<>();
        grid.setId("or-report-" + section.key());
        grid.addColumn(r -> r == section.total() ? getTranslation("orReport.row.total")
                : "\u00a0\u00a0".repeat(r.depth()) + r.label()).setKey("label")
                .setHeader(section.key().equals("units") ? getTranslation("orReport.column.unit") : section.title())
                // wide enough for "Cluster Beleid en Ontwikkeling" on one line (the browser walk showed it cut off)
                .setWidth("18em").setFlexGrow(1).setFrozen(true);
        for (int c = 0; c < report.columns().size(); c++) {
            int index = c;
            OrReport.Column column = report.columns().get(c);
            grid.addColumn(r -> OrReportExport.cell(r.cells().get(index), getLocale())).setKey(column.key())
                    .setHeader(column.label()).setTextAlign(ColumnTextAlign.END).setFlexGrow(0).setAutoWidth(true);
        }
        List<OrReport.Row> rows = new ArrayList<>(section.rows());
        rows.add(section.total());
        grid.setItems(rows);
        grid.setPartNameGenerator(r -> r == section.total() ? "total" : null);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grids.add(grid);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("orReport.title");
    }
}
