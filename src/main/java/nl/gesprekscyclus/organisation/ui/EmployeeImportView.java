package nl.gesprekscyclus.organisation.ui;

import nl.gesprekscyclus.base.ui.ConfirmDialogs;
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
import java.util.stream.Collectors;
import nl.gesprekscyclus.base.ui.ErrorNotifications;
import nl.gesprekscyclus.base.ui.MainLayout;
import nl.gesprekscyclus.base.ui.VaadinTexts;
import nl.gesprekscyclus.organisation.EmployeeImportService;
import nl.gesprekscyclus.organisation.ImportReport;
import nl.gesprekscyclus.security.Roles;

/**
 * "Medewerkers importeren": upload an HR-system export, see per row what would happen and what is wrong,
 * and import only when every row is right. Nothing is ever partially imported.
 */
@Route(value = "beheer/import", layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
public class EmployeeImportView extends Main implements HasDynamicTitle {

    static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    private final EmployeeImportService service;
    final Paragraph summary = new Paragraph();
    final Div fileProblems = new Div();
    final Grid<ImportReport.RowReport> rows = new Grid<>();
    final Button importButton = new Button();
    final Div result = new Div();
    private byte[] content;
    private String fileName;

    public EmployeeImportView(EmployeeImportService service) {
        this.service = service;
        addClassName("page");
        add(new H1(getPageTitle()));
        add(new Paragraph(getTranslation("import.intro")));
        Code columns = new Code("personeelsnummer;voornaam;tussenvoegsel;achternaam;email;functie;cluster;"
                + "leidinggevende;coordinator;datum_in_dienst;actief");
        columns.getElement().setAttribute("tabindex", "0"); // it scrolls sideways on narrow screens: keyboard too
        Div format = new Div(new Paragraph(getTranslation("import.format")), columns,
                new Paragraph(getTranslation("import.formatDetails")));
        format.addClassName("import-format");
        add(format);

        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) ->
                ui.access(() -> fileReceived(metadata.fileName(), data))));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        VaadinTexts.upload(upload, getLocale());
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("import.drop")));
        upload.setUploadButton(new Button(getTranslation("import.choose")));
        upload.addFileRejectedListener(e -> ErrorNotifications.error(getTranslation("import.rejected",
                MAX_FILE_BYTES / 1024 / 1024)));
        add(upload);

        summary.addClassName("import-summary");
        fileProblems.addClassName("import-file-problems");
        rows.addColumn(ImportReport.RowReport::line).setHeader(getTranslation("import.line")).setAutoWidth(true);
        rows.addColumn(ImportReport.RowReport::personnelNumber).setHeader(getTranslation("employee.personnelNumber"))
                .setAutoWidth(true);
        rows.addColumn(ImportReport.RowReport::name).setHeader(getTranslation("employee.name"));
        rows.addColumn(r -> getTranslation("import.action." + r.action().name())).setHeader(getTranslation("import.action"))
                .setAutoWidth(true);
        rows.addColumn(r -> r.violations().stream()
                .map(v -> getTranslation("import.field." + v.field()) + ": " + v.message(getLocale()))
                .collect(Collectors.joining("; "))).setHeader(getTranslation("import.problems")).setFlexGrow(3);
        rows.setClassNameGenerator(r -> r.ok() ? null : "row-error");
        rows.setAriaLabel(getTranslation("import.rows"));
        rows.setVisible(false);
        rows.setHeight("50vh");

        importButton.setText(getTranslation("import.apply"));
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(e -> confirmImport());
        result.addClassName("import-result");
        result.add(new H2(getTranslation("import.result")), summary, fileProblems, importButton, rows);
        result.setVisible(false); // nothing to show until a file has been checked
        add(result);
    }

    /** Checks an uploaded file and shows the report; imports nothing yet. */
    void fileReceived(String name, byte[] data) {
        this.fileName = name;
        this.content = data;
        show(service.check(data), false);
    }

    private void show(ImportReport report, boolean afterImport) {
        result.setVisible(true);
        fileProblems.removeAll();
        report.fileProblems().forEach(p -> fileProblems.add(new Paragraph(p.message(getLocale()))));
        rows.setItems(report.rows());
        rows.setVisible(!report.rows().isEmpty());
        if (!report.fileProblems().isEmpty()) {
            summary.setText(getTranslation("import.summaryFileProblem", fileName));
        } else if (afterImport) {
            summary.setText(getTranslation("import.summaryApplied", report.count(ImportReport.Action.NEW),
                    report.count(ImportReport.Action.UPDATE), report.count(ImportReport.Action.UNCHANGED)));
        } else {
            summary.setText(getTranslation("import.summaryChecked", fileName, report.rows().size(),
                    report.count(ImportReport.Action.NEW), report.count(ImportReport.Action.UPDATE),
                    report.count(ImportReport.Action.UNCHANGED), report.rowsWithErrors()));
        }
        if (!report.ignoredColumns().isEmpty()) {
            fileProblems.add(new Paragraph(getTranslation("import.ignoredColumns",
                    String.join(", ", report.ignoredColumns()))));
        }
        importButton.setEnabled(!afterImport && !report.hasErrors() && !report.rows().isEmpty());
    }

    private void confirmImport() {
        if (content == null) {
            return;
        }
        ImportReport check = service.check(content);
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("import.confirmTitle"),
                getTranslation("import.confirmText", check.count(ImportReport.Action.NEW),
                        check.count(ImportReport.Action.UPDATE)),
                getTranslation("import.apply"), e -> applyImport());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        ConfirmDialogs.modal(confirm).open();
    }

    /** Imports the checked file (all rows or none). */
    void applyImport() {
        ImportReport report = service.importEmployees(content);
        show(report, report.applied());
        if (report.applied()) {
            ErrorNotifications.success(getTranslation("import.done", report.rows().size()));
            content = null;
        } else {
            ErrorNotifications.error(getTranslation("import.notApplied"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }
}
