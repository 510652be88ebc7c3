package nl.gesprekscyclus.functionbook;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Optional;

import static nl.gesprekscyclus.functionbook.Lists.orEmpty;

/**
 * A function book (functieboek) as loaded from {@code config/functionbooks/*.yaml}: the level scale,
 * the competency dictionary, the normfuncties (job profiles), the coördinatiemodule, the beschikbare
 * functies (job titles) and the organisation's clusters. Immutable; see docs/functionbook-format.md.
 */
public record FunctionBook(
        String code,
        String name,
        String organisation,
        String source,
        String note,
        LevelScale levelScale,
        List<Competency> competencies,
        OrganisationWideCompetencies organisationWideCompetencies,
        List<JobProfile> jobProfiles,
        CoordinationModule coordinationModule,
        List<JobTitle> jobTitles,
        List<ClusterDefinition> clusters) {

    public FunctionBook {
        competencies = orEmpty(competencies);
        jobProfiles = orEmpty(jobProfiles);
        jobTitles = orEmpty(jobTitles);
        clusters = orEmpty(clusters);
    }

    public Optional<Competency> competency(String code) {
        return competencies.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public Optional<JobProfile> jobProfile(String code) {
        return jobProfiles.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    public Optional<JobTitle> jobTitle(String code) {
        return jobTitles.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** The organisation-wide competencies resolved against the dictionary, in the book's order. */
    @JsonIgnore
    public List<Competency> organisationWide() {
        if (organisationWideCompetencies == null) {
            return List.of();
        }
        return organisationWideCompetencies.competencies().stream()
                .map(this::competency).flatMap(Optional::stream).toList();
    }
}
