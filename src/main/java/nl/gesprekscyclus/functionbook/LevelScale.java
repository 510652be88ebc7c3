package nl.gesprekscyclus.functionbook;

import java.util.List;
import java.util.Optional;

import static nl.gesprekscyclus.functionbook.Lists.orEmpty;

/**
 * The book's competency scale, highest level first (Ommen: A … D; other books 4 … 1 or senior … junior).
 * The scale belongs to the book, so nothing in the code knows letters.
 */
public record LevelScale(String name, String note, List<Level> levels) {

    public LevelScale {
        levels = orEmpty(levels);
    }

    public record Level(String code, String name) {
    }

    public Optional<Level> level(String code) {
        return levels.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    /** Position on the scale: 0 for the highest level; -1 when the code is not on the scale. */
    public int rank(String code) {
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    public List<String> codes() {
        return levels.stream().map(Level::code).toList();
    }
}
