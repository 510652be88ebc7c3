package nl.gesprekscyclus.calibration;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A calibration session (kalibratiesessie): HR's meeting for one year and a set of units, with the units as they
 * stood when it opened (the chosen ones and every unit below) and their managers, who are invited. OPEN while the
 * managers and HR move placements and propose judgements; CLOSED after HR closes it, read-only from then on.
 */
@Entity
@Table(name = "calibration_session")
class CalibrationSession {

    enum Status {
        OPEN,
        CLOSED
    }

    /** One unit of the session; chosen by HR, or below a chosen one. */
    @Embeddable
    record SessionUnit(@Column(name = "unit_id") Long unitId, @Column(name = "chosen") boolean chosen) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "session_year", nullable = false)
    private int year;

    @Column(name = "session_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "opened_by", nullable = false)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "calibration_session_unit", joinColumns = @JoinColumn(name = "session_id"))
    private Set<SessionUnit> units = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "calibration_session_manager", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "manager_id")
    private Set<Long> managers = new HashSet<>();

    @Version
    private long version;

    protected CalibrationSession() {
    }

    CalibrationSession(String name, int year, LocalDate date, Set<Long> chosen, Set<Long> allUnits,
            Set<Long> managers, String openedBy, Instant openedAt) {
        this.name = name;
        this.year = year;
        this.date = date;
        this.status = Status.OPEN;
        allUnits.forEach(u -> units.add(new SessionUnit(u, chosen.contains(u))));
        this.managers.addAll(managers);
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    void close(String by, Instant at) {
        this.status = Status.CLOSED;
        this.closedBy = by;
        this.closedAt = at;
    }

    boolean isOpen() {
        return status == Status.OPEN;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    int getYear() {
        return year;
    }

    LocalDate getDate() {
        return date;
    }

    Status getStatus() {
        return status;
    }

    String getOpenedBy() {
        return openedBy;
    }

    Instant getOpenedAt() {
        return openedAt;
    }

    String getClosedBy() {
        return closedBy;
    }

    Instant getClosedAt() {
        return closedAt;
    }

    /** Every unit of the session, chosen or below a chosen one. */
    Set<Long> unitIds() {
        return units.stream().map(SessionUnit::unitId).collect(Collectors.toSet());
    }

    Set<Long> chosenUnitIds() {
        return units.stream().filter(SessionUnit::chosen).map(SessionUnit::unitId).collect(Collectors.toSet());
    }

    Set<Long> managers() {
        return Set.copyOf(managers);
    }
}
