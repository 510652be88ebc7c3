package nl.gesprekscyclus.organisation;

import java.time.LocalDate;

/**
 * An employee as an import checks a file against it: the data a row would replace, and the ids the round's change
 * events compare. Read with one query and no entities, so checking a file keeps no persistence context.
 */
record KnownEmployee(long id, EmployeeData data, Long managerId, Long coordinatorId) {

    /** The constructor the repository's query calls (JPQL builds flat results). */
    KnownEmployee(Long id, String personnelNumber, String firstName, String namePrefix, String lastName, String email,
            String jobTitleCode, String clusterCode, Long managerId, String managerNumber, Long coordinatorId,
            String coordinatorNumber, boolean coordinationModule, LocalDate startDate, boolean active) {
        this(id, new EmployeeData(personnelNumber, firstName, namePrefix, lastName, email, jobTitleCode, clusterCode,
                managerNumber, coordinatorNumber, coordinationModule, startDate, active), managerId, coordinatorId);
    }

    EmployeeChange.Facts facts() {
        return new EmployeeChange.Facts(id, data.personnelNumber(), data.active(), data.jobTitleCode(), managerId,
                coordinatorId);
    }
}
