package nl.gesprekscyclus.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import nl.gesprekscyclus.cycle.AssessmentPolicy;
import nl.gesprekscyclus.review.AssessmentLine.Line;
import nl.gesprekscyclus.review.AssessmentLine.Refused;
import nl.gesprekscyclus.review.AssessmentLine.Resolved;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who assesses, is consulted and signs off, for every combination of the policy in config/cycle.yaml, on a line of
 * four: Wies (employee) → Lotte (her manager) → Nico (head of department) → Annemarie (gemeentesecretaris, no manager);
 * Bram reports to Annemarie directly; Otto is the burgemeester, recorded as an employee without a manager. And every
 * bad case: refused with a Dutch sentence that names the people, never a half-resolved line.
 */
class AssessmentLineTests {

    static final long WIES = 1, LOTTE = 2, NICO = 3, ANNEMARIE = 4, BRAM = 5, OTTO = 6;

    final Map<Long, AssessmentLine.Link> links = new HashMap<>(Map.of(
            WIES, new AssessmentLine.Link(LOTTE, true),
            LOTTE, new AssessmentLine.Link(NICO, true),
            NICO, new AssessmentLine.Link(ANNEMARIE, true),
            ANNEMARIE, new AssessmentLine.Link(null, true),
            BRAM, new AssessmentLine.Link(ANNEMARIE, true),
            OTTO, new AssessmentLine.Link(null, true)));
    static final Map<Long, String> NAMES = Map.of(WIES, "Wies Werknemer", LOTTE, "Lotte Leider", NICO, "Nico Niveau",
            ANNEMARIE, "Annemarie Bakker", BRAM, "Bram Buur", OTTO, "Otto Burgemeester");

    final AssessmentLine.People people = new AssessmentLine.People() {
        @Override
        public AssessmentLine.Link link(long personId) {
            return links.get(personId);
        }

        @Override
        public String name(long personId) {
            return NAMES.get(personId);
        }
    };

    static AssessmentPolicy policy(String second, String signOff, String top) {
        return new AssessmentPolicy(second, signOff, top, false);
    }

    private AssessmentLine.Outcome resolve(AssessmentPolicy policy, long employee) {
        Long manager = links.get(employee).managerId();
        Long top = policy.topAssessorNumber().map(n -> n.equals("900006") ? OTTO : null).orElse(null);
        return AssessmentLine.resolve(policy, employee, "90000" + employee, manager, top, people);
    }

    static Stream<Arguments> everyCombination() {
        // secondAssessor, signOff: Wies's line, and Bram's, whose manager is the top
        return Stream.of(
                Arguments.of("none", "manager", new Line(LOTTE, null, LOTTE), new Line(ANNEMARIE, null, ANNEMARIE)),
                Arguments.of("none", "nextLevel", new Line(LOTTE, null, NICO), new Line(ANNEMARIE, null, ANNEMARIE)),
                Arguments.of("none", "gemeentesecretaris", new Line(LOTTE, null, ANNEMARIE),
                        new Line(ANNEMARIE, null, ANNEMARIE)),
                Arguments.of("nextLevel", "manager", new Line(LOTTE, NICO, LOTTE), new Line(ANNEMARIE, null, ANNEMARIE)),
                Arguments.of("nextLevel", "nextLevel", new Line(LOTTE, NICO, NICO), new Line(ANNEMARIE, null, ANNEMARIE)),
                Arguments.of("nextLevel", "gemeentesecretaris", new Line(LOTTE, NICO, ANNEMARIE),
                        new Line(ANNEMARIE, null, ANNEMARIE)));
    }

    @ParameterizedTest(name = "secondAssessor {0}, signOff {1}")
    @MethodSource("everyCombination")
    void shouldResolveEveryCombinationAndFallBackWhereThePolicyNamesNobody(String second, String signOff, Line wies,
            Line bram) {
        assertThat(resolve(policy(second, signOff, "none"), WIES)).isEqualTo(new Resolved(wies));
        // Bram's manager is the top: no next level, so nobody is consulted and his manager signs off
        assertThat(resolve(policy(second, signOff, "none"), BRAM)).isEqualTo(new Resolved(bram));
    }

    @Test
    void shouldLeaveTheTopOutOfTheCycleWhenThePolicyNamesNobodyToAssessThem() {
        assertThat(resolve(AssessmentPolicy.DEFAULTS, ANNEMARIE)).isEqualTo(new Refused("top-not-in-cycle",
                "Annemarie Bakker heeft geen leidinggevende, en cycle.yaml noemt niemand die de top van de organisatie"
                        + " beoordeelt (assessmentPolicy.topAssessor: none): Annemarie Bakker doet niet mee aan de"
                        + " gesprekscyclus."));
    }

    @Test
    void shouldLetTheTopAssessorAssessAndSignOffTheTopsOwnReviewAndKeepThemOutOfTheCycle() {
        for (String signOff : new String[] {"manager", "nextLevel", "gemeentesecretaris"}) {
            assertThat(resolve(policy("nextLevel", signOff, "900006"), ANNEMARIE)).as(signOff)
                    .isEqualTo(new Resolved(new Line(OTTO, null, OTTO)));
        }
        assertThat(resolve(policy("none", "manager", "900006"), OTTO)).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.message()).isEqualTo("Otto Burgemeester beoordeelt de top van de organisatie"
                        + " (assessmentPolicy.topAssessor in cycle.yaml) en doet zelf niet mee aan de gesprekscyclus."));
    }

    /**
     * With the unit tree (issue 16) the burgemeester is in a unit, so he has a manager: the gemeentesecretaris he
     * assesses, when he is in the top unit. He still assesses and signs off her review alone: walking above him
     * would make her her own second assessor or signer and refuse the top's review.
     */
    @ParameterizedTest(name = "secondAssessor {0}, signOff {1}")
    @MethodSource("everyCombination")
    void shouldNotWalkAboveTheTopAssessorWhomTheUnitTreeGivesAManager(String second, String signOff) {
        links.put(OTTO, new AssessmentLine.Link(ANNEMARIE, true));
        assertThat(resolve(policy(second, signOff, "900006"), ANNEMARIE))
                .isEqualTo(new Resolved(new Line(OTTO, null, OTTO)));
        links.put(OTTO, new AssessmentLine.Link(NICO, true));
        assertThat(resolve(policy(second, signOff, "900006"), ANNEMARIE)).as("in a unit lower in the tree")
                .isEqualTo(new Resolved(new Line(OTTO, null, OTTO)));
    }

    @Test
    void shouldRefuseATopAssessorTheRecordsDoNotKnowOrWhoLeftService() {
        assertThat(resolve(policy("none", "manager", "123456"), ANNEMARIE)).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.message()).contains("personeelsnummer 123456").contains("van niemand die in dienst is"));
        links.put(OTTO, new AssessmentLine.Link(null, false));
        assertThat(resolve(policy("none", "manager", "900006"), ANNEMARIE)).extracting(o -> ((Refused) o).code())
                .isEqualTo("top-assessor-unknown");
    }

    @Test
    void shouldRefuseAnEmployeeWhoWouldBeTheirOwnSecondAssessor() {
        // a record the organisation screens refuse (a line that comes back to Wies), as a future import could still
        // deliver it: "next level" above her manager is herself. (The top assessor managed by the gemeentesecretaris
        // is no such case: nobody above him is walked, see shouldNotWalkAboveTheTopAssessorWhomTheUnitTreeGivesAManager.)
        links.put(LOTTE, new AssessmentLine.Link(WIES, true));
        assertThat(resolve(policy("nextLevel", "manager", "none"), WIES)).isEqualTo(new Refused(
                "second-assessor-is-employee", "De tweede beoordelaar van Wies Werknemer zou Wies Werknemer zelf"
                        + " zijn: Wies Werknemer staat vastgelegd als leidinggevende van Lotte Leider."));
        assertThat(resolve(policy("none", "nextLevel", "none"), WIES)).extracting(o -> ((Refused) o).code())
                .isEqualTo("signer-is-employee");
    }

    @Test
    void shouldRefuseAManagerWhoWouldBeTheirOwnSecondAssessor() {
        // a record the organisation screens refuse, as a future import or unit tree could still deliver it
        links.put(LOTTE, new AssessmentLine.Link(LOTTE, true));
        assertThat(resolve(policy("nextLevel", "manager", "none"), WIES)).isEqualTo(new Refused(
                "second-assessor-is-manager", "Lotte Leider zou bij Wies Werknemer de eigen tweede beoordelaar zijn:"
                        + " Lotte Leider staat vastgelegd als eigen leidinggevende."));
    }

    @Test
    void shouldRefuseALineThatGoesRound() {
        links.put(ANNEMARIE, new AssessmentLine.Link(LOTTE, true));
        assertThat(resolve(policy("none", "gemeentesecretaris", "none"), WIES)).isEqualTo(new Refused(
                "line-goes-round", "De lijn van leidinggevenden boven Wies Werknemer is rond: Lotte Leider → Nico Niveau"
                        + " → Annemarie Bakker → Lotte Leider. Niemand is de top, dus niemand kan de beoordeling"
                        + " vaststellen."));
        // two people recorded as each other's manager: the employee would sign off their own assessment
        links.put(ANNEMARIE, new AssessmentLine.Link(null, true));
        links.put(LOTTE, new AssessmentLine.Link(WIES, true));
        assertThat(resolve(policy("nextLevel", "manager", "none"), WIES)).extracting(o -> ((Refused) o).code())
                .isEqualTo("second-assessor-is-employee");
        assertThat(resolve(policy("none", "gemeentesecretaris", "none"), WIES)).extracting(o -> ((Refused) o).code())
                .isEqualTo("line-goes-round");
    }

    @Test
    void shouldRefuseASecondAssessorOrSignerWhoLeftService() {
        links.put(NICO, new AssessmentLine.Link(ANNEMARIE, false));
        assertThat(resolve(policy("nextLevel", "manager", "none"), WIES)).isEqualTo(new Refused("second-assessor-left",
                "De tweede beoordelaar van Wies Werknemer, Nico Niveau (leidinggevende van Lotte Leider), is niet meer"
                        + " in dienst."));
        assertThat(resolve(policy("none", "nextLevel", "none"), WIES)).extracting(o -> ((Refused) o).code())
                .isEqualTo("signer-left");
        // a manager who signs off themselves is checked as before: not here
        assertThat(resolve(policy("none", "manager", "none"), WIES)).isInstanceOf(Resolved.class);
    }

    @Test
    void shouldReadNoNamesForALineThatResolves() {
        AssessmentLine.People counting = new AssessmentLine.People() {
            @Override
            public AssessmentLine.Link link(long personId) {
                return links.get(personId);
            }

            @Override
            public String name(long personId) {
                throw new AssertionError("a name was read for " + personId);
            }
        };
        assertThat(AssessmentLine.resolve(policy("nextLevel", "gemeentesecretaris", "none"), WIES, "940001", LOTTE,
                null, counting)).isEqualTo(new Resolved(new Line(LOTTE, NICO, ANNEMARIE)));
    }
}
