package nl.gesprekscyclus.review;

import java.time.LocalDate;
import nl.gesprekscyclus.functionbook.JobProfile;
import nl.gesprekscyclus.functionbook.JobTitle;

/**
 * A stretch of the review's year on one function: the job title and normfunctie, read from the book version the
 * review ran on then. A review without a change of function has one, for the whole period.
 *
 * @param from       the first day (the period's start for the first stretch)
 * @param until      the day the next function began (exclusive); null for the function in force now
 * @param jobTitle   null when the book version does not have the code (the code is kept in jobTitleCode)
 * @param jobProfile null when the job title has no normfunctie in that version
 */
public record ProfilePeriod(LocalDate from, LocalDate until, String jobTitleCode, JobTitle jobTitle,
        JobProfile jobProfile, Long functionBookVersionId) {

    /** The job title's name, or its code when the book does not name it. */
    public String jobTitleName() {
        return jobTitle == null ? jobTitleCode : jobTitle.name();
    }
}
