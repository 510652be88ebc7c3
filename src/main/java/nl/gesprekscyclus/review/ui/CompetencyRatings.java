package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.gesprekscyclus.functionbook.LevelScale;
import nl.gesprekscyclus.review.CompetencyRating;
import nl.gesprekscyclus.review.RatingSource;
import nl.gesprekscyclus.review.ReviewDossier;

/**
 * The competency ratings of a review as the viewer may see them, per competency of the profile: the expected
 * level and the rating of each source (self, informant input, manager), each compared to the expected level. The
 * record's table and the ratings beside each competency card read them from here, so both compare the same way.
 * Built only from what the dossier holds: the read service already left out what the viewer may not see.
 */
final class CompetencyRatings {

    /** Where a rating stands against the expected level; the words and the colour of the badge come from it. */
    enum Comparison {
        ABOVE("review.record.above", "above"), AT("review.record.atLevel", "at"), BELOW("review.record.below", "below");

        final String key;
        final String variant;

        Comparison(String key, String variant) {
            this.key = key;
            this.variant = variant;
        }
    }

    private final LevelScale scale;
    private final Map<String, String> expected = new LinkedHashMap<>();
    private final Map<String, Map<RatingSource, CompetencyRating>> byCompetency = new LinkedHashMap<>();
    private final Set<RatingSource> sources = EnumSet.noneOf(RatingSource.class);

    CompetencyRatings(ReviewDossier dossier) {
        this.scale = dossier.scale();
        // the normfunctie's and the roles' competencies, each once at the highest level expected (docs/roles.md)
        dossier.reviewCompetencies().forEach(e -> expected.put(e.competency(), e.expectedLevel()));
        expected.keySet().forEach(c -> byCompetency.put(c, new EnumMap<>(RatingSource.class)));
        // a rating of a competency the profile no longer has (after a change of function) keeps its own expected level
        dossier.ratings().forEach(r -> {
            byCompetency.computeIfAbsent(r.getCompetencyCode(), c -> new EnumMap<>(RatingSource.class))
                    .put(r.getSource(), r);
            expected.putIfAbsent(r.getCompetencyCode(), r.getExpectedLevel());
            sources.add(r.getSource());
        });
    }

    /**
     * The competencies in the review's order (the profile's, then its roles', then any rated one the review no
     * longer has), with their ratings.
     */
    Map<String, Map<RatingSource, CompetencyRating>> byCompetency() {
        return Collections.unmodifiableMap(byCompetency);
    }

    /** The ratings of one competency by source; empty when there are none the viewer may see. */
    Map<RatingSource, CompetencyRating> of(String competency) {
        return byCompetency.getOrDefault(competency, Map.of());
    }

    String expected(String competency) {
        return expected.get(competency);
    }

    /** The sources that rated anything, in the order self, informant, manager. */
    List<RatingSource> sources() {
        return List.copyOf(sources);
    }

    boolean isEmpty() {
        return sources.isEmpty();
    }

    /** How a level stands against the expected one on the book's scale; empty when either is not on the scale. */
    static Optional<Comparison> compare(LevelScale scale, String expectedLevel, String level) {
        if (scale == null || expectedLevel == null || level == null) {
            return Optional.empty();
        }
        int expectedRank = scale.rank(expectedLevel);
        int rank = scale.rank(level);
        if (expectedRank < 0 || rank < 0) {
            return Optional.empty();
        }
        // rank 0 is the highest level: a lower rank than expected is above what the profile expects
        return Optional.of(rank < expectedRank ? Comparison.ABOVE : rank > expectedRank ? Comparison.BELOW
                : Comparison.AT);
    }

    /** "boven verwacht" / "op verwacht niveau" / "onder verwacht" as a coloured badge: the words carry the meaning. */
    Optional<Span> badge(Component i18n, String competency, CompetencyRating rating) {
        return compare(scale, expected(competency), rating.getLevelCode())
                .map(c -> ReviewFormat.badge(i18n.getTranslation(c.key), c.variant));
    }
}
