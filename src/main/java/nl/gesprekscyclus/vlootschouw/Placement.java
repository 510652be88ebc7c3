package nl.gesprekscyclus.vlootschouw;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Where one employee stands on the vlootschouw grid in one year (one per review): the cell, the reason, who placed
 * them last and when. What it was before is in {@link PlacementChange}, one row per placement or move.
 */
@Entity
@Table(name = "vlootschouw_placement")
class Placement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "review_id", nullable = false)
    private Long reviewId;

    @Column(name = "employee_id", nullable = false)
    private Long employeeId;

    @Column(name = "placement_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private String performance;

    @Column(nullable = false)
    private String potential;

    @Column(nullable = false)
    private String reason;

    @Column(name = "placed_by_id", nullable = false)
    private Long placedById;

    @Column(name = "on_behalf_of_id")
    private Long onBehalfOfId;

    @Column(name = "placed_by_name", nullable = false)
    private String placedByName;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @Version
    private long version;

    protected Placement() {
    }

    Placement(Long reviewId, Long employeeId, int year) {
        this.reviewId = reviewId;
        this.employeeId = employeeId;
        this.year = year;
    }

    /** Puts the employee in a cell (the caller records the change in the history). */
    void place(String performance, String potential, String reason, Long by, Long onBehalfOf, String byName,
            Instant at) {
        this.performance = performance;
        this.potential = potential;
        this.reason = reason;
        this.placedById = by;
        this.onBehalfOfId = onBehalfOf;
        this.placedByName = byName;
        this.placedAt = at;
    }

    Long getId() {
        return id;
    }

    Long getReviewId() {
        return reviewId;
    }

    Long getEmployeeId() {
        return employeeId;
    }

    int getYear() {
        return year;
    }

    String getPerformance() {
        return performance;
    }

    String getPotential() {
        return potential;
    }

    String getReason() {
        return reason;
    }

    String getPlacedByName() {
        return placedByName;
    }

    Instant getPlacedAt() {
        return placedAt;
    }
}
