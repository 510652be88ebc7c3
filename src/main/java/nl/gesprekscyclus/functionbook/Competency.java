package nl.gesprekscyclus.functionbook;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static nl.gesprekscyclus.functionbook.Lists.orEmpty;

/** An entry of the competency dictionary: definition and, per level of the scale, its label and behaviour indicators. */
public record Competency(String code, String name, String definition, Map<String, LevelDescription> levels, String note) {

    public Competency {
        levels = orEmpty(levels);
    }

    /** "Niveau B (relaties leggen)": the label and the indicators of one level of one competency. */
    public record LevelDescription(String label, List<String> indicators) {
        public LevelDescription {
            indicators = orEmpty(indicators);
        }
    }

    public Optional<LevelDescription> level(String levelCode) {
        return Optional.ofNullable(levels.get(levelCode));
    }
}
