package nl.gesprekscyclus.monitoring;

import java.util.Set;

/**
 * Which reviews the dashboard counts: one round, optionally one unit and one coordinator. A unit chosen in the filter
 * takes its sub-units along ({@code subUnits}, as a round started for a unit does); a figure of one unit's row is
 * that unit's own people only. {@code unitIds} are the units the database query uses, worked out by
 * {@link MonitoringService} from the tree (null until then).
 */
public record MonitoringScope(long roundId, Long unitId, Long coordinatorId, boolean subUnits, Set<Long> unitIds) {

    /** A unit with its sub-units, as the filter chooses it. */
    public MonitoringScope(long roundId, Long unitId, Long coordinatorId) {
        this(roundId, unitId, coordinatorId, true, null);
    }

    public MonitoringScope(long roundId, Long unitId, Long coordinatorId, boolean subUnits) {
        this(roundId, unitId, coordinatorId, subUnits, null);
    }

    /** The units to count: the resolved ones, or the unit itself. Empty: every unit. */
    public Set<Long> units() {
        return unitId == null ? Set.of() : unitIds != null ? unitIds : Set.of(unitId);
    }

    MonitoringScope withUnits(Set<Long> ids) {
        return new MonitoringScope(roundId, unitId, coordinatorId, subUnits, ids);
    }
}
