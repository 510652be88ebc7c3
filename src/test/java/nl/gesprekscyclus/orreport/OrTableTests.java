package nl.gesprekscyclus.orreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.gesprekscyclus.base.i18n.Messages;
import nl.gesprekscyclus.cycle.CycleSettings;
import nl.gesprekscyclus.cycle.CycleSettingsReader;
import nl.gesprekscyclus.organisation.UnitSummary;
import org.junit.jupiter.api.Test;

/**
 * The report's table as the service builds it (its measures: in the cycle, the three phases, the judgements of
 * cycle.yaml), without a database: which cells are suppressed, and that no reader can work one out again, on a
 * hand-made organisation and on many random ones.
 */
class OrTableTests {

    private static final String[] JUDGEMENTS = {"onvoldoende", "matig", "voldoende", "goed", "uitstekend"};

    private static List<OrTable.Measure> measures() throws IOException {
        CycleSettings settings = new CycleSettingsReader().read("config/cycle.yaml",
                Files.readAllBytes(Path.of("config/cycle.yaml")));
        return OrReportService.measures(settings.overallJudgements(), false, Messages.DUTCH);
    }

    /** Units by index 0..units-1, each its own row. */
    private static OrTable.Grouping units(int units) {
        List<String> labels = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            labels.add("Eenheid " + u);
        }
        return OrTable.Grouping.flat("units", "Per eenheid", labels, s -> (int) s.unitId());
    }

    private static OrSubject closed(long unit, String judgement) {
        return new OrSubject(unit, null, null, true, true, true, judgement);
    }

    private static OrSubject inProgress(long unit) {
        return new OrSubject(unit, null, null, true, false, false, null);
    }

    @Test
    void shouldShowABigUnitAndNothingOfASmallOneNorLetTheTotalGiveItAway() throws IOException {
        List<OrSubject> people = new ArrayList<>();
        // unit 0: 4 people, all goed; units 1 and 2: 8 people each, 6 voldoende/goed and 2 still in progress
        for (int i = 0; i < 4; i++) {
            people.add(closed(0, "goed"));
        }
        for (int u = 1; u <= 2; u++) {
            for (int i = 0; i < 6; i++) {
                people.add(closed(u, i < 5 ? "goed" : "voldoende"));
            }
            people.add(inProgress(u));
            people.add(inProgress(u));
        }
        OrReport report = OrTable.build(2075, null, 5, measures(), List.of(units(3)), people);
        OrReport.Section section = report.sections().get(0);
        assertThat(report.columns()).extracting(OrReport.Column::label).containsExactly("In de cyclus",
                "Planning afgesproken", "Voortgangsgesprek gehouden", "Beoordeling vastgesteld", "onvoldoende",
                "matig", "voldoende", "goed", "uitstekend");
        assertThat(section.rows().get(0).cells()).as("the unit of 4").containsOnlyNulls();
        assertThat(section.total().cells().get(0)).as("20 in the cycle").isEqualTo(20L);
        assertThat(report.anySuppressed()).isTrue();
        assertAttackerLearnsNothing(measures(), List.of(units(3)), people);
    }

    @Test
    void shouldNotSuppressAnythingWhenEveryGroupIsBigEnough() throws IOException {
        List<OrSubject> people = new ArrayList<>();
        for (int u = 0; u < 2; u++) {
            for (int i = 0; i < 10; i++) {
                people.add(closed(u, i < 5 ? "goed" : "voldoende"));
            }
        }
        OrReport report = OrTable.build(2075, null, 5, measures(), List.of(units(2)), people);
        assertThat(report.anySuppressed()).isFalse();
        assertThat(report.sections().get(0).rows().get(1).cells()).containsExactly(10L, 10L, 10L, 10L, 0L, 0L, 5L,
                5L, 0L);
    }

    @Test
    void shouldPutEveryoneInOneAgeBandOnTheLastDayOfTheYear() {
        OrTable.Grouping bands = OrReportService.ageBands(List.of(30, 40), LocalDate.of(2075, 12, 31),
                Messages.DUTCH);
        assertThat(bands.labels()).containsExactly("Jonger dan 30", "30 t/m 39 jaar", "40 jaar en ouder",
                "Niet vastgelegd");
        assertThat(bands.rowOf().applyAsInt(born(LocalDate.of(2046, 1, 1)))).as("29 on 31-12-2075").isEqualTo(0);
        assertThat(bands.rowOf().applyAsInt(born(LocalDate.of(2045, 12, 31)))).as("30").isEqualTo(1);
        assertThat(bands.rowOf().applyAsInt(born(LocalDate.of(2035, 12, 31)))).as("40").isEqualTo(2);
        assertThat(bands.rowOf().applyAsInt(born(null))).isEqualTo(3);
    }

    private static OrSubject born(LocalDate day) {
        return new OrSubject(0, null, day, false, false, false, null);
    }

    /**
     * Random organisations of 2 to 7 units of 1 to 15 people, with a gender breakdown beside the units (two
     * sections sharing one total): for every one, no suppressed cell, shown or not, can be worked out from the rest.
     */
    @Test
    void shouldWithstandTheLinearAttackOnManyRandomOrganisations() throws IOException {
        Random random = new Random(20);
        List<OrTable.Measure> measures = measures();
        OrTable.Grouping genders = OrReportService.genders(Messages.DUTCH);
        int suppressedTables = 0;
        for (int run = 0; run < 300; run++) {
            int units = 2 + random.nextInt(6);
            List<OrSubject> people = new ArrayList<>();
            for (int u = 0; u < units; u++) {
                int size = 1 + random.nextInt(15);
                for (int i = 0; i < size; i++) {
                    int stage = random.nextInt(4);
                    String gender = random.nextInt(5) == 0 ? null : random.nextBoolean() ? "M" : "V";
                    people.add(new OrSubject(u, gender, null, stage >= 1, stage >= 2, stage >= 3,
                            stage >= 3 ? JUDGEMENTS[random.nextInt(JUDGEMENTS.length)] : null));
                }
            }
            List<OrTable.Grouping> groupings = List.of(units(units), genders);
            suppressedTables += assertAttackerLearnsNothing(measures, groupings, people) ? 1 : 0;
        }
        assertThat(suppressedTables).as("tables that needed suppression at all").isGreaterThan(250);
    }

    /** Returns whether anything was suppressed. */
    private static boolean assertAttackerLearnsNothing(List<OrTable.Measure> measures, List<OrTable.Grouping> groupings,
            List<OrSubject> people) {
        OrTable.Layout layout = OrTable.layout(measures, groupings, people);
        boolean[] suppressed = SmallCellSuppression.suppress(layout.cells(), layout.populations(), layout.equations(),
                5);
        List<Integer> derivable = Attacker.derivable(layout.cells(), layout.equations(), suppressed);
        for (int i : derivable) {
            assertThat(suppressed[i]).as("cell %d (value %d) was suppressed but can be worked out", i,
                    layout.cells().get(i).value()).isFalse();
            long v = layout.cells().get(i).value();
            assertThat(v == 0 || v >= 5).as("hidden cell %d of %d people can be worked out", i, v).isTrue();
        }
        for (int i = 0; i < suppressed.length; i++) {
            SmallCellSuppression.Cell c = layout.cells().get(i);
            if (c.shown() && !suppressed[i]) {
                long population = layout.populations()[c.row()];
                assertThat(population == 0 || population >= 5).as("a shown cell of a row of %d", population).isTrue();
                assertThat(c.value() == 0 || c.value() >= 5).as("a shown cell of %d people", c.value()).isTrue();
            }
        }
        for (boolean s : suppressed) {
            if (s) {
                return true;
            }
        }
        return false;
    }

    private static UnitSummary unit(long id, String code, String parent) {
        return new UnitSummary(id, code, code, "team", parent, null, null, null, null, null, null, 0, 0, 0);
    }

    /**
     * Gemeente → Directie 1 (Team A of 4, Team B of 12) and Directie 2 (Team C of 10). One report per team and one
     * added up to the directies: Directie 1 minus Team B would be Team A, if Team A's partner in the per-team
     * report were Team C (the smallest other team) and not Team B. Suppressed once for every level, it is not.
     */
    @Test
    void shouldNotLetTwoLevelsOfTheSameYearBeSubtractedFromEachOther() throws IOException {
        List<UnitSummary> tree = List.of(unit(1, "gemeente", null), unit(2, "directie-1", "gemeente"),
                unit(3, "team-a", "directie-1"), unit(4, "team-b", "directie-1"), unit(5, "directie-2", "gemeente"),
                unit(6, "team-c", "directie-2"));
        List<OrSubject> people = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            people.add(closed(3, "goed"));
        }
        for (int i = 0; i < 12; i++) {
            people.add(closed(4, i < 6 ? "goed" : "voldoende"));
        }
        for (int i = 0; i < 10; i++) {
            people.add(closed(6, i < 5 ? "goed" : "voldoende"));
        }
        OrReport teams = OrTable.build(2075, null, 5, measures(),
                List.of(OrReportService.units(tree, null, Messages.DUTCH)), people);
        OrReport directies = OrTable.build(2075, 1, 5, measures(),
                List.of(OrReportService.units(tree, 1, Messages.DUTCH)), people);
        assertThat(directies.sections().get(0).rows()).extracting(OrReport.Row::label)
                .containsExactly("directie-1", "directie-2");
        List<Long> a = teams.sections().get(0).rows().stream().filter(r -> r.label().equals("team-a")).findFirst()
                .orElseThrow().cells();
        List<Long> b = teams.sections().get(0).rows().stream().filter(r -> r.label().equals("team-b")).findFirst()
                .orElseThrow().cells();
        List<Long> d1 = directies.sections().get(0).rows().get(0).cells();
        assertThat(a).containsOnlyNulls();
        for (int c = 0; c < a.size(); c++) {
            // a 0 for the whole directie says 0 for each of its teams: a figure about everyone, not about Team A
            assertThat(d1.get(c) == null || b.get(c) == null || d1.get(c) == 0)
                    .as("column %d: directie 1 minus team B", c).isTrue();
        }
        assertAttackerLearnsNothing(measures(), List.of(OrReportService.units(tree, null, Messages.DUTCH)), people);
    }
}
