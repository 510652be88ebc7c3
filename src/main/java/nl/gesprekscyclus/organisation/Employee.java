package nl.gesprekscyclus.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * A person in the organisation: on a beschikbare functie, in a unit, with a manager and possibly a coordinator. The
 * manager is the effective one ({@link ManagerResolution}): set for this person when {@code managerOverride}, else
 * what the unit tree gives, kept up to date by whoever changes the tree.
 */
@Entity
@Table(name = "employee")
class Employee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "personnel_number", nullable = false)
    private String personnelNumber;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "name_prefix")
    private String namePrefix;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    /** Folded names and number for searching ({@link NameSearch}); follows the names in {@link #apply}. */
    @Column(name = "search_name")
    private String searchName;

    @Column(nullable = false)
    private String email;

    @Column(name = "job_title_code", nullable = false)
    private String jobTitleCode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private OrganisationUnit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_id")
    private Employee manager;

    @Column(name = "manager_override", nullable = false)
    private boolean managerOverride;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "coordinator_id")
    private Employee coordinator;

    @Column(name = "coordination_module", nullable = false)
    private boolean coordinationModule;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    protected Employee() {
    }

    Employee(String personnelNumber) {
        this.personnelNumber = personnelNumber;
    }

    /** Copies the plain fields of the data; references (unit, manager, coordinator) are set by the caller. */
    void apply(EmployeeData data) {
        this.personnelNumber = data.personnelNumber();
        this.firstName = data.firstName();
        this.namePrefix = data.namePrefix();
        this.lastName = data.lastName();
        this.searchName = NameSearch.key(data.firstName(), data.namePrefix(), data.lastName(), data.personnelNumber());
        this.email = data.email();
        this.jobTitleCode = data.jobTitleCode();
        this.coordinationModule = data.coordinationModule();
        this.startDate = data.startDate();
        this.active = data.active();
    }

    /** The data as it is now, in the shape a form or an import row uses. */
    EmployeeData toData() {
        return toSummary().toData();
    }

    EmployeeSummary toSummary() {
        return new EmployeeSummary(id, personnelNumber, firstName, namePrefix, lastName, email, jobTitleCode,
                unit.getCode(), unit.getName(),
                manager == null ? null : manager.getId(), manager == null ? null : manager.fullName(),
                manager == null ? null : manager.getPersonnelNumber(), managerOverride,
                coordinator == null ? null : coordinator.getId(), coordinator == null ? null : coordinator.fullName(),
                coordinator == null ? null : coordinator.getPersonnelNumber(),
                coordinationModule, startDate, active, version);
    }

    String fullName() {
        return EmployeeSummary.fullName(firstName, namePrefix, lastName);
    }

    Long getId() {
        return id;
    }

    String getPersonnelNumber() {
        return personnelNumber;
    }

    String getEmail() {
        return email;
    }

    /**
     * Frees this employee's e-mail address for another row of the same import (addresses are unique in the
     * database, and rows are written one by one): a placeholder until the row of this employee is applied.
     */
    void releaseEmailForImport() {
        this.email = "import-" + id + "@placeholder.invalid";
    }

    OrganisationUnit getUnit() {
        return unit;
    }

    Employee getManager() {
        return manager;
    }

    Employee getCoordinator() {
        return coordinator;
    }

    boolean isActive() {
        return active;
    }

    boolean hasCoordinationModule() {
        return coordinationModule;
    }

    long getVersion() {
        return version;
    }

    void setUnit(OrganisationUnit unit) {
        this.unit = unit;
    }

    boolean hasManagerOverride() {
        return managerOverride;
    }

    /** The effective manager (or null), and whether it was set for this person rather than given by the unit. */
    void setManager(Employee manager, boolean override) {
        this.manager = manager;
        this.managerOverride = override;
    }

    /** A new effective manager from the unit tree; the override flag stays as it is. */
    void setManager(Employee manager) {
        this.manager = manager;
    }

    void setCoordinator(Employee coordinator) {
        this.coordinator = coordinator;
    }

    void grantCoordinationModule() {
        this.coordinationModule = true;
    }
}
