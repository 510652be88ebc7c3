package nl.gesprekscyclus.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Who manages whom in a tree of units (issue 16): the unit's manager; for that manager the manager of the unit above;
 * nobody for the manager at the top; a manager set for the employee wins.
 */
class ManagerResolutionTests {

    /**
     * gemeente (secretaris G) → directie (D) → afdeling (A) → team (T); a second team under the afdeling without a
     * manager yet; a project group under that team managed by A as well.
     */
    static final UnitTree TREE = new UnitTree(List.of(
            new UnitTree.Node("gemeente", "Gemeente", null, "G", null),
            new UnitTree.Node("directie", "Directie", "gemeente", "D", "D2"),
            new UnitTree.Node("afdeling", "Afdeling", "directie", "A", null),
            new UnitTree.Node("team", "Team", "afdeling", "T", null),
            new UnitTree.Node("team-zonder", "Team zonder leiding", "afdeling", null, null),
            new UnitTree.Node("project", "Project", "team-zonder", "A", null)));

    final ManagerResolution resolution = new ManagerResolution(TREE);

    @Test
    void shouldGiveAnEmployeeTheManagerOfTheirUnit() {
        assertThat(resolution.managerOf("e1", "team", null)).isEqualTo("T");
        assertThat(resolution.managerOf("e2", "afdeling", null)).isEqualTo("A");
        assertThat(resolution.managerOf("e3", "gemeente", null)).isEqualTo("G");
    }

    @Test
    void shouldLetAManagerSetForTheEmployeeWin() {
        assertThat(resolution.managerOf("e1", "team", "D")).isEqualTo("D");
        assertThat(resolution.managerOf("T", "team", "G")).isEqualTo("G");
    }

    @Test
    void shouldGiveAUnitsManagerTheManagerOfTheUnitAbove() {
        assertThat(resolution.managerOf("T", "team", null)).isEqualTo("A");
        assertThat(resolution.managerOf("A", "afdeling", null)).isEqualTo("D");
        assertThat(resolution.managerOf("D", "directie", null)).isEqualTo("G");
    }

    @Test
    void shouldGiveTheManagerAtTheTopNobody() {
        assertThat(resolution.managerOf("G", "gemeente", null)).isNull();
        // the secretaris placed in a lower unit that she manages too: still nobody above her
        UnitTree tree = TREE.with(new UnitTree.Node("directie", "Directie", "gemeente", "G", null));
        assertThat(new ManagerResolution(tree).managerOf("G", "directie", null)).isNull();
    }

    @Test
    void shouldSkipUnitsTheEmployeeManagesThemselvesOrThatHaveNoManagerAtAnyDepth() {
        // A manages the project and the afdeling: the nearest unit above with someone else is the directie
        assertThat(resolution.managerOf("A", "project", null)).isEqualTo("D");
        // a colleague in the project has A
        assertThat(resolution.managerOf("p1", "project", null)).isEqualTo("A");
        // a team without a manager passes the question on to the afdeling
        assertThat(resolution.managerOf("z1", "team-zonder", null)).isEqualTo("A");
        // an unknown unit gives nobody (the rules refuse it before it gets here)
        assertThat(resolution.managerOf("x", "bestaat-niet", null)).isNull();
    }

    @Test
    void shouldStopOnACircleInTheTreeInsteadOfLoopingForever() {
        UnitTree circle = new UnitTree(List.of(new UnitTree.Node("a", "A", "b", "M", null),
                new UnitTree.Node("b", "B", "a", "M", null)));
        assertThat(new ManagerResolution(circle).managerOf("M", "a", null)).isNull();
        assertThat(circle.circleAbove("a")).containsExactly("A", "B", "A");
        assertThat(TREE.circleAbove("project")).isEmpty();
        assertThat(TREE.with(new UnitTree.Node("afdeling", "Afdeling", "project", "A", null)).circleAbove("afdeling"))
                .containsExactly("Afdeling", "Project", "Team zonder leiding", "Afdeling");
    }

    @Test
    void shouldFindThePeopleOnACircleOfManagers() {
        Map<String, String> lines = new HashMap<>();
        lines.put("a", "b");
        lines.put("b", "c");
        lines.put("c", "a");
        lines.put("d", "a"); // leads into the circle, is not on it
        lines.put("e", null);
        lines.put("f", "e");
        assertThat(ManagerResolution.onCircle(lines)).containsExactlyInAnyOrder("a", "b", "c");
        lines.put("c", null);
        assertThat(ManagerResolution.onCircle(lines)).isEmpty();
    }

    @Test
    void shouldListAUnitWithEverythingBelowIt() {
        assertThat(TREE.withSubUnits("afdeling")).containsExactlyInAnyOrder("afdeling", "team", "team-zonder",
                "project");
        assertThat(TREE.withSubUnits("team")).containsExactly("team");
        assertThat(TREE.ledBy("D2")).extracting(UnitTree.Node::code).containsExactly("directie");
    }
}
