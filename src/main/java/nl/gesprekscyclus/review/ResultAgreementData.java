package nl.gesprekscyclus.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * What a result agreement says, as a form or a change proposal carries it. It is linked to a resultaatgebied of the
 * normfunctie <em>or</em> to a role the employee fills in the review's year (issue 18), one of the two.
 *
 * @param workRole the free text of the "rol" field before roles were chosen (V22): kept and shown as the old text,
 *                 never typed any more; a new agreement has none
 * @param roleCode the role the agreement is linked to (a code of the catalogue), or null; left out of the JSON when
 *                 null, so what a signature covered for an agreement without a role is written as before
 */
public record ResultAgreementData(String resultArea, String workRole, String description, String criterion,
        LocalDate deadline, Integer weight, @JsonInclude(JsonInclude.Include.NON_NULL) String roleCode) {

    /** An agreement linked to a resultaatgebied (or an old one with its free text), without a role. */
    public ResultAgreementData(String resultArea, String workRole, String description, String criterion,
            LocalDate deadline, Integer weight) {
        this(resultArea, workRole, description, criterion, deadline, weight, null);
    }

    /** An agreement linked to a role the employee fills in the review's year. */
    public static ResultAgreementData forRole(String roleCode, String description, String criterion,
            LocalDate deadline, Integer weight) {
        return new ResultAgreementData(null, null, description, criterion, deadline, weight, roleCode);
    }
}
