package nl.gesprekscyclus.organisation;

import java.time.LocalDate;

/**
 * An employee as an import checks a file against it: the data a row would replace (its manager only when set for
 * this employee, as a row gives it), the effective manager stored now, whether that was set for them
 * ({@code managerOverride}: also "nobody", which only migration V18 writes and a row cannot say), and the ids the
 * round's change events compare. Read with one query and no entities, so checking a file keeps no persistence context.
 */
record KnownEmployee(long id, EmployeeData data, Long managerId, String effectiveManagerNumber, boolean managerOverride,
        Long coordinatorId) {

    /** The constructor the repository's query calls (JPQL builds flat results). */
    KnownEmployee(Long id, String personnelNumber, String firstName, String namePrefix, String lastName, String email,
            String jobTitleCode, String unitCode, Long managerId, String managerNumber, boolean managerOverride,
            Long coordinatorId, String coordinatorNumber, boolean coordinationModule, LocalDate startDate,
            boolean active) {
        this(id, new EmployeeData(personnelNumber, firstName, namePrefix, lastName, email, jobTitleCode, unitCode,
                managerOverride ? managerNumber : null, coordinatorNumber, coordinationModule, startDate, active),
                managerId, managerNumber, managerOverride, coordinatorId);
    }

    EmployeeChange.Facts facts() {
        return new EmployeeChange.Facts(id, data.personnelNumber(), data.active(), data.jobTitleCode(), managerId,
                coordinatorId);
    }
}
