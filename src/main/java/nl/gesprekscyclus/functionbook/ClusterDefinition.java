package nl.gesprekscyclus.functionbook;

import java.math.BigDecimal;

/** A cluster (or group) as the book describes it; seeds the organisation's clusters on first start. */
public record ClusterDefinition(String code, String name, BigDecimal approximateFte, String description) {
}
