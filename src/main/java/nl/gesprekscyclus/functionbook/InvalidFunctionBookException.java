package nl.gesprekscyclus.functionbook;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A function book that cannot be loaded. The message names the file, the path inside it and the
 * problem, one line per problem, so that a functioneel beheerder can fix the file without a developer.
 */
public class InvalidFunctionBookException extends RuntimeException {

    private final String file;
    private final List<Problem> problems;

    public InvalidFunctionBookException(String file, List<Problem> problems) {
        this("Function book", file, problems);
    }

    /** @param what what the file is, for the first line of the message ("Function book mapping") */
    public InvalidFunctionBookException(String what, String file, List<Problem> problems) {
        super(format(what, file, problems));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public String file() {
        return file;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** One problem: where in the file ("jobProfiles[3].competencies[1].level") and what is wrong. */
    public record Problem(String path, String message) {
        @Override
        public String toString() {
            return (path.isEmpty() ? "(document)" : path) + ": " + message;
        }
    }

    private static String format(String what, String file, List<Problem> problems) {
        int shown = Math.min(problems.size(), 25);
        String lines = problems.subList(0, shown).stream()
                .map(p -> file + ": " + p)
                .collect(Collectors.joining("\n  ", "  ", ""));
        String more = problems.size() > shown ? "\n  … and " + (problems.size() - shown) + " more" : "";
        return what + " " + file + " is invalid (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + "):\n" + lines + more;
    }
}
