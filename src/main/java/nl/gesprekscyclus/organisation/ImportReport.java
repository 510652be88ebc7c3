package nl.gesprekscyclus.organisation;

import java.util.List;
import nl.gesprekscyclus.base.Violation;

/**
 * What an import found, row by row: of the employees file and of the units file (when one was given). When anything
 * is wrong in either, nothing of either is applied ({@code applied} false); the report says what to fix.
 */
public record ImportReport(List<Violation> fileProblems, List<RowReport> rows, List<String> ignoredColumns,
        List<Violation> unitFileProblems, List<UnitRowReport> unitRows, boolean applied) {

    public enum Action { NEW, UPDATE, UNCHANGED }

    /** One row: its line in the file, who it is about, what would happen and what is wrong. */
    public record RowReport(int line, String personnelNumber, String name, Action action, List<Violation> violations) {
        public boolean ok() {
            return violations.isEmpty();
        }
    }

    /** One row of the units file: its line, the unit's code and name, what would happen and what is wrong. */
    public record UnitRowReport(int line, String code, String name, Action action, List<Violation> violations) {
        public boolean ok() {
            return violations.isEmpty();
        }
    }

    public boolean hasErrors() {
        return !fileProblems.isEmpty() || rows.stream().anyMatch(r -> !r.ok())
                || !unitFileProblems.isEmpty() || unitRows.stream().anyMatch(r -> !r.ok());
    }

    /** Rows with errors in both files. */
    public long rowsWithErrors() {
        return rows.stream().filter(r -> !r.ok()).count() + unitRows.stream().filter(r -> !r.ok()).count();
    }

    /** Employee rows with this action. */
    public long count(Action action) {
        return rows.stream().filter(r -> r.action() == action).count();
    }

    /** Unit rows with this action. */
    public long unitCount(Action action) {
        return unitRows.stream().filter(r -> r.action() == action).count();
    }
}
