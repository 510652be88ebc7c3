package nl.gesprekscyclus.vlootschouw;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.cycle.VlootschouwGrid;
import nl.gesprekscyclus.review.ReviewPhase;
import org.junit.jupiter.api.Test;

/**
 * When a manager may place a review: in its assessment, the feedback round that opens it included (issue 19); while
 * HR's vlootschouw moment runs, in any phase but ended early.
 */
class PlacementRulesTests {

    static final VlootschouwGrid GRID = new VlootschouwGrid("test", null,
            List.of(new VlootschouwGrid.Step("laag", "Laag"), new VlootschouwGrid.Step("hoog", "Hoog")),
            List.of(new VlootschouwGrid.Step("laag", "Laag"), new VlootschouwGrid.Step("hoog", "Hoog")), List.of());

    private static List<String> fields(ReviewPhase phase) {
        return fields(phase, false);
    }

    private static List<String> fields(ReviewPhase phase, boolean momentRuns) {
        return PlacementRules.check(GRID, phase, momentRuns, "hoog", "laag", "Sterk in het vak").stream()
                .map(Violation::field).toList();
    }

    @Test
    void shouldLetTheManagerPlaceInTheAssessmentAndItsFeedbackRoundOnly() {
        assertThat(fields(ReviewPhase.ASSESSMENT)).isEmpty();
        assertThat(fields(ReviewPhase.FEEDBACK)).isEmpty();
        assertThat(fields(ReviewPhase.PROGRESS)).containsExactly("phase");
        assertThat(fields(ReviewPhase.CLOSED)).containsExactly("phase");
    }

    @Test
    void shouldLetTheManagerPlaceInAnyPhaseButEndedWhileTheVlootschouwMomentRuns() {
        for (ReviewPhase phase : List.of(ReviewPhase.PLANNING, ReviewPhase.PROGRESS, ReviewPhase.DEVELOPMENT,
                ReviewPhase.CLOSED)) {
            assertThat(fields(phase, true)).as("%s", phase).isEmpty();
        }
        assertThat(fields(ReviewPhase.ENDED, true)).containsExactly("phase");
        assertThat(fields(ReviewPhase.DEVELOPMENT)).containsExactly("phase");
    }
}
