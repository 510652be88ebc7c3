package nl.gesprekscyclus.functionbook;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Who fills which role, as the role assignments know it. The catalogue asks at start-up before it accepts a
 * catalogue without a role someone still fills. A port: the role assignments implement it, so the function book
 * depends on no feature.
 */
public interface WorkRoleHolders {

    /** An assignment or proposal that has not ended: enough to name it in a refusal and to move it. */
    record Holder(long assignmentId, long employeeId, String personnelNumber, String name, String roleCode,
            LocalDate from, LocalDate to) {
    }

    /**
     * Every assignment and open proposal that is running on the day or still to come, whose role is none of these
     * codes; ordered by personnel number.
     */
    List<Holder> outside(Set<String> roleCodes, LocalDate today);

    /**
     * Moves an assignment onto the role that replaces its own: one that has begun ends the day before and the new
     * role runs from the day on (the history keeps the old role for the days it was filled); one that has not begun,
     * or a proposal, takes the new role.
     */
    void replace(Holder holder, WorkRole role, LocalDate today);
}
