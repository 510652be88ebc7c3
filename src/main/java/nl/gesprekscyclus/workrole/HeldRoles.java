package nl.gesprekscyclus.workrole;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roles a person actually filled in a stretch of time, for a service that has already decided the caller may
 * see that person's record (the review: its reader may read the review, and so the roles it is about). No check of
 * its own, like {@code WorkRoles}: screens go through {@link RoleAssignmentService}, which checks the relation.
 * Only accepted assignments count (assigned, or ended on their last day); an open or rejected proposal does not.
 */
@Component
@Transactional(readOnly = true)
public class HeldRoles {

    /** One assignment in force: the role by code and by the name it had, its period (to null: open) and share. */
    public record HeldRole(String roleCode, String roleName, LocalDate from, LocalDate to, Integer sharePercent) {
    }

    private final RoleAssignmentRepository assignments;

    HeldRoles(RoleAssignmentRepository assignments) {
        this.assignments = assignments;
    }

    /** The assignments in force on any day from {@code from} to {@code to} (both inclusive), earliest first. */
    public List<HeldRole> overlapping(long employeeId, LocalDate from, LocalDate to) {
        return assignments.findByEmployeeIdOrderByFromDescIdDesc(employeeId).stream()
                .filter(a -> a.getStatus().inForce())
                .filter(a -> !a.getFrom().isAfter(to) && (a.getTo() == null || !a.getTo().isBefore(from)))
                .map(a -> new HeldRole(a.getRoleCode(), a.getRoleName(), a.getFrom(), a.getTo(), a.getSharePercent()))
                .sorted(java.util.Comparator.comparing(HeldRole::from).thenComparing(HeldRole::roleName))
                .toList();
    }
}
