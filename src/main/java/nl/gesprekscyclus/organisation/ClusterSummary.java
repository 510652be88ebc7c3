package nl.gesprekscyclus.organisation;

import java.math.BigDecimal;

/** A cluster as screens see it, with the number of active employees in it. */
public record ClusterSummary(Long id, String code, String name, BigDecimal approximateFte, String description,
        long activeMembers, long version) {
}
