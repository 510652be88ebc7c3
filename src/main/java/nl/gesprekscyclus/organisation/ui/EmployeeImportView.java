package nl.gesprekscyclus.organisation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.base.ui.ConfirmDialogs;
import nl.gesprekscyclus.base.ui.ErrorNotifications;
import nl.gesprekscyclus.base.ui.MainLayout;
import nl.gesprekscyclus.base.ui.VaadinTexts;
import nl.gesprekscyclus.organisation.EmployeeImportService;
import nl.gesprekscyclus.organisation.ImportReport;
import nl.gesprekscyclus.security.Roles;

/**
 * "Medewerkers importeren": upload an HR-system export of the employees, a units file (the tree: code, name, the unit
 * above, manager, deputy, kind), or both; see per row of each what would happen and what is wrong, and import only
 * when every row of both is right, the units first. Nothing is ever partially imported.
 */
@Route(value = "beheer/import", layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
public class EmployeeImportView extends Main implements HasDynamicTitle {

    static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    private final EmployeeImportService service;
    final Paragraph summary = new Paragraph();
    final Div fileProblems = new Div();
    final Grid<ImportReport.RowReport> rows = new Grid<>();
    final Paragraph unitsSummary = new Paragraph();
    final Div unitFileProblems = new Div();
    final Grid<ImportReport.UnitRowReport> unitRows = new Grid<>();
    final Button importButton = new Button();
    final Div result = new Div();
    private byte[] content;
    private String fileName;
    private byte[] unitsContent;
    private String unitsFileName;

    public EmployeeImportView(EmployeeImportService service) {
        this.service = service;
        addClassName("page");
        add(new H1(getPageTitle()));
        add(new Paragraph(getTranslation("import.intro")));
        Code columns = new Code("personeelsnummer;voornaam;tussenvoegsel;achternaam;email;functie;eenheid;"
                + "leidinggevende;coordinator;datum_in_dienst;actief");
        columns.getElement().setAttribute("tabindex", "0"); // it scrolls sideways on narrow screens: keyboard too
        Div format = new Div(new Paragraph(getTranslation("import.format")), columns,
                new Paragraph(getTranslation("import.formatDetails")));
        format.addClassName("import-format");
        Code unitColumns = new Code("code;naam;bovenliggend;leidinggevende;plaatsvervanger;soort");
        unitColumns.getElement().setAttribute("tabindex", "0");
        Div unitFormat = new Div(new Paragraph(getTranslation("import.unitsFormat")), unitColumns,
                new Paragraph(getTranslation("import.unitsFormatDetails")));
        unitFormat.addClassName("import-format");

        UI ui = UI.getCurrent();
        add(format, upload(getTranslation("import.drop"), (name, data) -> ui.access(() -> fileReceived(name, data))),
                unitFormat, upload(getTranslation("import.dropUnits"),
                        (name, data) -> ui.access(() -> unitsReceived(name, data))));

        summary.addClassName("import-summary");
        fileProblems.addClassName("import-file-problems");
        rows.addColumn(ImportReport.RowReport::line).setHeader(getTranslation("import.line")).setAutoWidth(true);
        rows.addColumn(ImportReport.RowReport::personnelNumber).setHeader(getTranslation("employee.personnelNumber"))
                .setAutoWidth(true);
        rows.addColumn(ImportReport.RowReport::name).setHeader(getTranslation("employee.name"));
        rows.addColumn(r -> getTranslation("import.action." + r.action().name())).setHeader(getTranslation("import.action"))
                .setAutoWidth(true);
        rows.addColumn(r -> problems(r.violations())).setHeader(getTranslation("import.problems")).setFlexGrow(3);
        rows.setClassNameGenerator(r -> r.ok() ? null : "row-error");
        rows.setAriaLabel(getTranslation("import.rows"));
        rows.setVisible(false);
        rows.setHeight("50vh");

        unitsSummary.addClassName("import-summary");
        unitFileProblems.addClassName("import-file-problems");
        unitRows.addColumn(ImportReport.UnitRowReport::line).setHeader(getTranslation("import.line")).setAutoWidth(true);
        unitRows.addColumn(ImportReport.UnitRowReport::code).setHeader(getTranslation("unit.code")).setAutoWidth(true);
        unitRows.addColumn(ImportReport.UnitRowReport::name).setHeader(getTranslation("unit.name"));
        unitRows.addColumn(r -> getTranslation("import.action." + r.action().name()))
                .setHeader(getTranslation("import.action")).setAutoWidth(true);
        unitRows.addColumn(r -> problems(r.violations())).setHeader(getTranslation("import.problems")).setFlexGrow(3);
        unitRows.setClassNameGenerator(r -> r.ok() ? null : "row-error");
        unitRows.setAriaLabel(getTranslation("import.unitRows"));
        unitRows.setVisible(false);
        unitRows.setAllRowsVisible(true);

        importButton.setText(getTranslation("import.apply"));
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(e -> confirmImport());
        result.addClassName("import-result");
        result.add(new H2(getTranslation("import.result")), unitsSummary, unitFileProblems, unitRows, summary,
                fileProblems, importButton, rows);
        result.setVisible(false); // nothing to show until a file has been checked
        add(result);
    }

    private Upload upload(String dropLabel, BiConsumer<String, byte[]> received) {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> received.accept(metadata.fileName(), data)));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        VaadinTexts.upload(upload, getLocale());
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(dropLabel));
        upload.setUploadButton(new Button(getTranslation("import.choose")));
        upload.addFileRejectedListener(e -> ErrorNotifications.error(getTranslation("import.rejected",
                MAX_FILE_BYTES / 1024 / 1024)));
        return upload;
    }

    private String problems(List<Violation> violations) {
        return violations.stream().map(v -> getTranslation("import.field." + v.field()) + ": " + v.message(getLocale()))
                .collect(Collectors.joining("; "));
    }

    /** Checks an uploaded employees file (with the units file, if one was uploaded) and shows the report. */
    void fileReceived(String name, byte[] data) {
        this.fileName = name;
        this.content = data;
        show(service.check(unitsContent, content), false);
    }

    /** Checks an uploaded units file (with the employees file, if one was uploaded) and shows the report. */
    void unitsReceived(String name, byte[] data) {
        this.unitsFileName = name;
        this.unitsContent = data;
        show(service.check(unitsContent, content), false);
    }

    private void show(ImportReport report, boolean afterImport) {
        result.setVisible(true);
        unitRows.setItems(report.unitRows());
        unitRows.setVisible(!report.unitRows().isEmpty());
        summarise(unitsSummary, unitFileProblems, report.unitFileProblems(), unitsFileName, afterImport,
                unitsContent != null || afterImport && !report.unitRows().isEmpty(), "import.unitsSummaryApplied",
                report.unitRows().size(), report.unitRows().stream().filter(r -> !r.ok()).count(),
                report::unitCount);
        rows.setItems(report.rows());
        rows.setVisible(!report.rows().isEmpty());
        summarise(summary, fileProblems, report.fileProblems(), fileName, afterImport,
                content != null || afterImport && !report.rows().isEmpty(), "import.summaryApplied",
                report.rows().size(), report.rows().stream().filter(r -> !r.ok()).count(), report::count);
        if (!report.ignoredColumns().isEmpty()) {
            fileProblems.add(new Paragraph(getTranslation("import.ignoredColumns",
                    String.join(", ", report.ignoredColumns()))));
        }
        importButton.setEnabled(!afterImport && !report.hasErrors()
                && (!report.rows().isEmpty() || !report.unitRows().isEmpty()));
    }

    private void confirmImport() {
        if (content == null && unitsContent == null) {
            return;
        }
        ImportReport check = service.check(unitsContent, content);
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("import.confirmTitle"),
                getTranslation("import.confirmText", check.count(ImportReport.Action.NEW),
                        check.count(ImportReport.Action.UPDATE)) + (unitsContent == null ? ""
                        : " " + getTranslation("import.confirmUnits", check.unitCount(ImportReport.Action.NEW),
                                check.unitCount(ImportReport.Action.UPDATE))),
                getTranslation("import.apply"), e -> applyImport());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        ConfirmDialogs.modal(confirm).open();
    }

    /** The summary line and file problems of one of the two files. */
    private void summarise(Paragraph line, Div problems, List<Violation> fileLevel,
            String name, boolean afterImport, boolean visible, String appliedKey, int rowCount, long withErrors,
            ToLongFunction<ImportReport.Action> count) {
        problems.removeAll();
        fileLevel.forEach(p -> problems.add(new Paragraph(p.message(getLocale()))));
        line.setVisible(visible);
        if (!fileLevel.isEmpty()) {
            line.setText(getTranslation("import.summaryFileProblem", name));
        } else if (afterImport) {
            line.setText(getTranslation(appliedKey, count.applyAsLong(ImportReport.Action.NEW),
                    count.applyAsLong(ImportReport.Action.UPDATE), count.applyAsLong(ImportReport.Action.UNCHANGED)));
        } else {
            line.setText(getTranslation("import.summaryChecked", name, rowCount, count.applyAsLong(ImportReport.Action.NEW),
                    count.applyAsLong(ImportReport.Action.UPDATE), count.applyAsLong(ImportReport.Action.UNCHANGED),
                    withErrors));
        }
    }

    /** Imports the checked files (all rows of both or none). */
    void applyImport() {
        ImportReport report = service.importOrganisation(unitsContent, content);
        show(report, report.applied());
        if (report.applied()) {
            ErrorNotifications.success(getTranslation("import.done", report.rows().size() + report.unitRows().size()));
            content = null;
            unitsContent = null;
        } else {
            ErrorNotifications.error(getTranslation("import.notApplied"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }
}
