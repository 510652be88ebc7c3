package nl.gesprekscyclus.vlootschouw;

import java.util.ArrayList;
import java.util.List;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.cycle.VlootschouwGrid;
import nl.gesprekscyclus.review.ReviewPhase;

/**
 * The rules of a placement, before anything is written: the municipality has a grid, the review is in the
 * assessment phase (or, while HR's vlootschouw moment of its year runs, in any phase but ended early), the cell is
 * one of the grid, and there is a short reason.
 */
final class PlacementRules {

    static final int MAX_REASON = 1000;

    private PlacementRules() {
    }

    /** @param momentRuns whether HR's vlootschouw moment of the review's year runs today */
    static List<Violation> check(VlootschouwGrid grid, ReviewPhase phase, boolean momentRuns, String performance,
            String potential, String reason) {
        List<Violation> v = new ArrayList<>();
        if (grid == null) {
            v.add(Violation.of("grid", "vlootschouw.rule.noGrid"));
            return v;
        }
        if (phase == ReviewPhase.ENDED) {
            v.add(Violation.of("phase", "vlootschouw.rule.ended"));
        } else if (phase.stage() != ReviewPhase.ASSESSMENT && !momentRuns) { // the feedback round opens the assessment
            v.add(Violation.of("phase", "vlootschouw.rule.notAssessmentPhase"));
        }
        if (performance == null || grid.performanceStep(performance).isEmpty()) {
            v.add(Violation.of("performance", "vlootschouw.rule.performance"));
        }
        if (potential == null || grid.potentialStep(potential).isEmpty()) {
            v.add(Violation.of("potential", "vlootschouw.rule.potential"));
        }
        if (reason == null || reason.isBlank()) {
            v.add(Violation.of("reason", "vlootschouw.rule.reasonRequired"));
        } else if (reason.strip().length() > MAX_REASON) {
            v.add(Violation.of("reason", "vlootschouw.rule.reasonTooLong", MAX_REASON));
        }
        return v;
    }
}
