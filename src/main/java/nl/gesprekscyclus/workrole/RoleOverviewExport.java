package nl.gesprekscyclus.workrole;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import nl.gesprekscyclus.base.DutchCsv;
import nl.gesprekscyclus.workrole.RoleOverviewService.Change;
import nl.gesprekscyclus.workrole.RoleOverviewService.Filter;
import nl.gesprekscyclus.workrole.RoleOverviewService.Holder;
import nl.gesprekscyclus.workrole.RoleOverviewService.Person;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

/**
 * "Rollen in de organisatie" as a file, exactly what the filters show: CSV (semicolon, UTF-8 with BOM, as Dutch
 * Excel opens it; one list, the one on screen) or an Excel workbook with the four lists as four sheets. Read a page
 * at a time through {@link RoleOverviewService}, so it sees only what the viewer may see and never holds a
 * municipality at once; each export is recorded in the audit trail.
 */
@Component
public class RoleOverviewExport {

    private static final int PAGE = 500;

    private final RoleOverviewService overview;

    RoleOverviewExport(RoleOverviewService overview) {
        this.overview = overview;
    }

    /** The four lists of the screen, in its order; the key names the tab, the sheet and the file. */
    public enum Section {
        HOLDERS("holders"), VACANT("vacant"), WITHOUT_ROLE("withoutRole"), CHANGES("changes");

        private final String key;

        Section(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** The words of the file: the column headings and the names of statuses and kinds of change. */
    public interface Labels {
        String text(String key);
    }

    /** One list as CSV. Cells that a spreadsheet would read as a formula are neutralised. */
    public void csv(Section section, Filter filter, Labels labels, OutputStream out) {
        DutchCsv csv = DutchCsv.open(out);
        csv.row(headings(section, labels));
        // names come from the HR system's file and the admin's form: DutchCsv neutralises every cell
        long rows = each(section, filter, labels, csv::row);
        csv.flush();
        overview.recordExport(filter, "csv", section.key(), rows);
    }

    /** All four lists as sheets of one workbook (string cells: never a formula). */
    public void excel(Filter filter, Labels labels, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Gesprekscyclus", "1.0");
            long rows = 0;
            for (Section section : Section.values()) {
                Worksheet sheet = workbook.newWorksheet(labels.text("roleOverview.tab." + section.key()));
                List<String> headings = headings(section, labels);
                for (int c = 0; c < headings.size(); c++) {
                    sheet.value(0, c, headings.get(c));
                    sheet.style(0, c).bold().set();
                }
                int[] r = {1};
                rows += each(section, filter, labels, row -> {
                    for (int c = 0; c < row.size(); c++) {
                        sheet.value(r[0], c, row.get(c));
                    }
                    r[0]++;
                });
            }
            workbook.finish();
            overview.recordExport(filter, "xlsx", "all", rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hands each row of the list to the action, a page at a time; returns how many there were. */
    private long each(Section section, Filter filter, Labels labels, Consumer<List<String>> action) {
        if (section == Section.VACANT) {
            List<List<String>> rows = overview.vacantRoles(filter).stream().map(r -> List.of(r.name(), r.code()))
                    .toList();
            rows.forEach(action);
            return rows.size();
        }
        long count = 0;
        for (int offset = 0;; offset += PAGE) {
            List<List<String>> page = switch (section) {
                case HOLDERS -> overview.holders(filter, offset, PAGE).stream().map(h -> holder(h, labels)).toList();
                case WITHOUT_ROLE -> overview.withoutRole(filter, offset, PAGE).stream().map(RoleOverviewExport::person)
                        .toList();
                case CHANGES -> overview.changes(filter, offset, PAGE).stream().map(c -> change(c, labels)).toList();
                case VACANT -> throw new IllegalStateException("not paged");
            };
            page.forEach(action);
            count += page.size();
            if (page.size() < PAGE) {
                return count;
            }
        }
    }

    private static List<String> headings(Section section, Labels labels) {
        List<String> keys = switch (section) {
            case HOLDERS -> List.of("role", "personnelNumber", "employee", "unit", "from", "to", "share", "status");
            case VACANT -> List.of("role", "code");
            case WITHOUT_ROLE -> List.of("personnelNumber", "employee", "unit");
            case CHANGES -> List.of("day", "change", "role", "personnelNumber", "employee", "unit", "from", "to",
                    "status", "by");
        };
        return keys.stream().map(k -> labels.text("roleOverview.column." + k)).toList();
    }

    private static List<String> holder(Holder h, Labels labels) {
        return List.of(h.roleName(), h.personnelNumber(), h.name(), orEmpty(h.unitName()), day(h.from()),
                day(h.to()), h.sharePercent() == null ? "" : h.sharePercent().toString(),
                labels.text("roles.status." + h.status().name()));
    }

    private static List<String> person(Person p) {
        return List.of(p.personnelNumber(), p.name(), orEmpty(p.unitName()));
    }

    private static List<String> change(Change c, Labels labels) {
        return List.of(day(c.day()), labels.text("roleOverview.change." + c.kind().name()), c.roleName(),
                c.personnelNumber(), c.name(), orEmpty(c.unitName()), day(c.from()), day(c.to()),
                labels.text("roles.status." + c.status().name()), orEmpty(c.by()));
    }

    private static String day(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
