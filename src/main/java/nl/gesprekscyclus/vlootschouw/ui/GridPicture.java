package nl.gesprekscyclus.vlootschouw.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.gesprekscyclus.cycle.VlootschouwGrid;
import nl.gesprekscyclus.cycle.VlootschouwGrid.Cell;
import nl.gesprekscyclus.cycle.VlootschouwGrid.Step;

/**
 * The vlootschouw grid as SVG text, drawn on the server (no JavaScript chart library): prestatie from left to right,
 * potentieel from bottom to top, as the HR3P matrix is drawn. Each cell is a link with its name, its steps and the
 * number of people in words (aria-label), so a keyboard or screen reader reaches it like any link; the count is
 * written in the cell, never told by colour alone. The table next to it carries the same figures as text.
 */
final class GridPicture {

    static final int CELL_W = 150;
    static final int CELL_H = 84;
    static final int LEFT = 150;
    static final int TOP = 36;
    static final int BOTTOM = 56;

    private GridPicture() {
    }

    /** The words the picture needs, in the screen's language. */
    record Labels(String title, String description, String performanceAxis, String potentialAxis,
            Function<Cell, String> cellLabel) {
    }

    /**
     * @param counts   people per cell, by {@link #key}
     * @param href     the address that lists a cell's people
     * @param selected the cell whose list is shown, or null
     */
    static String svg(VlootschouwGrid grid, Map<String, Long> counts, Function<Cell, String> href, Cell selected,
            Labels labels) {
        List<Step> columns = grid.performance();
        List<Step> rows = grid.potential();
        int width = LEFT + columns.size() * CELL_W + 10;
        int height = TOP + rows.size() * CELL_H + BOTTOM;
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\""
                + " width=\"100%%\" style=\"max-width:%dpx\" role=\"group\" aria-labelledby=\"vlootschouw-svg-title\""
                + " font-family=\"sans-serif\">", width, height, width));
        out.append("<title id=\"vlootschouw-svg-title\">").append(escape(labels.title())).append("</title>");
        out.append("<desc>").append(escape(labels.description())).append("</desc>");
        text(out, LEFT + columns.size() * CELL_W / 2.0, height - 8, labels.performanceAxis(), "middle", 14, true);
        text(out, 8, TOP - 14, labels.potentialAxis(), "start", 14, true);
        for (int r = 0; r < rows.size(); r++) {
            // the highest potential on top
            Step potential = rows.get(rows.size() - 1 - r);
            double y = TOP + r * CELL_H;
            text(out, LEFT - 8, y + CELL_H / 2.0 + 5, potential.label(), "end", 12, false);
            for (int c = 0; c < columns.size(); c++) {
                Step performance = columns.get(c);
                Cell cell = grid.cell(performance.code(), potential.code()).orElseThrow();
                double x = LEFT + c * CELL_W;
                long count = counts.getOrDefault(key(cell), 0L);
                boolean isSelected = cell.equals(selected);
                out.append("<a href=\"").append(escape(href.apply(cell))).append("\" aria-label=\"")
                        .append(escape(labels.cellLabel().apply(cell))).append('"')
                        .append(isSelected ? " aria-current=\"true\"" : "").append('>');
                out.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%d\""
                        + " fill=\"%s\" stroke=\"#1f2937\" stroke-width=\"%d\"/>", x, y, CELL_W, CELL_H,
                        isSelected ? "#bfdbfe" : fill(c, columns.size(), rows.size() - 1 - r, rows.size()),
                        isSelected ? 3 : 1));
                text(out, x + CELL_W / 2.0, y + 24, cell.name(), "middle", 13, false);
                text(out, x + CELL_W / 2.0, y + 58, Long.toString(count), "middle", 24, true);
                out.append("</a>");
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            text(out, LEFT + c * CELL_W + CELL_W / 2.0, TOP + rows.size() * CELL_H + 18, columns.get(c).label(),
                    "middle", 12, false);
        }
        return out.append("</svg>").toString();
    }

    /** How a cell is known in the counts and in the address. */
    static String key(Cell cell) {
        return cell.performance() + "|" + cell.potential();
    }

    /** Light tints towards the top right (high performance and potential); the text stays dark on all of them. */
    private static String fill(int column, int columns, int row, int rows) {
        double high = (column / (double) Math.max(1, columns - 1) + row / (double) Math.max(1, rows - 1)) / 2;
        return high >= 0.75 ? "#dcfce7" : high >= 0.5 ? "#ecfccb" : high >= 0.25 ? "#fef9c3" : "#fee2e2";
    }

    private static void text(StringBuilder out, double x, double y, String text, String anchor, int size,
            boolean bold) {
        out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" fill=\"#111827\""
                + " font-size=\"%d\"%s>%s</text>", x, y, anchor, size, bold ? " font-weight=\"bold\"" : "",
                escape(text)));
    }

    static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
