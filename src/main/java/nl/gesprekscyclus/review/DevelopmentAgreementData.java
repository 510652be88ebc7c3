package nl.gesprekscyclus.review;

import java.time.LocalDate;

/** What a development agreement says, with its functieperspectief. */
public record DevelopmentAgreementData(String goal, String activities, String growingActivities,
        String shrinkingActivities, String employeeActions, String managerActions, String hrActions,
        LocalDate deadline) {
}
