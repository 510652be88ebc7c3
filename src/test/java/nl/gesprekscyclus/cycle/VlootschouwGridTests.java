package nl.gesprekscyclus.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The vlootschouw grid of config/cycle.yaml (issue 20): HR3P by default, 3×3 in Middelstad, mistakes named. */
class VlootschouwGridTests {

    private static final String FILE = "config/cycle.yaml";

    private static CycleSettings read(String file, String yaml) {
        return new CycleSettingsReader().read(file, yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static String shipped() throws IOException {
        return Files.readString(Path.of(FILE));
    }

    private static String withReplaced(String from, String to) throws IOException {
        String yaml = shipped();
        assertThat(yaml).contains(from);
        return yaml.replace(from, to);
    }

    @Test
    void shouldShipTheHr3pMatrixWithItsDutchLabelsAndADirectionInEveryCell() throws IOException {
        VlootschouwGrid grid = read(FILE, shipped()).vlootschouw();
        assertThat(grid.model()).isEqualTo("HR3P");
        assertThat(grid.performance()).extracting(VlootschouwGrid.Step::label)
                .containsExactly("onvoldoende", "matig", "goed", "excellent");
        assertThat(grid.potential()).extracting(VlootschouwGrid.Step::label)
                .containsExactly("grens bereikt", "groei in de functie", "groei op termijn", "direct doorgroeien");
        assertThat(grid.cells()).hasSize(16).allSatisfy(c -> assertThat(c.direction()).isNotBlank());
        assertThat(grid.cell("excellent", "direct-doorgroeien")).get().extracting(VlootschouwGrid.Cell::name)
                .isEqualTo("Ster");
        assertThat(grid.cell("onvoldoende", "grens-bereikt")).get().extracting(VlootschouwGrid.Cell::name)
                .isEqualTo("Achterblijver");
        assertThat(grid.employeeSeesRule()).isEqualTo(VlootschouwGrid.EmployeeSees.AFTER_SESSION);
    }

    @Test
    void shouldShipMiddelstadsThreeByThreeGrid() throws IOException {
        Path file = Path.of("config/demo-middelstad/cycle.yaml");
        VlootschouwGrid grid = read(file.toString(), Files.readString(file)).vlootschouw();
        assertThat(grid.performance()).hasSize(3);
        assertThat(grid.potential()).hasSize(3);
        assertThat(grid.cells()).hasSize(9);
    }

    @Test
    void shouldHaveNoVlootschouwInAFileWithoutTheSection() throws IOException {
        String yaml = shipped();
        assertThat(read(FILE, yaml.substring(0, yaml.indexOf("vlootschouw:"))).vlootschouw()).isNull();
    }

    @Test
    void shouldRefuseACellWithoutDevelopmentDirection() throws IOException {
        assertThatThrownBy(() -> read(FILE, withReplaced(
                "name: Werkbij, direction: \"koesteren: behouden en waarderen in de functie\"", "name: Werkbij")))
                .hasMessageContaining("config/cycle.yaml: vlootschouw.cells[2].direction: is missing");
    }

    @Test
    void shouldRefuseAStepWithoutLabel() throws IOException {
        assertThatThrownBy(() -> read(FILE, withReplaced("{code: matig, label: matig}", "{code: matig}")))
                .hasMessageContaining("config/cycle.yaml: vlootschouw.performance[1].label: is missing");
    }

    @Test
    void shouldRefuseADuplicateStepAndADuplicateCell() throws IOException {
        assertThatThrownBy(() -> read(FILE, withReplaced("{code: groei-op-termijn, label: groei op termijn}",
                "{code: groei-in-functie, label: groei op termijn}")))
                .hasMessageContaining("vlootschouw.potential[2].code: duplicate 'groei-in-functie'");
        assertThatThrownBy(() -> read(FILE, withReplaced("{performance: excellent, potential: direct-doorgroeien",
                "{performance: goed, potential: direct-doorgroeien")))
                .hasMessageContaining("vlootschouw.cells[15]: a second cell for goed × direct-doorgroeien")
                .hasMessageContaining("no cell for excellent × direct-doorgroeien");
    }

    @Test
    void shouldRefuseAGridWithACellMissing() throws IOException {
        String yaml = shipped();
        String line = yaml.lines().filter(l -> l.contains("performance: excellent, potential: direct-doorgroeien"))
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> read(FILE, yaml.replace(line + "\n", "")))
                .hasMessageContaining("config/cycle.yaml: vlootschouw.cells: no cell for excellent × direct-doorgroeien"
                        + " (the grid needs 16 cells");
    }

    @Test
    void shouldRefuseAnAxisOfOneStepOrACellOffTheGrid() throws IOException {
        String oneStep = shipped().replaceAll("(?s)  potential: .*?  cells:",
                "  potential:\n    - {code: grens-bereikt, label: grens bereikt}\n  cells:");
        assertThatThrownBy(() -> read(FILE, oneStep))
                .hasMessageContaining("vlootschouw.potential: needs 2 to 5 steps, lowest first (got 1)")
                .hasMessageContaining("vlootschouw.cells[4].potential: 'groei-in-functie' is not a step of"
                        + " vlootschouw.potential");
    }

    @Test
    void shouldRefuseAnUnknownChoiceOfWhatTheEmployeeSees() throws IOException {
        assertThatThrownBy(() -> read(FILE, withReplaced("employeeSees: after-session", "employeeSees: later")))
                .hasMessageContaining("vlootschouw.employeeSees: 'later' is not one of after-session, always, never");
    }
}
