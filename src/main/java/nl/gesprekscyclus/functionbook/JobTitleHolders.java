package nl.gesprekscyclus.functionbook;

import java.util.List;
import java.util.Set;

/**
 * Who holds which job title, as the organisation knows it. The function book asks before it stores a book that
 * drops a job title (or before another book becomes the active one), so that nobody is left on a job title the
 * book no longer has. A port: the organisation implements it, the function book depends on no feature.
 */
public interface JobTitleHolders {

    /** An employee on a job title: enough to name them in a refusal and to move them. */
    record Holder(long employeeId, String personnelNumber, String name, String jobTitleCode, boolean active) {
    }

    /** Every employee, in service or not, whose job title is none of these codes; ordered by personnel number. */
    List<Holder> outside(Set<String> jobTitleCodes);

    /**
     * Puts the employee on another job title because the function book renamed or replaced theirs. Not a change
     * of function: a running review stays on the book version and profile it was started on.
     */
    void retitle(Holder holder, String newJobTitleCode);
}
