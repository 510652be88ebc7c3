package nl.gesprekscyclus.organisation;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.functionbook.FunctionBooks;
import nl.gesprekscyclus.functionbook.JobTitle;
import nl.gesprekscyclus.security.Roles;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Maintaining the organisation: employees, clusters and coordinator assignments. Functioneel beheerder only. */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
@Transactional
public class OrganisationService {

    // the longest texts of a cluster, in characters: the form, these rules and table cluster (V1) hold to them
    public static final int MAX_CLUSTER_CODE = 100;
    public static final int MAX_CLUSTER_NAME = 200;
    public static final int MAX_CLUSTER_DESCRIPTION = 2000;
    private static final Pattern CLUSTER_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0," + (MAX_CLUSTER_CODE - 1) + "}");

    private final EmployeeRepository employees;
    private final ClusterRepository clusters;
    private final FunctionBooks books;
    private final Clock clock;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    OrganisationService(EmployeeRepository employees, ClusterRepository clusters, FunctionBooks books, Clock clock,
            AuditTrail audit, ApplicationEventPublisher events) {
        this.events = events;
        this.employees = employees;
        this.clusters = clusters;
        this.books = books;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Page<EmployeeSummary> employees(String filter, Pageable pageable) {
        String f = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("lastName", "firstName"));
        return employees.search(f, sorted).map(Employee::toSummary);
    }

    @Transactional(readOnly = true)
    public EmployeeSummary employee(long id) {
        return employees.findWithReferencesById(id).map(Employee::toSummary)
                .orElseThrow(() -> new IllegalArgumentException("no employee " + id));
    }

    /**
     * Creates (id null) or updates an employee. Refuses with {@link EmployeeValidationException} when a rule is
     * broken and with {@link ConcurrentChangeException} when someone else saved the employee in the meantime.
     */
    public EmployeeSummary saveEmployee(Long id, Long expectedVersion, EmployeeData input) {
        EmployeeData data = input.normalised();
        Employee employee = id == null ? null : employees.findWithReferencesById(id)
                .orElseThrow(() -> new IllegalArgumentException("no employee " + id));
        if (employee != null && expectedVersion != null && employee.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("employee " + employee.getPersonnelNumber());
        }
        List<Violation> violations = new ArrayList<>(EmployeeRules.validate(data,
                new DatabaseRulesContext(employees, clusters, books.current().book(), clock)));
        if (data.personnelNumber() != null) {
            employees.findByPersonnelNumber(data.personnelNumber())
                    .filter(other -> employee == null || !other.getId().equals(employee.getId()))
                    .ifPresent(other -> violations.add(Violation.of("personnelNumber", "employee.error.numberTaken")));
        }
        if (employee != null && !data.coordinationModule() && employee.hasCoordinationModule()) {
            long coordinated = employees.countByCoordinatorIdAndActiveTrue(employee.getId());
            if (coordinated > 0) {
                violations.add(Violation.of("coordinationModule", "employee.error.stillCoordinates", coordinated));
            }
        }
        if (!violations.isEmpty()) {
            throw new EmployeeValidationException(violations);
        }
        EmployeeSummary before = employee == null ? null : employee.toSummary();
        Employee target = employee == null ? new Employee(data.personnelNumber()) : employee;
        target.apply(data);
        target.setCluster(clusters.findByCode(data.clusterCode()).orElseThrow());
        target.setManager(data.managerNumber() == null ? null
                : employees.findByPersonnelNumber(data.managerNumber()).orElseThrow());
        target.setCoordinator(data.coordinatorNumber() == null ? null
                : employees.findByPersonnelNumber(data.coordinatorNumber()).orElseThrow());
        Employee saved = employees.saveAndFlush(target);
        audit.record(employee == null ? "EMPLOYEE_CREATED" : "EMPLOYEE_CHANGED", "employee " + saved.getPersonnelNumber(),
                saved.getId(), AuditTrail.SUCCESS, null);
        EmployeeSummary after = saved.toSummary();
        // the running round adds a new employee and follows a change of function (see the round feature)
        EmployeeChange.between(before, after).ifPresent(events::publishEvent);
        return after;
    }

    /** People to pick as manager or coordinator: matching name or number, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<EmployeeSummary> findPeople(String filter, int limit) {
        return employees(filter, PageRequest.of(0, Math.max(1, Math.min(limit, 200)))).getContent();
    }

    @Transactional(readOnly = true)
    public List<JobTitle> jobTitles() {
        return books.current().book().jobTitles();
    }

    @Transactional(readOnly = true)
    public List<ClusterSummary> clusters() {
        return clusters.findAllByOrderByNameAsc().stream()
                .map(c -> c.toSummary(employees.countByClusterIdAndActiveTrue(c.getId()))).toList();
    }

    /** Creates (id null) or updates a cluster; violations name the field. */
    public ClusterSummary saveCluster(Long id, Long expectedVersion, String code, String name, BigDecimal approximateFte,
            String description) {
        String c = code == null ? "" : code.strip();
        String n = name == null ? "" : name.strip();
        List<Violation> v = new ArrayList<>();
        if (!CLUSTER_CODE.matcher(c).matches()) {
            v.add(Violation.of("code", "cluster.error.code"));
        }
        if (n.isEmpty()) {
            v.add(Violation.of("name", "employee.error.required"));
        } else if (n.length() > MAX_CLUSTER_NAME) {
            v.add(Violation.of("name", "employee.error.tooLong", MAX_CLUSTER_NAME));
        } else {
            NameCharacters.problem("name", n).ifPresent(v::add);
        }
        if (approximateFte != null && (approximateFte.signum() < 0 || approximateFte.compareTo(BigDecimal.valueOf(1_000_000)) > 0)) {
            v.add(Violation.of("approximateFte", "cluster.error.fte"));
        }
        if (description != null && description.length() > MAX_CLUSTER_DESCRIPTION) {
            v.add(Violation.of("description", "employee.error.tooLong", MAX_CLUSTER_DESCRIPTION));
        }
        clusters.findByCode(c).filter(other -> !other.getId().equals(id))
                .ifPresent(other -> v.add(Violation.of("code", "cluster.error.codeTaken")));
        if (!v.isEmpty()) {
            throw new EmployeeValidationException(v);
        }
        Cluster cluster = id == null ? new Cluster(c, n, approximateFte, description)
                : clusters.findById(id).orElseThrow(() -> new IllegalArgumentException("no cluster " + id));
        if (id != null) {
            if (expectedVersion != null && cluster.getVersion() != expectedVersion) {
                throw new ConcurrentChangeException("cluster " + cluster.getCode());
            }
            cluster.update(c, n, approximateFte, description);
        }
        Cluster saved = clusters.saveAndFlush(cluster);
        audit.record(id == null ? "CLUSTER_CREATED" : "CLUSTER_CHANGED", "cluster " + saved.getCode(), null,
                AuditTrail.SUCCESS, null);
        return saved.toSummary(employees.countByClusterIdAndActiveTrue(saved.getId()));
    }

    @Transactional(readOnly = true)
    public List<CoordinatorSummary> coordinators() {
        return employees.findByCoordinationModuleTrueOrderByLastNameAsc().stream()
                .map(e -> new CoordinatorSummary(e.toSummary(), employees.countByCoordinatorIdAndActiveTrue(e.getId())))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<EmployeeSummary> coordinatedBy(long coordinatorId) {
        return employees.findByCoordinatorIdOrderByLastNameAsc(coordinatorId).stream().map(Employee::toSummary).toList();
    }

    /**
     * Makes the coordinator the coordinator of every active member of the cluster (except themselves).
     * Returns how many colleagues changed.
     */
    public int assignClusterToCoordinator(long coordinatorId, String clusterCode) {
        Employee coordinator = employees.findWithReferencesById(coordinatorId)
                .orElseThrow(() -> new IllegalArgumentException("no employee " + coordinatorId));
        if (!coordinator.hasCoordinationModule() || !coordinator.isActive()) {
            throw new EmployeeValidationException(List.of(Violation.of("coordinator", "employee.error.noModule",
                    coordinator.getPersonnelNumber())));
        }
        Cluster cluster = clusters.findByCode(clusterCode)
                .orElseThrow(() -> new EmployeeValidationException(List.of(
                        Violation.of("cluster", "employee.error.clusterUnknown", clusterCode))));
        int changed = 0;
        for (Employee member : employees.findByClusterIdAndActiveTrue(cluster.getId())) {
            if (!member.getId().equals(coordinator.getId())
                    && (member.getCoordinator() == null || !member.getCoordinator().getId().equals(coordinator.getId()))) {
                member.setCoordinator(coordinator);
                changed++;
            }
        }
        audit.record("COORDINATOR_ASSIGNED", "cluster " + cluster.getCode(), coordinator.getId(), AuditTrail.SUCCESS,
                changed + " colleagues now coordinated by " + coordinator.getPersonnelNumber());
        return changed;
    }
}
