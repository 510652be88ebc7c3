package nl.gesprekscyclus.substitution;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.security.AccessRefusals;
import nl.gesprekscyclus.security.AppUser;
import nl.gesprekscyclus.security.CurrentUser;
import nl.gesprekscyclus.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting and ending substitutions (Vervanging). A manager does it for themselves; HR for any manager (one who is
 * ill cannot). Anyone else is refused, logged and audited. Bad input is refused as a whole with a Dutch message per
 * field, and nothing is stored.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class SubstitutionService {

    private final SubstitutionRepository substitutions;
    private final OrganisationDirectory directory;
    private final CurrentUser currentUser;
    private final AccessRefusals refusals;
    private final AuditTrail audit;
    private final Clock clock;

    SubstitutionService(SubstitutionRepository substitutions, OrganisationDirectory directory, CurrentUser currentUser,
            AccessRefusals refusals, AuditTrail audit, Clock clock) {
        this.substitutions = substitutions;
        this.directory = directory;
        this.currentUser = currentUser;
        this.refusals = refusals;
        this.audit = audit;
        this.clock = clock;
    }

    /** One substitution as the screen lists it. {@code endable}: running or still to come. */
    public record Line(long id, long managerId, String managerName, long substituteId, String substituteName,
            LocalDate from, LocalDate to, String reason, String setBy, boolean endable) {
    }

    /** Whether the logged-in person may set substitutes at all: for themselves as a manager, or as HR. */
    @Transactional(readOnly = true)
    public boolean maySetAny() {
        AppUser user = currentUser.require();
        return user.hasRole(Roles.HR) || user.employeeId() != null && directory.managesAnyone(user.employeeId());
    }

    @Transactional(readOnly = true)
    public boolean isHr() {
        return currentUser.require().hasRole(Roles.HR);
    }

    /**
     * The substitutions the person may see: their own (as manager, or as the substitute) from today on; HR sees
     * everyone's from today on.
     */
    @Transactional(readOnly = true)
    public List<Line> current() {
        AppUser user = currentUser.require();
        LocalDate today = today();
        List<Substitution> shown = substitutions.runningOrLaterOn(today).stream()
                .filter(s -> user.hasRole(Roles.HR) || s.getManagerId().equals(user.employeeId())
                        || s.getSubstituteId().equals(user.employeeId()))
                .toList();
        return lines(shown, user, today);
    }

    /**
     * Active employees to choose a substitute (or, for HR, a manager) from: a page of those whose name holds the
     * typed words, by name. Paged, since a picker of a municipality of 15,000 must not load everyone.
     */
    @Transactional(readOnly = true)
    public List<EmployeeSummary> people(String typed, int offset, int limit) {
        if (!maySetAny()) {
            throw refusals.refuse("list substitution people", "substitution");
        }
        return directory.activeByName(typed, offset, limit);
    }

    /**
     * Names a substitute for a manager for a period (both days inclusive).
     *
     * @param managerId null: the logged-in person
     * @throws SubstitutionValidationException with a message per field; nothing is stored
     */
    public Line set(Long managerId, Long substituteId, LocalDate from, LocalDate to, String reason) {
        AppUser user = currentUser.require();
        Long manager = managerId == null ? user.employeeId() : managerId;
        boolean self = manager != null && manager.equals(user.employeeId());
        if (!self && !user.hasRole(Roles.HR)) {
            throw refusals.refuse("set substitute", "employee " + manager, manager);
        }
        List<Violation> violations = new ArrayList<>();
        if (manager == null || !directory.managesAnyone(manager)) {
            violations.add(Violation.of("manager", "substitution.error.notManager"));
        }
        EmployeeSummary substitute = substituteId == null ? null : directory.employee(substituteId).orElse(null);
        LocalDate today = today();
        List<Substitution> ofManager = manager == null ? List.of() : substitutions.findByManagerIdOrderByFromDesc(manager);
        Map<Long, String> names = names(ofManager.stream().map(Substitution::getSubstituteId).toList());
        List<SubstitutionRules.Period> others = ofManager.stream().map(s -> new SubstitutionRules.Period(s.getFrom(),
                s.getTo(), names.getOrDefault(s.getSubstituteId(), "?"))).toList();
        violations.addAll(SubstitutionRules.check(manager, substitute == null ? substituteId : substitute.id(),
                substitute != null && substitute.active(), from, to, reason, today, others));
        if (substituteId != null && substitute == null) {
            violations.removeIf(v -> v.field().equals(SubstitutionRules.SUBSTITUTE));
            violations.add(Violation.of(SubstitutionRules.SUBSTITUTE, "substitution.error.inactive"));
        }
        if (!violations.isEmpty()) {
            throw new SubstitutionValidationException(violations);
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        Substitution saved = substitutions.save(new Substitution(manager, substitute.id(), from, to,
                user.getUsername(), why, Instant.now(clock)));
        audit.record("substitution.set", "substitution " + saved.getId(), manager, AuditTrail.SUCCESS,
                "substitute " + substitute.personnelNumber() + " from " + from + " to " + to);
        return lines(List.of(saved), user, today).get(0);
    }

    /**
     * Ends a substitution: one that has not begun is removed, a running one ends yesterday (from now on the
     * manager's tasks are theirs alone again).
     */
    public void end(long substitutionId) {
        AppUser user = currentUser.require();
        Substitution s = substitutions.findById(substitutionId).orElse(null);
        if (s == null || !(user.hasRole(Roles.HR) || s.getManagerId().equals(user.employeeId()))) {
            throw refusals.refuse("end substitute", "substitution " + substitutionId,
                    s == null ? null : s.getManagerId());
        }
        LocalDate today = today();
        if (s.getTo().isBefore(today)) {
            throw new SubstitutionValidationException(List.of(Violation.of("to", "substitution.error.alreadyOver")));
        }
        if (!s.getFrom().isBefore(today)) {
            substitutions.delete(s);
        } else {
            s.endOn(today.minusDays(1));
        }
        audit.record("substitution.end", "substitution " + substitutionId, s.getManagerId(), AuditTrail.SUCCESS,
                null);
    }

    private List<Line> lines(List<Substitution> shown, AppUser user, LocalDate today) {
        Map<Long, String> names = names(shown.stream()
                .flatMap(s -> Stream.of(s.getManagerId(), s.getSubstituteId())).toList());
        return shown.stream().map(s -> new Line(s.getId(), s.getManagerId(), names.getOrDefault(s.getManagerId(), "?"),
                s.getSubstituteId(), names.getOrDefault(s.getSubstituteId(), "?"), s.getFrom(), s.getTo(),
                s.getReason(), s.getSetBy(), !s.getTo().isBefore(today)
                        && (user.hasRole(Roles.HR) || s.getManagerId().equals(user.employeeId()))))
                .toList();
    }

    private Map<Long, String> names(Collection<Long> ids) {
        Set<Long> wanted = ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        return wanted.isEmpty() ? Map.of() : directory.employees(wanted).stream()
                .collect(Collectors.toMap(EmployeeSummary::id, EmployeeSummary::fullName, (a, b) -> a));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
