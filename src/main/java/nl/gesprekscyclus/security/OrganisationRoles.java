package nl.gesprekscyclus.security;

import java.util.LinkedHashSet;
import java.util.Set;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import org.springframework.stereotype.Component;

/**
 * The roles that follow from the organisation, the same for a password login and single sign-on: EMPLOYEE for an
 * active employee, COORDINATOR for a holder of the coördinatiemodule, MANAGER for whoever manages someone.
 */
@Component
class OrganisationRoles {

    private final OrganisationDirectory directory;

    OrganisationRoles(OrganisationDirectory directory) {
        this.directory = directory;
    }

    /** Nothing for someone who left service: they have no role here. */
    Set<String> of(EmployeeSummary employee) {
        Set<String> roles = new LinkedHashSet<>();
        if (!employee.active()) {
            return roles;
        }
        roles.add(Roles.EMPLOYEE);
        if (employee.coordinationModule()) {
            roles.add(Roles.COORDINATOR);
        }
        if (directory.managesAnyone(employee.id())) {
            roles.add(Roles.MANAGER);
        }
        return roles;
    }
}
