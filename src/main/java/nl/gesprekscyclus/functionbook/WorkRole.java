package nl.gesprekscyclus.functionbook;

import java.util.List;
import java.util.stream.Stream;

import static nl.gesprekscyclus.functionbook.Lists.orEmpty;

/**
 * A role (rol): a division of tasks with its own competencies that a person fills beside their normfunctie, for a
 * period (Ommen's function book, part I section 3). Read from {@code config/roles/*.yaml} and checked against the
 * active book's dictionary and scale (docs/roles.md). Its tasks are written either as a plain list or grouped in
 * result areas, whichever the municipality's own text does.
 *
 * @param replaces codes of roles that are gone from the catalogue and whose running assignments this role takes
 *                 over at the next start (docs/roles.md, "Removing or renaming a role")
 */
public record WorkRole(String code, String name, String purpose, List<String> tasks,
        List<JobProfile.ResultArea> resultAreas, List<ExpectedCompetency> competencies, List<String> replaces,
        String note) {

    public WorkRole {
        tasks = orEmpty(tasks);
        resultAreas = orEmpty(resultAreas);
        competencies = orEmpty(competencies);
        replaces = orEmpty(replaces);
    }

    /** Every task, those of the result areas included, in the file's order. */
    public List<String> allTasks() {
        return Stream.concat(tasks.stream(), resultAreas.stream().flatMap(a -> a.tasks().stream())).toList();
    }
}
