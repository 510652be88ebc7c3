package nl.gesprekscyclus.workrole;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.functionbook.WorkRole;
import nl.gesprekscyclus.functionbook.WorkRoles;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.security.AccessRefusals;
import nl.gesprekscyclus.security.AppUser;
import nl.gesprekscyclus.security.CurrentUser;
import nl.gesprekscyclus.security.Roles;
import nl.gesprekscyclus.workrole.RoleAssignmentRules.Overload;
import nl.gesprekscyclus.workrole.RoleAssignmentRules.Period;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's roles per period (issue 18, item 2). The functioneel beheerder or the person's manager assigns, ends,
 * and accepts or rejects what the person's coordinator proposes; the person, their manager, their coordinator and
 * the functioneel beheerder read the person's roles over the years (the relations that may read the profile they
 * belong to). Anyone else is refused, and so is an unknown personnel number, each logged and audited. Bad input is
 * refused as a whole with a Dutch message per field; shares above 100 % are stored with a warning.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class RoleAssignmentService {

    private final RoleAssignmentRepository assignments;
    private final OrganisationDirectory directory;
    private final WorkRoles roles;
    private final CurrentUser currentUser;
    private final AccessRefusals refusals;
    private final AuditTrail audit;
    private final Clock clock;

    RoleAssignmentService(RoleAssignmentRepository assignments, OrganisationDirectory directory, WorkRoles roles,
            CurrentUser currentUser, AccessRefusals refusals, AuditTrail audit, Clock clock) {
        this.assignments = assignments;
        this.directory = directory;
        this.roles = roles;
        this.currentUser = currentUser;
        this.refusals = refusals;
        this.audit = audit;
        this.clock = clock;
    }

    /** A role with its period and share, as the manager or the coordinator enters it; {@code to} null: open end. */
    public record Request(String roleCode, LocalDate from, LocalDate to, Integer sharePercent) {
    }

    /**
     * One assignment as the screen lists it. {@code decidable}: a proposal the viewer may accept or reject;
     * {@code endable}: an assignment the viewer may end (it has not ended yet).
     */
    public record Line(long id, String roleCode, String roleName, LocalDate from, LocalDate to, Integer sharePercent,
            RoleAssignmentStatus status, String createdBy, Instant createdAt, String decidedBy, String endedBy,
            boolean decidable, boolean endable) {
    }

    /**
     * A person's roles over the years, newest first, with the stretches in which the shares of the roles in force
     * add up to more than 100 %, what the viewer may do, and the catalogue to choose from.
     */
    public record Overview(String personnelNumber, String name, List<Line> lines, List<Overload> overloads,
            boolean mayAssign, boolean mayPropose, List<WorkRole> catalogue) {
    }

    /** What a change stored, and the share warnings that hold for the person afterwards (stored all the same). */
    public record Outcome(Line line, List<Overload> overloads) {
    }

    @Transactional(readOnly = true)
    public Overview overview(String personnelNumber) {
        AppUser user = currentUser.require();
        EmployeeSummary employee = employee(personnelNumber, "read roles");
        boolean mayAssign = mayAssign(user, employee);
        boolean mayPropose = !mayAssign && mayPropose(user, employee);
        if (!mayAssign && !mayPropose && !employee.id().equals(user.employeeId())) {
            throw refusals.refuse("read roles", "employee " + personnelNumber, employee.id());
        }
        List<RoleAssignment> rows = assignments.findByEmployeeIdOrderByFromDescIdDesc(employee.id());
        return new Overview(employee.personnelNumber(), employee.fullName(),
                rows.stream().map(a -> line(a, mayAssign)).toList(), overloads(rows, null), mayAssign, mayPropose,
                roles.catalogue().roles());
    }

    /** Assigns a role for a period: the manager or the functioneel beheerder. */
    public Outcome assign(String personnelNumber, Request request) {
        AppUser user = currentUser.require();
        EmployeeSummary employee = employee(personnelNumber, "assign role");
        if (!mayAssign(user, employee)) {
            throw refusals.refuse("assign role", "employee " + personnelNumber, employee.id());
        }
        return store(user, employee, request, RoleAssignmentStatus.ASSIGNED, "role.assign");
    }

    /** Proposes a role for a period: the person's coordinator; their manager decides. */
    public Outcome propose(String personnelNumber, Request request) {
        AppUser user = currentUser.require();
        EmployeeSummary employee = employee(personnelNumber, "propose role");
        if (!mayPropose(user, employee)) {
            throw refusals.refuse("propose role", "employee " + personnelNumber, employee.id());
        }
        return store(user, employee, request, RoleAssignmentStatus.PROPOSED, "role.propose");
    }

    /** The manager (or the functioneel beheerder) accepts a proposal: from now on the role is assigned. */
    public Outcome accept(long assignmentId) {
        AppUser user = currentUser.require();
        RoleAssignment proposal = decidable(user, assignmentId, "accept role proposal");
        List<RoleAssignment> rows = assignments.findByEmployeeIdOrderByFromDescIdDesc(proposal.getEmployeeId());
        EmployeeSummary employee = directory.employee(proposal.getEmployeeId()).orElseThrow();
        List<Violation> violations = RoleAssignmentRules.check(proposal.getId(), proposal.getRoleCode(),
                roles.catalogue().role(proposal.getRoleCode()).isPresent(), employee.active(), proposal.getFrom(),
                proposal.getTo(), proposal.getSharePercent(), periods(rows));
        if (!violations.isEmpty()) {
            throw new RoleAssignmentValidationException(violations);
        }
        proposal.decide(true, user.getUsername(), Instant.now(clock));
        audit.record("role.accept", "role assignment " + assignmentId, proposal.getEmployeeId(), AuditTrail.SUCCESS,
                describe(proposal));
        return new Outcome(line(proposal, true), overloads(rows, null));
    }

    /** The manager (or the functioneel beheerder) rejects a proposal; it stays in the history as rejected. */
    public void reject(long assignmentId) {
        AppUser user = currentUser.require();
        RoleAssignment proposal = decidable(user, assignmentId, "reject role proposal");
        proposal.decide(false, user.getUsername(), Instant.now(clock));
        audit.record("role.reject", "role assignment " + assignmentId, proposal.getEmployeeId(), AuditTrail.SUCCESS,
                describe(proposal));
    }

    /** Ends an assignment on a day within its period (the last day the person fills the role). */
    public Line end(long assignmentId, LocalDate lastDay) {
        AppUser user = currentUser.require();
        RoleAssignment assignment = mayChange(user, assignmentId, "end role assignment");
        if (assignment.getStatus() != RoleAssignmentStatus.ASSIGNED) {
            throw new RoleAssignmentValidationException(List.of(Violation.of(RoleAssignmentRules.TO,
                    "roles.error.notAssigned")));
        }
        if (lastDay == null) {
            throw new RoleAssignmentValidationException(List.of(Violation.of(RoleAssignmentRules.TO,
                    "roles.error.required")));
        }
        if (lastDay.isBefore(assignment.getFrom()) || assignment.getTo() != null && lastDay.isAfter(assignment.getTo())) {
            throw new RoleAssignmentValidationException(List.of(Violation.of(RoleAssignmentRules.TO,
                    "roles.error.endOutsidePeriod")));
        }
        assignment.endOn(lastDay, user.getUsername(), Instant.now(clock));
        audit.record("role.end", "role assignment " + assignmentId, assignment.getEmployeeId(), AuditTrail.SUCCESS,
                describe(assignment));
        return line(assignment, true);
    }

    private Outcome store(AppUser user, EmployeeSummary employee, Request request, RoleAssignmentStatus status,
            String action) {
        Optional<WorkRole> role = Optional.ofNullable(request.roleCode()).flatMap(roles.catalogue()::role);
        List<RoleAssignment> rows = assignments.findByEmployeeIdOrderByFromDescIdDesc(employee.id());
        List<Violation> violations = RoleAssignmentRules.check(null, request.roleCode(), role.isPresent(),
                employee.active(), request.from(), request.to(), request.sharePercent(), periods(rows));
        if (!violations.isEmpty()) {
            throw new RoleAssignmentValidationException(violations);
        }
        RoleAssignment saved = assignments.save(new RoleAssignment(employee.id(), role.get().code(), role.get().name(),
                request.from(), request.to(), request.sharePercent(), status, user.getUsername(), Instant.now(clock)));
        audit.record(action, "role assignment " + saved.getId(), employee.id(), AuditTrail.SUCCESS, describe(saved));
        return new Outcome(line(saved, status == RoleAssignmentStatus.ASSIGNED), overloads(rows, saved));
    }

    /** A proposal the user may decide on; a refusal names nothing the user may not know exists. */
    private RoleAssignment decidable(AppUser user, long assignmentId, String action) {
        RoleAssignment proposal = mayChange(user, assignmentId, action);
        if (proposal.getStatus() != RoleAssignmentStatus.PROPOSED) {
            throw new RoleAssignmentValidationException(List.of(Violation.of(RoleAssignmentRules.ROLE,
                    "roles.error.notProposed")));
        }
        return proposal;
    }

    private RoleAssignment mayChange(AppUser user, long assignmentId, String action) {
        RoleAssignment assignment = assignments.findById(assignmentId).orElse(null);
        EmployeeSummary employee = assignment == null ? null
                : directory.employee(assignment.getEmployeeId()).orElse(null);
        if (employee == null || !mayAssign(user, employee)) {
            throw refusals.refuse(action, "role assignment " + assignmentId,
                    assignment == null ? null : assignment.getEmployeeId());
        }
        return assignment;
    }

    /** An unknown number is refused like a forbidden one: the answer must not tell who exists. */
    private EmployeeSummary employee(String personnelNumber, String action) {
        return directory.employeeByPersonnelNumber(personnelNumber == null ? "" : personnelNumber)
                .orElseThrow(() -> refusals.refuse(action, "employee " + personnelNumber));
    }

    private boolean mayAssign(AppUser user, EmployeeSummary employee) {
        Long me = user.employeeId();
        return user.hasRole(Roles.ADMIN)
                || me != null && user.hasRole(Roles.MANAGER) && directory.isManagerOf(me, employee.id());
    }

    private boolean mayPropose(AppUser user, EmployeeSummary employee) {
        Long me = user.employeeId();
        return me != null && user.hasRole(Roles.COORDINATOR) && directory.isCoordinatorOf(me, employee.id());
    }

    private Line line(RoleAssignment a, boolean mayAssign) {
        LocalDate today = LocalDate.now(clock);
        return new Line(a.getId(), a.getRoleCode(), a.getRoleName(), a.getFrom(), a.getTo(), a.getSharePercent(),
                a.getStatus(), a.getCreatedBy(), a.getCreatedAt(), a.getDecidedBy(), a.getEndedBy(),
                mayAssign && a.getStatus() == RoleAssignmentStatus.PROPOSED,
                mayAssign && a.getStatus() == RoleAssignmentStatus.ASSIGNED
                        && (a.getTo() == null || !a.getTo().isBefore(today)));
    }

    private static List<Period> periods(List<RoleAssignment> rows) {
        return rows.stream().map(RoleAssignment::period).toList();
    }

    /** The share warnings of the roles in force, with the one just stored (a proposal too: it is about to count). */
    private static List<Overload> overloads(List<RoleAssignment> rows, RoleAssignment added) {
        List<Period> inForce = new ArrayList<>(Stream.concat(rows.stream(), Stream.ofNullable(added))
                .filter(a -> a == added || a.getStatus().inForce()).map(RoleAssignment::period).toList());
        return RoleAssignmentRules.overloads(inForce);
    }

    private static String describe(RoleAssignment a) {
        return a.getRoleCode() + " from " + a.getFrom() + (a.getTo() == null ? "" : " to " + a.getTo())
                + (a.getSharePercent() == null ? "" : " share " + a.getSharePercent() + "%");
    }
}
