package nl.gesprekscyclus.monitoring.ui;

import nl.gesprekscyclus.base.ui.ConfirmDialogs;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import nl.gesprekscyclus.base.ui.ErrorNotifications;
import nl.gesprekscyclus.monitoring.DrillDown;
import nl.gesprekscyclus.monitoring.DrillDownPager;
import nl.gesprekscyclus.monitoring.MonitoredReview;
import nl.gesprekscyclus.monitoring.MonitoringService;
import nl.gesprekscyclus.monitoring.ReviewListExport;
import nl.gesprekscyclus.review.DossierOpenings;
import org.springframework.security.access.AccessDeniedException;

/**
 * The reviews behind a figure, paged from the database as the list scrolls: whose review, status, open task,
 * who has it and until when. Status only. HR selects overdue lines to remind the people concerned, exports
 * the list, or opens one dossier with a reason.
 */
class DrillDownPanel extends Section {

    final Grid<MonitoredReview> grid = new Grid<>();
    final Button remind = new Button();
    final Button openDossier = new Button();
    final Anchor csv;
    final Anchor excel;
    /** The last dossier dialog opened, for the tests. */
    DossierOpeningDialog dossierDialog;

    private final DrillDown drillDown;
    private final MonitoringService monitoring;
    private final DossierOpenings openings;

    DrillDownPanel(DrillDown drillDown, String title, MonitoringService monitoring, ReviewListExport export,
            DossierOpenings openings, ZoneId zone) {
        this.drillDown = drillDown;
        this.monitoring = monitoring;
        this.openings = openings;
        addClassName("monitoring-drilldown");
        long total = monitoring.count(drillDown);
        H2 heading = new H2(getTranslation("monitoring.drill.heading", title, total));
        heading.setId("monitoring-drill-heading");
        heading.getElement().setAttribute("tabindex", "-1");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        add(heading);

        DateTimeFormatter dates = DateTimeFormatter.ofPattern(getTranslation("tasks.datePattern"), getLocale())
                .withZone(zone);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("monitoring.drill.gridLabel", title));
        grid.addColumn(MonitoredReview::employeeName).setHeader(getTranslation("monitoring.column.employee"))
                .setFlexGrow(2);
        grid.addColumn(MonitoredReview::personnelNumber).setHeader(getTranslation("monitoring.column.personnelNumber"))
                .setFlexGrow(1);
        grid.addColumn(MonitoredReview::unitName).setHeader(getTranslation("monitoring.column.unit"))
                .setFlexGrow(1);
        grid.addColumn(r -> getTranslation("myReviews.phase." + r.phase().name()))
                .setHeader(getTranslation("monitoring.column.phase")).setFlexGrow(1);
        grid.addColumn(r -> getTranslation("monitoring.status." + r.status().name()))
                .setHeader(getTranslation("monitoring.column.status")).setFlexGrow(1);
        grid.addColumn(r -> r.currentTask() == null ? "" : getTranslation("task." + r.currentTask().name()))
                .setHeader(getTranslation("monitoring.column.task")).setFlexGrow(1);
        grid.addColumn(r -> r.currentTask() == null ? "" : r.assigneeName() == null
                ? getTranslation("monitoring.assignee.hr") : r.assigneeName())
                .setHeader(getTranslation("monitoring.column.assignee")).setFlexGrow(1);
        grid.addComponentColumn(r -> due(r, dates)).setHeader(getTranslation("monitoring.column.due"))
                .setFlexGrow(1);
        // read as the list scrolls: after the last line seen, from the end for the back half (DrillDownPager)
        DrillDownPager pager = new DrillDownPager(monitoring);
        grid.setItems(query -> pager.page(drillDown, query.getOffset(), query.getLimit()).stream(),
                query -> (int) pager.count(drillDown));
        grid.setAllRowsVisible(false);
        grid.setHeight("28rem");
        grid.addSelectionListener(e -> updateActions());

        remind.setText(getTranslation("monitoring.remind"));
        remind.setIcon(VaadinIcon.BELL.create());
        remind.addClickListener(e -> confirmRemind());
        openDossier.setText(getTranslation("monitoring.dossier.button"));
        openDossier.setIcon(VaadinIcon.FOLDER_OPEN.create());
        openDossier.addClickListener(e -> openDossier());
        ReviewListExport.Labels labels = this::getTranslation;
        csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            export.csv(drillDown, labels, zone, out);
            return new com.vaadin.flow.server.streams.DownloadResponse(
                    new java.io.ByteArrayInputStream(out.toByteArray()), "voortgang.csv", "text/csv", out.size());
        }), getTranslation("monitoring.export.csv"));
        excel = new Anchor(DownloadHandler.fromInputStream(event -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            export.excel(drillDown, labels, zone, out);
            return new com.vaadin.flow.server.streams.DownloadResponse(
                    new java.io.ByteArrayInputStream(out.toByteArray()), "voortgang.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.size());
        }), getTranslation("monitoring.export.excel"));
        csv.getElement().setAttribute("download", true);
        excel.getElement().setAttribute("download", true);
        Div actions = new Div(remind, openDossier, csv, excel);
        actions.addClassName("monitoring-actions");
        add(actions, grid);
        updateActions();
    }

    private Span due(MonitoredReview r, DateTimeFormatter dates) {
        Span due = new Span(r.due() == null ? "" : dates.format(r.due()));
        if (r.overdue() && r.currentTask() != null) {
            Span late = new Span(getTranslation("tasks.overdue"));
            late.getElement().getThemeList().add("badge error");
            late.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
            due.add(late);
        }
        return due;
    }

    private void updateActions() {
        Set<MonitoredReview> selected = grid.getSelectedItems();
        openDossier.setEnabled(selected.size() == 1);
    }

    void confirmRemind() {
        List<MonitoredReview> overdue = grid.getSelectedItems().stream().filter(MonitoredReview::overdue).toList();
        if (overdue.isEmpty()) {
            ErrorNotifications.error(getTranslation("monitoring.remind.noneSelected"));
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("monitoring.remind.confirmTitle"),
                getTranslation("monitoring.remind.confirmText", overdue.size()), getTranslation("monitoring.remind"),
                e -> remind(overdue));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        ConfirmDialogs.modal(confirm).open();
    }

    void remind(List<MonitoredReview> overdue) {
        try {
            int sent = monitoring.remindOverdue(overdue.stream().map(MonitoredReview::reviewId).toList());
            ErrorNotifications.success(getTranslation("monitoring.remind.sent", sent));
            grid.deselectAll();
        } catch (AccessDeniedException ex) {
            ErrorNotifications.error(getTranslation("monitoring.error.noAccess"));
        }
    }

    void openDossier() {
        grid.getSelectedItems().stream().findFirst().ifPresent(review -> {
            dossierDialog = new DossierOpeningDialog(review, openings);
            dossierDialog.open();
        });
    }

    DrillDown drillDown() {
        return drillDown;
    }
}
