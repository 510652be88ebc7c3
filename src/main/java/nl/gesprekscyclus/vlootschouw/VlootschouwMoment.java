package nl.gesprekscyclus.vlootschouw;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A vlootschouw moment: the period HR opens for a year in which every manager places their employees of that year,
 * whatever phase their review is in. One per year; opening again changes its dates, ending it closes it before its
 * last day.
 */
@Entity
@Table(name = "vlootschouw_moment")
class VlootschouwMoment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "moment_year", nullable = false)
    private int year;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Column(name = "opened_by", nullable = false)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "ended_by")
    private String endedBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Version
    private long version;

    protected VlootschouwMoment() {
    }

    VlootschouwMoment(int year) {
        this.year = year;
    }

    /** Opens the moment for these days (again, when it was ended or is being changed). */
    void open(LocalDate opensOn, LocalDate closesOn, String by, Instant at) {
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.openedBy = by;
        this.openedAt = at;
        this.endedBy = null;
        this.endedAt = null;
    }

    void end(String by, Instant at) {
        this.endedBy = by;
        this.endedAt = at;
    }

    /** Whether managers can place in it on this day: within its days and not ended. */
    boolean isOpenOn(LocalDate day) {
        return endedAt == null && !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    int getYear() {
        return year;
    }

    LocalDate getOpensOn() {
        return opensOn;
    }

    LocalDate getClosesOn() {
        return closesOn;
    }

    Instant getEndedAt() {
        return endedAt;
    }
}
