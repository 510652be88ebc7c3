package nl.gesprekscyclus.monitoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The server-side charts: named images, figures written on the bars, text escaped. */
class SvgChartsTests {

    @Test
    void shouldDrawANamedImageWithTheFiguresOnTheBars() {
        String svg = SvgCharts.stackedBars("Per fase", "Een balk per fase", List.of(
                new SvgCharts.Bar("Planning", new long[] {0, 30, 10, 60})), List.of("a", "b", "c", "d"));

        assertThat(svg).startsWith("<svg").contains("role=\"img\"").contains("aria-label=\"Per fase\"")
                .contains("<title>Per fase</title>").contains("<desc>Een balk per fase</desc>")
                .contains(">30</text>").contains(">60</text>").endsWith("</svg>");
        assertThat(svg).doesNotContain(">0</text>"); // an empty segment is not drawn
    }

    @Test
    void shouldEscapeNamesAndDashLastYearsLines() {
        String svg = SvgCharts.lines("R&D <test>", "d", List.of(new SvgCharts.Line("P", new long[] {0, 1, 2}, false, 0),
                new SvgCharts.Line("P", new long[] {0, 2, 3}, true, 0)), "weken", List.of("P 2034", "P 2033"),
                List.of(false, true));

        assertThat(svg).contains("R&amp;D &lt;test&gt;").doesNotContain("<test>");
        assertThat(svg.split("<polyline", -1)).hasSize(3);
        assertThat(svg).contains("stroke-dasharray");
    }

    /** Four phases (a round with a feedback round): four colours, each legend entry in its own line's colour. */
    @Test
    void shouldDrawEachPhaseOfARoundWithAFeedbackRoundInItsOwnColourAndTheLegendAlike() {
        List<SvgCharts.Line> lines = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            lines.add(new SvgCharts.Line("F" + i, new long[] {0, i}, false, i));
        }
        for (int i = 0; i < 4; i++) {
            lines.add(new SvgCharts.Line("F" + i, new long[] {0, i}, true, i));
        }
        String svg = SvgCharts.lines("t", "d", lines, "weken", List.of("a", "b", "c", "d", "e", "f", "g", "h"),
                List.of(false, false, false, false, true, true, true, true));

        for (String colour : SvgCharts.LINE_COLOURS) {
            // per colour: this year's and last year's line and their two legend entries
            assertThat(svg.split("stroke=\"" + colour + "\"", -1)).as(colour).hasSize(5);
        }
    }

    @Test
    void shouldRoundTheValueAxisUpToFourEvenSteps() {
        assertThat(SvgCharts.niceMax(3)).isEqualTo(4);
        assertThat(SvgCharts.niceMax(34)).isEqualTo(40);
        assertThat(SvgCharts.niceMax(15001) % 4).isZero();
        assertThat(SvgCharts.niceMax(15001)).isGreaterThanOrEqualTo(15001);
    }
}
