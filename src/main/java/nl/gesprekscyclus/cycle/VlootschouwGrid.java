package nl.gesprekscyclus.cycle;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The vlootschouw grid ({@code vlootschouw} in {@code config/cycle.yaml}, issue 20): the steps of the performance
 * axis (prestatie, left to right) and of the potential axis (potentieel, bottom to top), both lowest first, and per
 * cell its name and development direction (ontwikkelrichting). The default file holds the HR3P matrix (4 × 4);
 * Middelstad's holds a 3 × 3 grid. A file without the section has no vlootschouw: nobody places anyone.
 *
 * @param employeeSees when the employee sees their own placement: {@code after-session} (the default: once the
 *     calibration session of the year has closed; there are no sessions yet, so not yet), {@code always} or
 *     {@code never}. Their inzage download holds it in every case.
 */
public record VlootschouwGrid(String model, String employeeSees, List<Step> performance, List<Step> potential,
        List<Cell> cells) {

    public static final int MIN_STEPS = 2;
    public static final int MAX_STEPS = 5;

    public VlootschouwGrid {
        employeeSees = employeeSees == null ? EmployeeSees.AFTER_SESSION.written : employeeSees.strip();
        performance = performance == null ? List.of() : List.copyOf(performance);
        potential = potential == null ? List.of() : List.copyOf(potential);
        cells = cells == null ? List.of() : List.copyOf(cells);
    }

    /** One step of an axis, lowest first. */
    public record Step(String code, String label) {
    }

    /** One cell: where it is (a step code of each axis), its name and the development direction it points to. */
    public record Cell(String performance, String potential, String name, String direction) {
    }

    /** When the employee sees their own placement on the screen. */
    public enum EmployeeSees {
        AFTER_SESSION("after-session"), ALWAYS("always"), NEVER("never");

        final String written;

        EmployeeSees(String written) {
            this.written = written;
        }
    }

    public EmployeeSees employeeSeesRule() {
        return java.util.Arrays.stream(EmployeeSees.values()).filter(e -> e.written.equals(employeeSees)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unchecked vlootschouw.employeeSees"));
    }

    public Optional<Cell> cell(String performanceCode, String potentialCode) {
        return cells.stream().filter(c -> c.performance().equals(performanceCode) && c.potential().equals(potentialCode))
                .findFirst();
    }

    public Optional<Step> performanceStep(String code) {
        return performance.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public Optional<Step> potentialStep(String code) {
        return potential.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** A performance step's label, or the code itself when the grid no longer has it (a placement of an old grid). */
    public String performanceLabel(String code) {
        return performanceStep(code).map(Step::label).orElse(code);
    }

    /** A potential step's label, or the code itself when the grid no longer has it. */
    public String potentialLabel(String code) {
        return potentialStep(code).map(Step::label).orElse(code);
    }

    /** The problems of a grid, each named by its field, for {@link CycleSettingsReader}. */
    static void validate(VlootschouwGrid g, List<String> p) {
        if (g == null) {
            return;
        }
        if (java.util.Arrays.stream(EmployeeSees.values()).noneMatch(e -> e.written.equals(g.employeeSees()))) {
            p.add("vlootschouw.employeeSees: '" + g.employeeSees() + "' is not one of after-session, always, never");
        }
        Set<String> perf = axis(p, "vlootschouw.performance", g.performance());
        Set<String> pot = axis(p, "vlootschouw.potential", g.potential());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < g.cells().size(); i++) {
            Cell c = g.cells().get(i);
            String at = "vlootschouw.cells[" + i + "]";
            if (c == null) {
                p.add(at + ": is empty");
                continue;
            }
            if (!perf.contains(c.performance())) {
                p.add(at + ".performance: '" + c.performance() + "' is not a step of vlootschouw.performance");
            }
            if (!pot.contains(c.potential())) {
                p.add(at + ".potential: '" + c.potential() + "' is not a step of vlootschouw.potential");
            }
            if (!seen.add(c.performance() + "\u0000" + c.potential())) {
                p.add(at + ": a second cell for " + c.performance() + " × " + c.potential());
            }
            if (c.name() == null || c.name().isBlank()) {
                p.add(at + ".name: is missing");
            }
            if (c.direction() == null || c.direction().isBlank()) {
                p.add(at + ".direction: is missing (the development direction of the cell)");
            }
        }
        for (String x : perf) {
            for (String y : pot) {
                if (!seen.contains(x + "\u0000" + y)) {
                    p.add("vlootschouw.cells: no cell for " + x + " × " + y + " (the grid needs "
                            + perf.size() * pot.size() + " cells: every performance step with every potential step)");
                }
            }
        }
    }

    private static Set<String> axis(List<String> p, String path, List<Step> steps) {
        Set<String> codes = new java.util.LinkedHashSet<>();
        if (steps.size() < MIN_STEPS || steps.size() > MAX_STEPS) {
            p.add(path + ": needs " + MIN_STEPS + " to " + MAX_STEPS + " steps, lowest first (got " + steps.size() + ")");
        }
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            String at = path + "[" + i + "]";
            if (s == null || s.code() == null || s.code().isBlank()) {
                p.add(at + ".code: is missing");
            } else if (!codes.add(s.code())) {
                p.add(at + ".code: duplicate '" + s.code() + "'");
            }
            if (s == null || s.label() == null || s.label().isBlank()) {
                p.add(at + ".label: is missing");
            }
        }
        return codes;
    }
}
