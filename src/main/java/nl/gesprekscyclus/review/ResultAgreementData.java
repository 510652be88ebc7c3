package nl.gesprekscyclus.review;

import java.time.LocalDate;

/** What a result agreement says, as a form or a change proposal carries it. */
public record ResultAgreementData(String resultArea, String workRole, String description, String criterion,
        LocalDate deadline, Integer weight) {
}
