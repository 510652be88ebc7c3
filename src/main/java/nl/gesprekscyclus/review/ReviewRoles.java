package nl.gesprekscyclus.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.gesprekscyclus.functionbook.ExpectedCompetency;
import nl.gesprekscyclus.functionbook.JobProfile;
import nl.gesprekscyclus.functionbook.LevelScale;
import nl.gesprekscyclus.functionbook.WorkRole;
import nl.gesprekscyclus.functionbook.WorkRoles;
import nl.gesprekscyclus.workrole.HeldRoles;
import org.springframework.stereotype.Component;

/**
 * The roles of a review and the competencies it rates: the normfunctie's and those of every role the employee filled
 * in the review's period, each competency once with the highest expected level (docs/roles.md, "In the review").
 * The roles are read when the review is read, not stored with it: an assignment entered or ended during the year
 * shows up in the review from then on, like the review's other data. Callers have checked access to the review.
 */
@Component
class ReviewRoles {

    private final HeldRoles held;
    private final WorkRoles catalogue;
    private final ReviewProfiles profiles;

    ReviewRoles(HeldRoles held, WorkRoles catalogue, ReviewProfiles profiles) {
        this.held = held;
        this.catalogue = catalogue;
        this.profiles = profiles;
    }

    /** The roles the employee filled on any day of the review's period, in the order they began. */
    List<ReviewRole> of(Review review) {
        Map<String, List<ReviewRole.Stretch>> stretches = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (HeldRoles.HeldRole h : held.overlapping(review.getEmployeeId(), review.dates().periodStart(),
                review.dates().periodEnd())) {
            stretches.computeIfAbsent(h.roleCode(), c -> new ArrayList<>())
                    .add(new ReviewRole.Stretch(h.from(), h.to(), h.sharePercent()));
            names.putIfAbsent(h.roleCode(), h.roleName());
        }
        List<ReviewRole> roles = new ArrayList<>();
        stretches.forEach((code, s) -> roles.add(new ReviewRole(code, names.get(code), s,
                catalogue.catalogue().role(code).orElse(null))));
        return List.copyOf(roles);
    }

    /** The competencies the review rates, with the roles it has now. */
    List<ReviewCompetency> competencies(Review review) {
        return competencies(review, of(review));
    }

    /**
     * The normfunctie's competencies in its order, then each role's that the normfunctie does not have. A
     * competency named more than once is rated once, against the highest level expected of it.
     */
    List<ReviewCompetency> competencies(Review review, List<ReviewRole> roles) {
        return merge(profiles.profile(review).map(JobProfile::competencies).orElse(List.of()), roles,
                profiles.scale(review));
    }

    /** The rule of {@link #competencies(Review, List)} on its own: what the profile and the roles expect, merged. */
    static List<ReviewCompetency> merge(List<ExpectedCompetency> profile, List<ReviewRole> roles, LevelScale scale) {
        Map<String, List<ReviewCompetency.Origin>> origins = new LinkedHashMap<>();
        for (ExpectedCompetency c : profile) {
            origins.computeIfAbsent(c.competency(), k -> new ArrayList<>())
                    .add(new ReviewCompetency.Origin(null, null, c.level()));
        }
        for (ReviewRole r : roles) {
            WorkRole role = r.role();
            if (role == null) {
                continue;
            }
            for (ExpectedCompetency c : role.competencies()) {
                origins.computeIfAbsent(c.competency(), k -> new ArrayList<>())
                        .add(new ReviewCompetency.Origin(r.code(), r.name(), c.level()));
            }
        }
        List<ReviewCompetency> competencies = new ArrayList<>();
        origins.forEach((code, from) -> competencies.add(new ReviewCompetency(code, highest(scale, from), from)));
        return List.copyOf(competencies);
    }

    /** The expected level by competency, in the order of {@link #competencies(Review, List)}. */
    static Map<String, String> expectedLevels(List<ReviewCompetency> competencies) {
        Map<String, String> expected = new LinkedHashMap<>();
        competencies.forEach(c -> expected.put(c.competency(), c.expectedLevel()));
        return expected;
    }

    /** Rank 0 is the scale's highest level; a level the scale lacks never wins over one it has. */
    private static String highest(LevelScale scale, List<ReviewCompetency.Origin> from) {
        String best = from.get(0).level();
        for (ReviewCompetency.Origin o : from) {
            int rank = scale == null ? -1 : scale.rank(o.level());
            int bestRank = scale == null ? -1 : scale.rank(best);
            if (rank >= 0 && (bestRank < 0 || rank < bestRank)) {
                best = o.level();
            }
        }
        return best;
    }
}
