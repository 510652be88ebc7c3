package nl.gesprekscyclus.vlootschouw;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.cycle.CycleSettings;
import nl.gesprekscyclus.review.ReviewPhase;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places a review's employee in a cell or moves them, and keeps the change in the placement's history: the one write
 * behind the manager's placing ({@link VlootschouwService#place}) and a calibration session's move
 * ({@link SessionPlacements#move}). Who may do it is the caller's rule; the placement's own rules (a grid, a cell of
 * it, a reason, the assessment phase or a vlootschouw moment) are checked here, and a broken one stores nothing.
 */
@Component
@Transactional
class PlacementWrites {

    private final PlacementRepository placements;
    private final PlacementChangeRepository changes;
    private final CycleSettings settings;
    private final VlootschouwMoments moments;
    private final Clock clock;

    PlacementWrites(PlacementRepository placements, PlacementChangeRepository changes, CycleSettings settings,
            VlootschouwMoments moments, Clock clock) {
        this.moments = moments;
        this.placements = placements;
        this.changes = changes;
        this.settings = settings;
        this.clock = clock;
    }

    /** The placement where it is now, and whether this was its first placement. */
    record Written(Placement placement, boolean first) {
    }

    /**
     * @param phase the review's phase now
     * @param sessionId the calibration session the move is made in; null for the manager's own placing
     */
    Written write(long reviewId, long employeeId, int year, ReviewPhase phase, String performance, String potential,
            String reason, long by, Long onBehalfOf, String byName, Long sessionId) {
        List<Violation> violations = PlacementRules.check(settings.vlootschouw(), phase, moments.runsToday(year),
                performance, potential, reason);
        if (!violations.isEmpty()) {
            throw new PlacementValidationException(violations);
        }
        Optional<Placement> existing = placements.findByReviewId(reviewId);
        String oldPerformance = existing.map(Placement::getPerformance).orElse(null);
        String oldPotential = existing.map(Placement::getPotential).orElse(null);
        Placement placement = existing.orElseGet(() -> new Placement(reviewId, employeeId, year));
        placement.place(performance, potential, reason.strip(), by, onBehalfOf, byName, clock.instant());
        placement = placements.save(placement);
        changes.save(PlacementChange.of(placement, oldPerformance, oldPotential, by, onBehalfOf, byName, sessionId));
        return new Written(placement, existing.isEmpty());
    }
}
