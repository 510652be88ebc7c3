package nl.gesprekscyclus.review;

import java.util.List;

/**
 * A competency rated in the review: one of the normfunctie or of a role the employee filled in the year, rated
 * once even when several name it (docs/roles.md, "In the review"). The expected level is the highest of the levels
 * those sources expect, since the employee has to show it for each of them.
 *
 * @param origins where it comes from, the normfunctie first, then the roles in the order of the review's roles
 */
public record ReviewCompetency(String competency, String expectedLevel, List<Origin> origins) {

    public ReviewCompetency {
        origins = List.copyOf(origins);
    }

    /**
     * One source of the competency with the level it expects.
     *
     * @param roleCode null for the normfunctie
     * @param roleName the role's name; null for the normfunctie
     */
    public record Origin(String roleCode, String roleName, String level) {

        public boolean normfunctie() {
            return roleCode == null;
        }
    }

    public boolean fromRole() {
        return origins.stream().anyMatch(o -> !o.normfunctie());
    }
}
