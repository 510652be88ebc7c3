package nl.gesprekscyclus.functionbook;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static nl.gesprekscyclus.functionbook.Lists.orEmpty;

/**
 * The book's competency scale (Ommen: A … D; other books 4 … 1, 1 … 4 or senior … junior). The scale belongs to
 * the book, so nothing in the code knows letters. {@code order} says which end of {@code levels} is the highest:
 * {@value #HIGHEST_FIRST} or {@value #LOWEST_FIRST}. Without it only the HR21 letters A, B, C … (A highest, as the
 * format has always said) are accepted; any other scale must say it, so that "1" is never silently read as the
 * highest level of a scale that was written lowest first ({@link FunctionBookValidator}).
 * <p>
 * {@code order} is left out of the canonical form when absent, so a book written before it existed keeps its
 * content hash and is not stored as a new version.
 */
public record LevelScale(String name, String note,
        @JsonInclude(JsonInclude.Include.NON_NULL) String order, List<Level> levels) {

    public static final String HIGHEST_FIRST = "highestFirst";
    public static final String LOWEST_FIRST = "lowestFirst";

    public LevelScale {
        levels = orEmpty(levels);
    }

    public record Level(String code, String name) {
    }

    public Optional<Level> level(String code) {
        return code == null ? Optional.empty()
                : levels.stream().filter(l -> l != null && code.equals(l.code())).findFirst();
    }

    /** The levels from the highest to the lowest, whichever way the book wrote them. */
    @JsonIgnore
    public List<Level> highestFirst() {
        if (!LOWEST_FIRST.equals(order)) {
            return levels;
        }
        List<Level> reversed = new ArrayList<>(levels);
        Collections.reverse(reversed);
        return Collections.unmodifiableList(reversed);
    }

    /** Position on the scale: 0 for the highest level; -1 when the code is not on the scale. */
    public int rank(String code) {
        List<Level> ordered = highestFirst();
        for (int i = 0; i < ordered.size(); i++) {
            Level level = ordered.get(i);
            if (level != null && code != null && code.equals(level.code())) {
                return i;
            }
        }
        return -1;
    }

    /** The codes from the highest to the lowest level. */
    public List<String> codes() {
        return highestFirst().stream().map(l -> l == null ? null : l.code()).toList();
    }
}
