package nl.gesprekscyclus.substitution;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For whom a person acts today: the managers whose substitution period covers today's date (the app's clock), for
 * the review gate and the task list. Outside the period the answer is empty, so the gate treats the person as
 * before: a colleague without relation.
 */
@Component
@Transactional(readOnly = true)
public class Substitutes {

    private final SubstitutionRepository substitutions;
    private final Clock clock;

    Substitutes(SubstitutionRepository substitutions, Clock clock) {
        this.substitutions = substitutions;
        this.clock = clock;
    }

    /** The people who act for this manager today (empty outside every period), in the order they were named. */
    public List<Long> substitutesOfToday(Long managerId) {
        if (managerId == null) {
            return List.of();
        }
        return substitutions.actingFor(managerId, LocalDate.now(clock)).stream().map(Substitution::getSubstituteId)
                .distinct().toList();
    }

    /** The managers this person substitutes today, each with the last day of the period. */
    public Map<Long, LocalDate> managersActedForToday(Long personId) {
        if (personId == null) {
            return Map.of();
        }
        return substitutions.coveringFor(personId, LocalDate.now(clock)).stream()
                .collect(Collectors.toMap(Substitution::getManagerId, Substitution::getTo, (a, b) -> a));
    }
}
