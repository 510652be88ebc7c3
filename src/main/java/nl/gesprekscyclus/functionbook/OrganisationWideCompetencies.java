package nl.gesprekscyclus.functionbook;

import java.util.List;

import static nl.gesprekscyclus.functionbook.Lists.orEmpty;

/** Competencies expected of everyone in the organisation (Ommen: resultaatgerichtheid, zelfreflectie, ondernemingszin). */
public record OrganisationWideCompetencies(List<String> competencies, String note) {
    public OrganisationWideCompetencies {
        competencies = orEmpty(competencies);
    }
}
