package nl.gesprekscyclus.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import nl.gesprekscyclus.functionbook.ExpectedCompetency;
import nl.gesprekscyclus.functionbook.LevelScale;
import nl.gesprekscyclus.functionbook.WorkRole;
import org.junit.jupiter.api.Test;

/**
 * What a review rates when the employee fills roles (docs/roles.md, "In the review"): the normfunctie's competencies
 * in its order, then each role's new ones; a competency named more than once is rated once, against the highest
 * level expected of it, with every source kept.
 */
class ReviewCompetencyMergeTests {

    static final LevelScale HR21 = new LevelScale("HR21", null, null, List.of(new LevelScale.Level("A", "Niveau A"),
            new LevelScale.Level("B", "Niveau B"), new LevelScale.Level("C", "Niveau C")));
    static final LevelScale LOWEST_FIRST = new LevelScale("1-3", null, LevelScale.LOWEST_FIRST, List.of(
            new LevelScale.Level("1", "Een"), new LevelScale.Level("2", "Twee"), new LevelScale.Level("3", "Drie")));

    @Test
    void shouldRateASharedCompetencyOnceAgainstTheHighestLevelAndKeepEverySource() {
        List<ReviewCompetency> merged = ReviewRoles.merge(List.of(expected("visie", "B"), expected("regisseren", "C")),
                List.of(role("projectleider", "Projectleider", expected("visie", "A"), expected("initiatief", "B")),
                        role("opdrachtgever", "Opdrachtgever", expected("regisseren", "C"), expected("visie", "C"))),
                HR21);

        assertThat(merged).extracting(ReviewCompetency::competency, ReviewCompetency::expectedLevel).containsExactly(
                tuple("visie", "A"), tuple("regisseren", "C"), tuple("initiatief", "B"));
        assertThat(merged.get(0).origins()).extracting(ReviewCompetency.Origin::roleName,
                ReviewCompetency.Origin::level).containsExactly(tuple(null, "B"), tuple("Projectleider", "A"),
                        tuple("Opdrachtgever", "C"));
        assertThat(merged.get(2).fromRole()).isTrue();
        assertThat(merged.get(2).origins()).extracting(ReviewCompetency.Origin::normfunctie).containsExactly(false);
    }

    @Test
    void shouldReadHighestOnAScaleWrittenLowestFirst() {
        List<ReviewCompetency> merged = ReviewRoles.merge(List.of(expected("visie", "2")),
                List.of(role("projectleider", "Projectleider", expected("visie", "3"))), LOWEST_FIRST);

        assertThat(merged).extracting(ReviewCompetency::expectedLevel).containsExactly("3");
    }

    @Test
    void shouldRateNothingOfARoleTheCatalogueNoLongerHas() {
        ReviewRole gone = new ReviewRole("oud", "Oude rol", List.of(new ReviewRole.Stretch(LocalDate.of(2052, 1, 1),
                null, null)), null);

        assertThat(ReviewRoles.merge(List.of(expected("visie", "B")), List.of(gone), HR21))
                .extracting(ReviewCompetency::competency).containsExactly("visie");
    }

    private static ExpectedCompetency expected(String code, String level) {
        return new ExpectedCompetency(code, level);
    }

    private static ReviewRole role(String code, String name, ExpectedCompetency... competencies) {
        return new ReviewRole(code, name, List.of(new ReviewRole.Stretch(LocalDate.of(2052, 1, 1), null, null)),
                new WorkRole(code, name, "Doel", List.of("taak"), List.of(), List.of(competencies), List.of(), null));
    }
}
