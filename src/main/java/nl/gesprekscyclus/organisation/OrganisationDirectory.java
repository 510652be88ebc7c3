package nl.gesprekscyclus.organisation;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to the organisation for other features' services (login, profiles, the process later).
 * Not for screens: screens go through services that check who is asking.
 */
@Component
@Transactional(readOnly = true)
public class OrganisationDirectory {

    private final EmployeeRepository employees;

    OrganisationDirectory(EmployeeRepository employees) {
        this.employees = employees;
    }

    public Optional<EmployeeSummary> employee(long id) {
        return employees.findWithReferencesById(id).map(Employee::toSummary);
    }

    public Optional<EmployeeSummary> employeeByPersonnelNumber(String personnelNumber) {
        return employees.findByPersonnelNumber(personnelNumber).map(Employee::toSummary);
    }

    /** Whether the person manages at least one active employee (they then hold the MANAGER role). */
    public boolean managesAnyone(long employeeId) {
        return employees.existsByManagerIdAndActiveTrue(employeeId);
    }

    public boolean isManagerOf(long managerId, long employeeId) {
        return employees.existsByIdAndManagerId(employeeId, managerId);
    }

    public boolean isCoordinatorOf(long coordinatorId, long employeeId) {
        return employees.existsByIdAndCoordinatorId(employeeId, coordinatorId);
    }
}
