package nl.gesprekscyclus.review;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import nl.gesprekscyclus.substitution.Substitutes;
import org.springframework.stereotype.Component;

/**
 * How a person relates to a review today: their own relations ({@link ReviewRules#partiesOf}) and those they hold
 * as a substitute for a manager whose substitution period covers today ({@link ReviewRules#substituted}). Every gate
 * that decides on a review (the services, the signed documents) asks here, so a substitute is let in exactly where
 * the manager is, and only during the period.
 */
@Component
public class ReviewRelations {

    private final Substitutes substitutes;

    ReviewRelations(Substitutes substitutes) {
        this.substitutes = substitutes;
    }

    /**
     * @param parties all relations, closest first (never empty)
     * @param onBehalfOf the relations held only as a substitute, each with the manager they are held for
     */
    public record Relations(Set<Party> parties, Map<Party, Long> onBehalfOf) {

        public Party closest() {
            return parties.iterator().next();
        }
    }

    public Relations of(Review review, Long personId, boolean isHr) {
        Map<Party, Long> substituted = ReviewRules.substituted(review, personId,
                substitutes.managersActedForToday(personId).keySet());
        Set<Party> own = ReviewRules.partiesOf(review, personId, isHr);
        Set<Party> parties = ReviewRules.partiesOf(review, personId, isHr, substituted);
        Map<Party, Long> onBehalfOf = new EnumMap<>(Party.class);
        substituted.forEach((party, manager) -> {
            if (parties.contains(party) && !own.contains(party)) {
                onBehalfOf.put(party, manager);
            }
        });
        return new Relations(parties, onBehalfOf);
    }
}
