package nl.gesprekscyclus.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.gesprekscyclus.base.Violation;
import org.junit.jupiter.api.Test;

/** When a session may propose a judgement: while the manager has yet to set it, the feedback round included (issue 19). */
class CalibrationRulesTests {

    private static List<String> proposal(String phase, boolean handedOver) {
        List<Violation> v = new ArrayList<>();
        CalibrationRules.proposal(v, new CalibrationQueries.ReviewFacts(1, 2, 3L, 4L, 2086, phase, null, handedOver,
                false), "goed", Set.of("goed", "voldoende"), false);
        return v.stream().map(Violation::field).toList();
    }

    @Test
    void shouldTakeProposalsInTheAssessmentAndItsFeedbackRoundBeforeTheHandOverOnly() {
        assertThat(proposal("ASSESSMENT", false)).isEmpty();
        assertThat(proposal("FEEDBACK", false)).isEmpty();
        assertThat(proposal("PROGRESS", false)).containsExactly("review");
        assertThat(proposal("ASSESSMENT", true)).containsExactly("review");
        assertThat(proposal("CLOSED", true)).containsExactly("review");
    }
}
