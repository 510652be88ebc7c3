package nl.gesprekscyclus.organisation;

import java.util.List;

/**
 * What an employee import found, row by row. When anything is wrong, nothing is applied
 * ({@code applied} false); the report says what to fix.
 */
public record ImportReport(List<Violation> fileProblems, List<RowReport> rows, List<String> ignoredColumns,
        boolean applied) {

    public enum Action { NEW, UPDATE, UNCHANGED }

    /** One row: its line in the file, who it is about, what would happen and what is wrong. */
    public record RowReport(int line, String personnelNumber, String name, Action action, List<Violation> violations) {
        public boolean ok() {
            return violations.isEmpty();
        }
    }

    public boolean hasErrors() {
        return !fileProblems.isEmpty() || rows.stream().anyMatch(r -> !r.ok());
    }

    public long rowsWithErrors() {
        return rows.stream().filter(r -> !r.ok()).count();
    }

    public long count(Action action) {
        return rows.stream().filter(r -> r.action() == action).count();
    }
}
