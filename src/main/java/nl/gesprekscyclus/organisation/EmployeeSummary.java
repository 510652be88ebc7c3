package nl.gesprekscyclus.organisation;

import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An employee as other features and screens see it. The manager is the effective one; {@code managerOverride} says
 * it was set for this employee instead of following the unit.
 */
public record EmployeeSummary(
        Long id,
        String personnelNumber,
        String firstName,
        String namePrefix,
        String lastName,
        String email,
        String jobTitleCode,
        String unitCode,
        String unitName,
        Long managerId,
        String managerName,
        String managerNumber,
        boolean managerOverride,
        Long coordinatorId,
        String coordinatorName,
        String coordinatorNumber,
        boolean coordinationModule,
        LocalDate startDate,
        boolean active,
        long version) {

    public String fullName() {
        return fullName(firstName, namePrefix, lastName);
    }

    /** The editable data: the manager only when it was set for this employee (else it follows the unit). */
    public EmployeeData toData() {
        return new EmployeeData(personnelNumber, firstName, namePrefix, lastName, email, jobTitleCode, unitCode,
                managerOverride ? managerNumber : null, coordinatorNumber, coordinationModule, startDate, active);
    }

    public static String fullName(String first, String prefix, String last) {
        return Stream.of(first, prefix, last).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(" "));
    }
}
