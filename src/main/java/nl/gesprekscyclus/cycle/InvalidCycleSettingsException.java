package nl.gesprekscyclus.cycle;

import java.util.List;

/** config/cycle.yaml cannot be used; the message names the file, the field and the problem, one per line. */
public class InvalidCycleSettingsException extends RuntimeException {

    private final List<String> problems;

    public InvalidCycleSettingsException(String file, List<String> problems) {
        super("Cycle settings " + file + " are invalid:\n  " + String.join("\n  ",
                problems.stream().map(p -> file + ": " + p).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
