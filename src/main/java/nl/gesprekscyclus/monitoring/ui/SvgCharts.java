package nl.gesprekscyclus.monitoring.ui;

import java.util.List;
import java.util.Locale;

/**
 * The dashboard's charts as SVG text, drawn on the server (no JavaScript chart library, no npm). Each chart
 * is one {@code <svg role="img">} with a title and a description; the table next to it carries the same
 * figures as text. Colours come with a legend and the figures are written on the bars, so nothing is told by
 * colour alone.
 */
final class SvgCharts {

    /** Colours with at least 3:1 contrast on white (WCAG 1.4.11) and distinguishable for colour blindness. */
    static final List<String> STATUS_COLOURS = List.of("#6b7280", "#1d4ed8", "#b91c1c", "#15803d");
    /** One per phase of a round (four with a feedback round, issue 19). */
    static final List<String> LINE_COLOURS = List.of("#1d4ed8", "#b45309", "#15803d", "#7c3aed");

    private SvgCharts() {
    }

    /** One horizontal bar per phase, split into the statuses' counts. */
    record Bar(String label, long[] counts) {
    }

    static String stackedBars(String title, String description, List<Bar> bars, List<String> legend) {
        int labelWidth = 120;
        int width = 640;
        int barHeight = 28;
        int gap = 14;
        int top = 40;
        int height = top + bars.size() * (barHeight + gap) + 10;
        Svg svg = new Svg(width, height, title, description);
        legend(svg, legend, STATUS_COLOURS, false, 0);
        long max = Math.max(1, bars.stream().mapToLong(b -> java.util.Arrays.stream(b.counts()).sum()).max().orElse(1));
        double scale = (width - labelWidth - 10) / (double) max;
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = top + i * (barHeight + gap);
            svg.text(0, y + barHeight / 2 + 5, bar.label(), "start", "#1f2937", 13);
            double x = labelWidth;
            for (int s = 0; s < bar.counts().length; s++) {
                double w = bar.counts()[s] * scale;
                if (w <= 0) {
                    continue;
                }
                svg.rect(x, y, w, barHeight, STATUS_COLOURS.get(s % STATUS_COLOURS.size()));
                if (w >= 24) {
                    svg.text(x + w / 2, y + barHeight / 2 + 5, Long.toString(bar.counts()[s]), "middle", "#ffffff", 12);
                }
                x += w;
            }
        }
        return svg.end();
    }

    /** A series of one line: cumulative counts per week. */
    record Line(String label, long[] values, boolean dashed, int colour) {
    }

    static String lines(String title, String description, List<Line> lines, String xLabel, List<String> legend,
            List<Boolean> legendDashed) {
        int width = 640;
        int height = 300;
        int left = 48;
        int right = 12;
        int top = 56;
        int bottom = 40;
        Svg svg = new Svg(width, height, title, description);
        for (int i = 0; i < legend.size(); i++) {
            int x = (i % 3) * 210;
            int y = 14 + (i / 3) * 18;
            // the legend names the lines in their order: each entry in its line's colour
            int colour = i < lines.size() ? lines.get(i).colour() : i;
            svg.line(x, y, x + 24, y, LINE_COLOURS.get(colour % LINE_COLOURS.size()),
                    Boolean.TRUE.equals(legendDashed.get(i)));
            svg.text(x + 30, y + 4, legend.get(i), "start", "#1f2937", 12);
        }
        int weeks = Math.max(2, lines.stream().mapToInt(l -> l.values().length).max().orElse(2));
        long max = Math.max(1, lines.stream().flatMapToLong(l -> java.util.Arrays.stream(l.values())).max().orElse(1));
        long yMax = niceMax(max);
        double plotW = width - left - right;
        double plotH = height - top - bottom;
        // axes and grid: four steps on the value axis, a tick every fourth week
        for (int s = 0; s <= 4; s++) {
            double y = top + plotH - plotH * s / 4;
            svg.gridLine(left, y, width - right, y);
            svg.text(left - 6, y + 4, Long.toString(yMax * s / 4), "end", "#374151", 11);
        }
        for (int w = 0; w < weeks; w += 4) {
            double x = left + plotW * w / (weeks - 1);
            svg.text(x, top + plotH + 16, Integer.toString(w + 1), "middle", "#374151", 11);
        }
        svg.text(left + plotW / 2, height - 4, xLabel, "middle", "#374151", 11);
        for (Line line : lines) {
            StringBuilder points = new StringBuilder();
            for (int w = 0; w < line.values().length; w++) {
                double x = left + plotW * w / (weeks - 1);
                double y = top + plotH - plotH * line.values()[w] / yMax;
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            }
            svg.polyline(points.toString().strip(), LINE_COLOURS.get(line.colour() % LINE_COLOURS.size()),
                    line.dashed());
        }
        return svg.end();
    }

    static long niceMax(long max) {
        long step = 1;
        while (step * 10 < max) {
            step *= 10;
        }
        long nice = step;
        while (nice < max) {
            nice += step;
        }
        return Math.max(4, nice + (nice % 4 == 0 ? 0 : 4 - nice % 4));
    }

    private static void legend(Svg svg, List<String> legend, List<String> colours, boolean dashed, int y) {
        int x = 0;
        for (int i = 0; i < legend.size(); i++) {
            svg.rect(x, y + 6, 14, 14, colours.get(i % colours.size()));
            svg.text(x + 20, y + 18, legend.get(i), "start", "#1f2937", 12);
            x += 26 + legend.get(i).length() * 7;
        }
    }

    /** A minimal SVG writer: the few shapes the charts need, with text escaped. */
    static final class Svg {

        private final StringBuilder out = new StringBuilder();

        Svg(int width, int height, String title, String description) {
            out.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\""
                    + " width=\"100%%\" style=\"max-width:%dpx\" role=\"img\" aria-label=\"%s\" font-family=\"sans-serif\">",
                    width, height, width, escape(title)));
            out.append("<title>").append(escape(title)).append("</title>");
            out.append("<desc>").append(escape(description)).append("</desc>");
        }

        void rect(double x, double y, double w, double h, String fill) {
            out.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                    x, y, w, h, fill));
        }

        void text(double x, double y, String text, String anchor, String fill, int size) {
            out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" fill=\"%s\""
                    + " font-size=\"%d\">%s</text>", x, y, anchor, fill, size, escape(text)));
        }

        void line(double x1, double y1, double x2, double y2, String stroke, boolean dashed) {
            out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\""
                    + " stroke-width=\"3\"%s/>", x1, y1, x2, y2, stroke, dashed ? " stroke-dasharray=\"6 4\"" : ""));
        }

        void gridLine(double x1, double y1, double x2, double y2) {
            out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\""
                    + " stroke=\"#d1d5db\" stroke-width=\"1\"/>", x1, y1, x2, y2));
        }

        void polyline(String points, String stroke, boolean dashed) {
            out.append("<polyline fill=\"none\" stroke=\"").append(stroke).append("\" stroke-width=\"2.5\" points=\"")
                    .append(points).append('"').append(dashed ? " stroke-dasharray=\"6 4\"" : "").append("/>");
        }

        String end() {
            return out.append("</svg>").toString();
        }

        static String escape(String s) {
            return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                    .replace("\"", "&quot;");
        }
    }
}
