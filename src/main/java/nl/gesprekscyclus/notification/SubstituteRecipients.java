package nl.gesprekscyclus.notification;

import java.util.List;
import nl.gesprekscyclus.substitution.Substitutes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who else hears of a notification because they act for its recipient today: the substitutes of a manager, for a
 * review in which that manager holds a line relation (manager, second assessor, signer), as the review gate lets
 * them act there ({@code ReviewRules.substituted}). Never for the manager's own review, and never to a substitute
 * about their own review: what they could not open, they are not told about.
 */
@Component
class SubstituteRecipients {

    private final Substitutes substitutes;
    private final JdbcTemplate jdbc;

    SubstituteRecipients(Substitutes substitutes, JdbcTemplate jdbc) {
        this.substitutes = substitutes;
        this.jdbc = jdbc;
    }

    /** The substitutes who get a copy of a notification to this person about this review; mostly none. */
    List<Long> of(long recipient, long reviewId) {
        // the substitution table first: it is tiny and nearly always empty for today, so most notifications cost one
        // index lookup and the review is only read when someone acts for the recipient
        List<Long> acting = substitutes.substitutesOfToday(recipient);
        if (acting.isEmpty()) {
            return List.of();
        }
        List<Line> line = jdbc.query("select employee_id, manager_id, second_assessor_id, "
                + "coalesce(sign_off_by_id, manager_id) as signer_id from review where id = ?",
                (rs, i) -> new Line(rs.getLong(1), (Long) rs.getObject(2, Long.class),
                        (Long) rs.getObject(3, Long.class), (Long) rs.getObject(4, Long.class)), reviewId);
        if (line.isEmpty() || !line.get(0).heldBy(recipient)) {
            return List.of();
        }
        long employee = line.get(0).employee();
        return acting.stream().filter(s -> s != employee).toList();
    }

    private record Line(long employee, Long manager, Long secondAssessor, Long signer) {

        boolean heldBy(long person) {
            return person != employee && (Long.valueOf(person).equals(manager)
                    || Long.valueOf(person).equals(secondAssessor) || Long.valueOf(person).equals(signer));
        }
    }
}
