package nl.gesprekscyclus.organisation;

import java.util.Objects;
import java.util.Optional;

/**
 * What a change to an employee means for the running round, published as a Spring event after the change is
 * saved (in the same transaction): joined, changed function/manager/coordinator, or left service. A change from
 * the employee screen is published on its own; an import publishes all of its changes at once
 * ({@link EmployeeChanges}).
 */
public sealed interface EmployeeChange {

    long employeeId();

    String personnelNumber();

    /** A new active employee, or one active again. */
    record Joined(long employeeId, String personnelNumber) implements EmployeeChange {
    }

    /** Another job title, manager or coordinator; the job titles before and after (equal when only people changed). */
    record FunctionChanged(long employeeId, String personnelNumber, String jobTitleBefore, String jobTitleAfter)
            implements EmployeeChange {

        /** A change of function, which the running review records with its date (not only another manager). */
        public boolean jobTitleChanged() {
            return !Objects.equals(jobTitleBefore, jobTitleAfter);
        }
    }

    /** No longer active. */
    record Left(long employeeId, String personnelNumber) implements EmployeeChange {
    }

    /** What a change is decided on: an import keeps only these of every row, not the whole employee. */
    record Facts(long id, String personnelNumber, boolean active, String jobTitleCode, Long managerId,
            Long coordinatorId) {

        static Facts of(EmployeeSummary s) {
            return new Facts(s.id(), s.personnelNumber(), s.active(), s.jobTitleCode(), s.managerId(),
                    s.coordinatorId());
        }
    }

    /** @param before null for a new employee */
    static Optional<EmployeeChange> between(EmployeeSummary before, EmployeeSummary after) {
        return between(before == null ? null : Facts.of(before), Facts.of(after));
    }

    /** @param before null for a new employee */
    static Optional<EmployeeChange> between(Facts before, Facts after) {
        if (after.active() && (before == null || !before.active())) {
            return Optional.of(new Joined(after.id(), after.personnelNumber()));
        }
        if (!after.active()) {
            return before != null && before.active() ? Optional.of(new Left(after.id(), after.personnelNumber()))
                    : Optional.empty();
        }
        boolean changed = !Objects.equals(before.jobTitleCode(), after.jobTitleCode())
                || !Objects.equals(before.managerId(), after.managerId())
                || !Objects.equals(before.coordinatorId(), after.coordinatorId());
        return changed ? Optional.of(new FunctionChanged(after.id(), after.personnelNumber(), before.jobTitleCode(),
                after.jobTitleCode())) : Optional.empty();
    }
}
