package nl.gesprekscyclus.review;

import java.time.LocalDate;

/**
 * The development conversation as it is signed (canonical JSON, {@link SignedContent}): the manager signs the record
 * with the preparation it answers; the employee signs that and their remark as seen. No judgement in it.
 */
record DevelopmentContent(String review, int year, String preparation, LocalDate conversationDate,
        String lookingBack, String developmentAgreements, String ownContribution) {

    record Seen(DevelopmentContent record, String employeeComment) {
    }
}
