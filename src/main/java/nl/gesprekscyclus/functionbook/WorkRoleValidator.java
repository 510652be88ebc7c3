package nl.gesprekscyclus.functionbook;

import java.util.List;
import nl.gesprekscyclus.functionbook.InvalidFunctionBookException.Problem;

/**
 * Checks one file of the role catalogue against the active function book: a role names only competencies of the
 * book's dictionary, with a level the dictionary describes for that competency (so a role's expected level can be
 * shown with its behaviour indicators and rated like a normfunctie's). Collects every problem; the path names the
 * role ("roles[2] (projectleider).competencies[0].level").
 */
final class WorkRoleValidator {

    private WorkRoleValidator() {
    }

    static List<Problem> validate(FunctionBook book, WorkRoleFile file) {
        // the book's own checks, so a code, a text or an expected level is judged exactly as in the book
        FunctionBookValidator checks = new FunctionBookValidator(book);
        checks.text("note", file.note(), false);
        if (file.roles().isEmpty()) {
            checks.problem("roles", "the file lists no roles (remove the file, or add a role)");
        }
        checks.unique("roles", file.roles(), WorkRole::code, "role code");
        for (int i = 0; i < file.roles().size(); i++) {
            WorkRole role = file.roles().get(i);
            if (!checks.notNull("roles[" + i + "]", role)) {
                continue;
            }
            String path = path(i, role);
            checks.code(path + ".code", role.code());
            checks.text(path + ".name", role.name(), true);
            checks.text(path + ".purpose", role.purpose(), true);
            checks.text(path + ".note", role.note(), false);
            if (role.tasks().isEmpty() && role.resultAreas().isEmpty()) {
                checks.problem(path + ".tasks", "a role needs its tasks, as a list under 'tasks' or grouped under "
                        + "'resultAreas'");
            }
            checks.texts(path + ".tasks", role.tasks(), true);
            for (int r = 0; r < role.resultAreas().size(); r++) {
                JobProfile.ResultArea area = role.resultAreas().get(r);
                String areaPath = path + ".resultAreas[" + r + "]";
                if (checks.notNull(areaPath, area)) {
                    checks.text(areaPath + ".name", area.name(), true);
                    if (area.tasks().isEmpty()) {
                        checks.problem(areaPath + ".tasks", "a result area needs at least one task");
                    }
                    checks.texts(areaPath + ".tasks", area.tasks(), true);
                }
            }
            if (role.competencies().isEmpty()) {
                checks.problem(path + ".competencies", "a role needs its competencies with the expected level");
            }
            checks.expected(path + ".competencies", role.competencies());
            for (int r = 0; r < role.replaces().size(); r++) {
                checks.code(path + ".replaces[" + r + "]", role.replaces().get(r));
            }
        }
        return checks.problems();
    }

    /** "roles[2] (projectleider)": the place in the file and the role, so the message names the role. */
    static String path(int index, WorkRole role) {
        return "roles[" + index + "]" + (role.code() == null || role.code().isBlank() ? "" : " (" + role.code() + ")");
    }
}
