package nl.gesprekscyclus.notification;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The name of the employee a review is about, for mails and the bell. The review feature offers no lookup
 * without an access check (mails go out without a logged-in user), and one column is all that is needed.
 */
@Component
class ReviewSubjects {

    private final JdbcTemplate jdbc;
    private final OrganisationDirectory directory;

    ReviewSubjects(JdbcTemplate jdbc, OrganisationDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    String employeeName(long reviewId) {
        return employeeNames(List.of(reviewId)).getOrDefault(reviewId, "");
    }

    /** review id → full name of its employee */
    Map<Long, String> employeeNames(Collection<Long> reviewIds) {
        Map<Long, String> names = new HashMap<>();
        if (reviewIds.isEmpty()) {
            return names;
        }
        Map<Long, Long> employeeOfReview = new HashMap<>();
        String in = String.join(",", java.util.Collections.nCopies(reviewIds.size(), "?"));
        jdbc.query("select id, employee_id from review where id in (" + in + ")",
                rs -> {
                    employeeOfReview.put(rs.getLong(1), rs.getLong(2));
                }, reviewIds.toArray());
        Map<Long, String> byEmployee = new HashMap<>();
        directory.employees(employeeOfReview.values()).forEach(e -> byEmployee.put(e.id(), e.fullName()));
        employeeOfReview.forEach((review, employee) -> names.put(review, byEmployee.getOrDefault(employee, "")));
        return names;
    }
}
