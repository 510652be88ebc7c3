package nl.gesprekscyclus.vlootschouw;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One placement or move of a {@link Placement}, never changed afterwards: from which cell (none for the first) to
 * which, why, by whom (a substitute "namens" the manager) and when. A calibration session adds its moves here with
 * source CALIBRATION and the session's id, so the history of a placement stays one list.
 */
@Entity
@Table(name = "vlootschouw_placement_change")
class PlacementChange {

    /**
     * Who made the change: the manager (or their substitute) in the assessment phase, or an invited manager or HR
     * in a calibration session.
     */
    enum Source {
        MANAGER,
        CALIBRATION
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "placement_id", nullable = false)
    private Long placementId;

    @Column(name = "review_id", nullable = false)
    private Long reviewId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Source source;

    @Column(name = "old_performance")
    private String oldPerformance;

    @Column(name = "old_potential")
    private String oldPotential;

    @Column(nullable = false)
    private String performance;

    @Column(nullable = false)
    private String potential;

    @Column(nullable = false)
    private String reason;

    @Column(name = "changed_by_id", nullable = false)
    private Long changedById;

    @Column(name = "on_behalf_of_id")
    private Long onBehalfOfId;

    @Column(name = "changed_by_name", nullable = false)
    private String changedByName;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "calibration_session_id")
    private Long calibrationSessionId;

    protected PlacementChange() {
    }

    PlacementChange(Placement placement, Source source, String oldPerformance, String oldPotential,
            String performance, String potential, String reason, Long by, Long onBehalfOf, String byName, Instant at) {
        this.placementId = placement.getId();
        this.reviewId = placement.getReviewId();
        this.source = source;
        this.oldPerformance = oldPerformance;
        this.oldPotential = oldPotential;
        this.performance = performance;
        this.potential = potential;
        this.reason = reason;
        this.changedById = by;
        this.onBehalfOfId = onBehalfOf;
        this.changedByName = byName;
        this.changedAt = at;
    }

    /**
     * The change that brought the placement where it is now, from the old cell (null: its first placement): by the
     * manager, or (with a session) a move in a calibration session.
     */
    static PlacementChange of(Placement placement, String oldPerformance, String oldPotential, Long by,
            Long onBehalfOf, String byName, Long sessionId) {
        PlacementChange change = new PlacementChange(placement, sessionId == null ? Source.MANAGER : Source.CALIBRATION,
                oldPerformance, oldPotential, placement.getPerformance(), placement.getPotential(),
                placement.getReason(), by, onBehalfOf, byName, placement.getPlacedAt());
        change.calibrationSessionId = sessionId;
        return change;
    }

    Long getReviewId() {
        return reviewId;
    }

    Long getCalibrationSessionId() {
        return calibrationSessionId;
    }

    PlacementView.Change view() {
        return new PlacementView.Change(source.name(), oldPerformance, oldPotential, performance, potential, reason,
                changedByName, changedAt);
    }
}
