package nl.gesprekscyclus.workrole;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.gesprekscyclus.functionbook.WorkRole;
import nl.gesprekscyclus.functionbook.WorkRoleHolders;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import org.springframework.stereotype.Component;

/**
 * The assignments' answer to the catalogue's question "who fills a role I do not have", and the move to the role
 * that replaces it. Runs at start-up, in the start-up's transaction, as the system.
 */
@Component
class RoleAssignmentHolders implements WorkRoleHolders {

    static final String SYSTEM = "(system)";

    private final RoleAssignmentRepository assignments;
    private final OrganisationDirectory directory;
    private final Clock clock;

    RoleAssignmentHolders(RoleAssignmentRepository assignments, OrganisationDirectory directory, Clock clock) {
        this.assignments = assignments;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public List<Holder> outside(Set<String> roleCodes, LocalDate today) {
        List<RoleAssignment> running = assignments.runningOrLaterOn(today).stream()
                .filter(a -> !roleCodes.contains(a.getRoleCode())).toList();
        if (running.isEmpty()) {
            return List.of();
        }
        var people = directory.employees(running.stream().map(RoleAssignment::getEmployeeId).distinct().toList())
                .stream().collect(Collectors.toMap(EmployeeSummary::id, e -> e));
        return running.stream().map(a -> {
            EmployeeSummary e = people.get(a.getEmployeeId());
            return new Holder(a.getId(), a.getEmployeeId(), e.personnelNumber(), e.fullName(), a.getRoleCode(),
                    a.getFrom(), a.getTo());
        }).sorted(Comparator.comparing(Holder::personnelNumber).thenComparing(Holder::from)).toList();
    }

    @Override
    public void replace(Holder holder, WorkRole role, LocalDate today) {
        RoleAssignment old = assignments.findById(holder.assignmentId()).orElseThrow();
        Instant now = Instant.now(clock);
        if (old.getStatus().inForce() && old.getFrom().isBefore(today)) {
            LocalDate to = old.getTo();
            old.endOn(today.minusDays(1), SYSTEM, now);
            assignments.save(new RoleAssignment(old.getEmployeeId(), role.code(), role.name(), today, to,
                    old.getSharePercent(), RoleAssignmentStatus.ASSIGNED, SYSTEM, now));
        } else {
            old.retarget(role.code(), role.name());
        }
    }
}
