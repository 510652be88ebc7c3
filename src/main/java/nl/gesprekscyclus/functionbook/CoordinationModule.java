package nl.gesprekscyclus.functionbook;

import java.util.List;

import static nl.gesprekscyclus.functionbook.Lists.orEmpty;

/** The HR21 coördinatiemodule: tasks and competencies of an employee who coordinates colleagues without managing them. */
public record CoordinationModule(String name, String description, List<String> tasks, List<ExpectedCompetency> competencies) {
    public CoordinationModule {
        tasks = orEmpty(tasks);
        competencies = orEmpty(competencies);
    }
}
