package nl.gesprekscyclus.profile;

import java.util.List;
import nl.gesprekscyclus.functionbook.Competency;
import nl.gesprekscyclus.functionbook.CoordinationModule;
import nl.gesprekscyclus.functionbook.JobProfile;
import nl.gesprekscyclus.functionbook.JobTitle;
import nl.gesprekscyclus.functionbook.LoadedFunctionBook;
import nl.gesprekscyclus.organisation.EmployeeSummary;

/**
 * An employee's generic profile: who they are in the organisation, their beschikbare functie and the
 * normfunctie it maps onto, the organisation-wide competencies, and the coördinatiemodule if they hold it.
 */
public record EmployeeProfile(
        EmployeeSummary employee,
        JobTitle jobTitle,
        JobProfile jobProfile,
        List<Competency> organisationWideCompetencies,
        String organisationWideNote,
        CoordinationModule coordinationModule,
        LoadedFunctionBook book) {
}
