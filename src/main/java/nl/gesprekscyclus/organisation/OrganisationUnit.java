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
import java.math.BigDecimal;

/**
 * A unit of the organisation's tree (gemeente → directie/afdeling → team, any depth; Ommen's clusters are units),
 * with its manager and optionally a deputy. The code is the key HR exports and stored round selections use: it is
 * fixed once the unit exists.
 */
@Entity
@Table(name = "org_unit")
class OrganisationUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    /** A label for screens: "gemeente", "afdeling", "team", "cluster" ... */
    @Column(nullable = false)
    private String kind;

    @Column(name = "approximate_fte")
    private BigDecimal approximateFte;

    private String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrganisationUnit parent;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_id")
    private Employee manager;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "deputy_id")
    private Employee deputy;

    @Version
    private long version;

    protected OrganisationUnit() {
    }

    OrganisationUnit(String code, String name, String kind) {
        this.code = code;
        this.name = name;
        this.kind = kind;
    }

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    String getKind() {
        return kind;
    }

    long getVersion() {
        return version;
    }

    OrganisationUnit getParent() {
        return parent;
    }

    Employee getManager() {
        return manager;
    }

    /** Sets what the book or the units file describes; the code stays. */
    void describe(String name, String kind) {
        this.name = name;
        this.kind = kind;
    }

    void size(BigDecimal approximateFte, String description) {
        this.approximateFte = approximateFte;
        this.description = description;
    }

    void placeUnder(OrganisationUnit parent) {
        this.parent = parent;
    }

    void lead(Employee manager, Employee deputy) {
        this.manager = manager;
        this.deputy = deputy;
    }

    /** The unit for screens; {@code ownMembers} and {@code allMembers} are active employees (all: sub-units too). */
    UnitSummary toSummary(long ownMembers, long allMembers) {
        return new UnitSummary(id, code, name, kind, parent == null ? null : parent.getCode(),
                manager == null ? null : manager.getPersonnelNumber(), manager == null ? null : manager.fullName(),
                deputy == null ? null : deputy.getPersonnelNumber(), deputy == null ? null : deputy.fullName(),
                approximateFte, description, ownMembers, allMembers, version);
    }
}
