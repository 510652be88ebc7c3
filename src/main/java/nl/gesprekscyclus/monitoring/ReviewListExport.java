package nl.gesprekscyclus.monitoring;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.gesprekscyclus.base.DutchCsv;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The drill-down list as a file for HR: CSV (semicolon, UTF-8 with BOM, as Dutch Excel opens it) or an Excel
 * workbook. Read page by page, so a list of thousands is never held at once. Status only, like the screen.
 */
@Component
public class ReviewListExport {

    private static final int PAGE = 500;

    private final MonitoringService monitoring;
    private final int pageSize;

    @Autowired
    ReviewListExport(MonitoringService monitoring) {
        this(monitoring, PAGE);
    }

    /** With pages of another size (the tests: a few lines per page). */
    ReviewListExport(MonitoringService monitoring, int pageSize) {
        this.monitoring = monitoring;
        this.pageSize = pageSize;
    }

    /** The words of the file: the column headings and the names of phases, tasks and statuses. */
    public interface Labels {
        String text(String key);
    }

    public void csv(DrillDown drillDown, Labels labels, ZoneId zone, OutputStream out) {
        DutchCsv csv = DutchCsv.open(out);
        csv.row(headings(labels));
        // names come from the HR system's file and the admin's form: DutchCsv neutralises every cell
        each(drillDown, row -> csv.row(values(row, labels, zone)));
        csv.flush();
    }

    public void excel(DrillDown drillDown, Labels labels, ZoneId zone, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Gesprekscyclus", "1.0");
            Worksheet sheet = workbook.newWorksheet(labels.text("monitoring.export.sheet"));
            List<String> headings = headings(labels);
            for (int c = 0; c < headings.size(); c++) {
                sheet.value(0, c, headings.get(c));
                sheet.style(0, c).bold().set();
            }
            int[] r = {1};
            each(drillDown, row -> {
                List<String> values = values(row, labels, zone);
                for (int c = 0; c < values.size(); c++) {
                    sheet.value(r[0], c, values.get(c));
                }
                r[0]++;
            });
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every line of the drill-down in order, a page at a time: each page after the last line of the one before
     * (keyset), so the database never skips the lines already written (by {@code OFFSET} the whole list cost time
     * quadratic in its length).
     */
    private void each(DrillDown drillDown, Consumer<MonitoredReview> action) {
        List<MonitoredReview> page = monitoring.reviews(drillDown, 0, pageSize);
        while (true) {
            page.forEach(action);
            if (page.size() < pageSize) {
                return;
            }
            page = monitoring.reviewsAfter(drillDown, page.get(page.size() - 1), 0, pageSize);
        }
    }

    private static List<String> headings(Labels labels) {
        return List.of("personnelNumber", "employee", "unit", "phase", "status", "task", "assignee", "due",
                "overdue").stream().map(k -> labels.text("monitoring.column." + k)).toList();
    }

    private static List<String> values(MonitoredReview r, Labels labels, ZoneId zone) {
        Function<Object, String> orEmpty = o -> o == null ? "" : o.toString();
        return List.of(r.personnelNumber(), r.employeeName(), orEmpty.apply(r.unitName()),
                labels.text("myReviews.phase." + r.phase().name()),
                labels.text("monitoring.status." + r.status().name()),
                r.currentTask() == null ? "" : labels.text("task." + r.currentTask().name()),
                r.currentTask() == null ? "" : r.assigneeName() == null ? labels.text("monitoring.assignee.hr")
                        : r.assigneeName(),
                r.due() == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.withZone(zone).format(r.due()),
                labels.text(r.overdue() ? "monitoring.export.yes" : "monitoring.export.no"));
    }
}
