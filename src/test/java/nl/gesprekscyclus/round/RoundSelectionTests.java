package nl.gesprekscyclus.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** How a round stores whom it was started for, also for rounds started before the unit tree (issue 16). */
class RoundSelectionTests {

    @Test
    void shouldReadTheClustersOfARoundStartedBeforeTheUnitTreeAsUnits() {
        RoundSelection old = RoundSelection.decode("clusters=beleid-en-ontwikkeling,coordinatie;persons=100031");
        assertThat(old.unitCodes()).containsExactlyInAnyOrder("beleid-en-ontwikkeling", "coordinatie");
        assertThat(old.personnelNumbers()).containsExactly("100031");
        assertThat(RoundSelection.decode("clusters=;persons=").isEveryone()).isTrue();
    }

    @Test
    void shouldStoreUnitsAndReadThemBack() {
        RoundSelection selection = new RoundSelection(Set.of("team-b", "afdeling-a"), Set.of("2", "1"));
        assertThat(selection.encode()).isEqualTo("units=afdeling-a,team-b;persons=1,2");
        assertThat(RoundSelection.decode(selection.encode())).isEqualTo(selection);
    }
}
