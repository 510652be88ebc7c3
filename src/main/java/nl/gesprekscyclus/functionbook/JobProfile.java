package nl.gesprekscyclus.functionbook;

import java.util.List;

import static nl.gesprekscyclus.functionbook.Lists.orEmpty;

/** A normfunctie with its competency profile: the generic profile an employee's job title maps onto. */
public record JobProfile(
        String code,
        String name,
        Classification functionFamily,
        Classification functionGroup,
        List<String> characteristics,
        List<ResultArea> resultAreas,
        List<ExpectedCompetency> competencies,
        List<TitledText> criticalWorkSituations,
        List<TitledText> knowledge,
        List<TitledText> skills,
        String education,
        String note) {

    public JobProfile {
        characteristics = orEmpty(characteristics);
        resultAreas = orEmpty(resultAreas);
        competencies = orEmpty(competencies);
        criticalWorkSituations = orEmpty(criticalWorkSituations);
        knowledge = orEmpty(knowledge);
        skills = orEmpty(skills);
    }

    /** Functiereeks or functiegroep: a name with its description. */
    public record Classification(String name, String description) {
    }

    /** Resultaatgebied with its generic tasks. */
    public record ResultArea(String code, String name, List<String> tasks) {
        public ResultArea {
            tasks = orEmpty(tasks);
        }
    }

    /** A critical work situation, knowledge area or skill: "Title: description". */
    public record TitledText(String title, String description) {
    }
}
