package nl.gesprekscyclus.orreport;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.gesprekscyclus.base.DutchCsv;
import nl.gesprekscyclus.base.i18n.Messages;
import nl.gesprekscyclus.document.DocumentPdf;
import org.springframework.stereotype.Component;

/**
 * The report for the ondernemingsraad as a file: CSV (as Dutch Excel opens it, every cell through
 * {@link DutchCsv}) or PDF (the application's fonts, {@link DocumentPdf}). Exactly the report as the screen shows
 * it, suppressed cells as "–" with the note that explains them; each download is recorded in the audit trail
 * by {@link OrReportService#recordDownload}, whose role check it passes through.
 */
@Component
public class OrReportExport {

    private final OrReportService service;
    private final DocumentPdf pdf;
    private final Clock clock;

    OrReportExport(OrReportService service, DocumentPdf pdf, Clock clock) {
        this.service = service;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** One table per section, separated by an empty line; the note last. */
    public void csv(OrReport report, Locale locale, OutputStream out) {
        service.recordDownload(report, "csv");
        DutchCsv csv = DutchCsv.open(out);
        csv.row(List.of(Messages.get(locale, "orReport.pdf.title", report.year())));
        for (OrReport.Section section : report.sections()) {
            csv.row(List.of());
            csv.row(List.of(section.title()));
            csv.row(headings(report, section, locale));
            for (OrReport.Row row : section.rows()) {
                csv.row(cells(row.label(), row, locale));
            }
            csv.row(cells(Messages.get(locale, "orReport.row.total"), section.total(), locale));
        }
        csv.row(List.of());
        csv.row(List.of(Messages.get(locale, "orReport.suppressionNote", report.minimumGroupSize())));
        if (report.level() != null) {
            csv.row(List.of(Messages.get(locale, "orReport.levelNote")));
        }
        csv.flush();
    }

    public byte[] pdf(OrReport report, Locale locale) {
        service.recordDownload(report, "pdf");
        StringBuilder h = new StringBuilder(16 * 1024);
        String title = Messages.get(locale, "orReport.pdf.title", report.year());
        h.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(Messages.supported(locale).getLanguage()).append("\"><head><meta charset=\"UTF-8\"/><title>")
                .append(DocumentPdf.escape(title)).append("</title><style>")
                .append("@page { size: A4 landscape; margin: 15mm; }")
                .append("body { font-family: 'DejaVu Sans'; font-size: 8.5pt; }")
                .append("table { border-collapse: collapse; width: 100%; margin-bottom: 8mm; }")
                .append("th, td { border: 0.5pt solid #888; padding: 2pt 4pt; }")
                .append("td.n { text-align: right; } tr.total td, tr.total th { font-weight: bold; }")
                .append("th { background: #eee; text-align: left; vertical-align: bottom; }")
                .append("</style></head><body>");
        h.append("<h1>").append(DocumentPdf.escape(title)).append("</h1><p>")
                .append(DocumentPdf.escape(Messages.get(locale, "orReport.pdf.made",
                        LocalDate.now(clock).format(DateTimeFormatter.ofPattern("dd-MM-yyyy")))))
                .append("</p>");
        for (OrReport.Section section : report.sections()) {
            h.append("<h2>").append(DocumentPdf.escape(section.title())).append("</h2><table><thead><tr>");
            for (String heading : headings(report, section, locale)) {
                h.append("<th scope=\"col\">").append(DocumentPdf.escape(heading)).append("</th>");
            }
            h.append("</tr></thead><tbody>");
            for (OrReport.Row row : section.rows()) {
                pdfRow(h, "\u00a0\u00a0".repeat(row.depth()) + row.label(), row, "", locale);
            }
            pdfRow(h, Messages.get(locale, "orReport.row.total"), section.total(), " class=\"total\"", locale);
            h.append("</tbody></table>");
        }
        h.append("<p>").append(DocumentPdf.escape(Messages.get(locale, "orReport.suppressionNote",
                report.minimumGroupSize()))).append("</p>");
        if (report.level() != null) {
            h.append("<p>").append(DocumentPdf.escape(Messages.get(locale, "orReport.levelNote"))).append("</p>");
        }
        h.append("</body></html>");
        return pdf.render(h.toString());
    }

    private static void pdfRow(StringBuilder h, String label, OrReport.Row row, String rowClass, Locale locale) {
        h.append("<tr").append(rowClass).append("><th scope=\"row\">").append(DocumentPdf.escape(label))
                .append("</th>");
        for (Long value : row.cells()) {
            h.append("<td class=\"n\">").append(DocumentPdf.escape(cell(value, locale))).append("</td>");
        }
        h.append("</tr>");
    }

    private static List<String> headings(OrReport report, OrReport.Section section, Locale locale) {
        List<String> headings = new ArrayList<>();
        headings.add(section.key().equals("units") ? Messages.get(locale, "orReport.column.unit") : section.title());
        report.columns().forEach(c -> headings.add(c.label()));
        return headings;
    }

    private static List<String> cells(String label, OrReport.Row row, Locale locale) {
        List<String> cells = new ArrayList<>();
        cells.add(label);
        row.cells().forEach(v -> cells.add(cell(v, locale)));
        return cells;
    }

    /** A count, or the mark of a suppressed cell. */
    public static String cell(Long value, Locale locale) {
        return value == null ? Messages.get(locale, "orReport.suppressed") : value.toString();
    }
}
