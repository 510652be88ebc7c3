package nl.gesprekscyclus.auditsearch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import nl.gesprekscyclus.audit.AuditEntry;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.base.DutchCsv;
import nl.gesprekscyclus.security.Roles;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * The filtered audit trail as a file: CSV (semicolon, UTF-8 with BOM, as Dutch Excel opens it) or an Excel
 * workbook, read page by page. Taking the trail out of the application is itself recorded, with the filter and
 * the number of entries.
 */
@Component
public class AuditExport {

    static final List<String> COLUMNS = List.of("id", "occurredAt", "actor", "action", "record", "subject",
            "outcome", "remoteAddress", "detail");
    private static final int PAGE = 500;

    private final AuditSearch search;
    private final AuditTrail audit;

    AuditExport(AuditSearch search, AuditTrail audit) {
        this.search = search;
        this.audit = audit;
    }

    /** The column headings of the file, in the reader's language. */
    public interface Labels {
        String heading(String column);
    }

    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.HR + "')")
    public void csv(AuditQuery query, Labels labels, ZoneId zone, OutputStream out) {
        DutchCsv csv = DutchCsv.open(out);
        csv.row(COLUMNS.stream().map(labels::heading).toList());
        // actors, records and details can hold what someone typed (a username at a failed login): neutralised
        int rows = each(query, entry -> csv.row(values(entry, zone)));
        csv.flush();
        recordExport("csv", query, rows);
    }

    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.HR + "')")
    public void excel(AuditQuery query, Labels labels, ZoneId zone, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Gesprekscyclus", "1.0");
            Worksheet sheet = workbook.newWorksheet("Audit");
            for (int c = 0; c < COLUMNS.size(); c++) {
                sheet.value(0, c, labels.heading(COLUMNS.get(c)));
                sheet.style(0, c).bold().set();
            }
            int[] r = {1};
            int rows = each(query, entry -> {
                List<String> values = values(entry, zone);
                for (int c = 0; c < values.size(); c++) {
                    sheet.value(r[0], c, values.get(c));
                }
                r[0]++;
            });
            workbook.finish();
            recordExport("excel", query, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void recordExport(String format, AuditQuery query, int rows) {
        audit.record("audit.export", "audit trail", null, AuditTrail.SUCCESS,
                format + ", " + rows + " entries, " + query.describe());
    }

    private int each(AuditQuery query, Consumer<AuditEntry> action) {
        int rows = 0;
        for (int offset = 0;; offset += PAGE) {
            List<AuditEntry> page = search.page(query, offset, PAGE);
            page.forEach(action);
            rows += page.size();
            if (page.size() < PAGE) {
                return rows;
            }
        }
    }

    private static List<String> values(AuditEntry e, ZoneId zone) {
        return List.of(String.valueOf(e.id()),
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(e.occurredAt().atZone(zone)), e.actor(), e.action(),
                orEmpty(e.record()), orEmpty(e.subjectEmployeeId()), e.outcome(), orEmpty(e.remoteAddress()),
                orEmpty(e.detail()));
    }

    private static String orEmpty(Object o) {
        return o == null ? "" : o.toString();
    }
}
