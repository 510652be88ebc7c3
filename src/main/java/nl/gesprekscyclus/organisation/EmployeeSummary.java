package nl.gesprekscyclus.organisation;

import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** An employee as other features and screens see it. */
public record EmployeeSummary(
        Long id,
        String personnelNumber,
        String firstName,
        String namePrefix,
        String lastName,
        String email,
        String jobTitleCode,
        String clusterCode,
        String clusterName,
        Long managerId,
        String managerName,
        String managerNumber,
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

    public EmployeeData toData() {
        return new EmployeeData(personnelNumber, firstName, namePrefix, lastName, email, jobTitleCode, clusterCode,
                managerNumber, coordinatorNumber, coordinationModule, startDate, active);
    }

    static String fullName(String first, String prefix, String last) {
        return Stream.of(first, prefix, last).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(" "));
    }
}
