package nl.gesprekscyclus.orreport;

import java.time.LocalDate;

/**
 * One review of the year as the report counts it, without a name: the employee's unit, gender and birth date (when
 * recorded), how far the review came and its overall judgement once final. Never leaves this package.
 */
record OrSubject(long unitId, String gender, LocalDate birthDate, boolean planningAgreed, boolean progressHeld,
        boolean assessmentFinal, String judgement) {
}
