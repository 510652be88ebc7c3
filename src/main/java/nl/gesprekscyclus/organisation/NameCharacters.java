package nl.gesprekscyclus.organisation;

import java.util.Optional;
import nl.gesprekscyclus.base.Violation;

/**
 * Which characters a name may not hold: that of a person (first name, prefix, last name) or of a unit, the same
 * for the admin forms and every row of an import. Names in every script stay as written, with their combining
 * marks and emoji; refused are control characters, line and paragraph separators and lone surrogates (no
 * character at all: PostgreSQL refuses them with an error), and the invisible format characters (Unicode
 * category Cf) that make one name look like another: bidi controls such as U+202E, which shows "nosnaJ" as
 * "Jansen", U+200B zero-width space, U+2060 word joiner, U+FEFF, U+00AD soft hyphen. Kept are U+200C (zero-width
 * non-joiner) and U+200D (zero-width joiner), which Persian and Indic names and emoji sequences (👩‍💼) need.
 */
final class NameCharacters {

    private static final int ZERO_WIDTH_NON_JOINER = 0x200C;
    private static final int ZERO_WIDTH_JOINER = 0x200D;

    private NameCharacters() {
    }

    /** What is wrong with the characters of this name, for the field it was typed in; empty when nothing. */
    static Optional<Violation> problem(String field, String name) {
        for (int i = 0; i < name.length(); i += Character.charCount(name.codePointAt(i))) {
            int c = name.codePointAt(i);
            int type = Character.getType(c);
            if (Character.isISOControl(c) || type == Character.SURROGATE || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                return Optional.of(Violation.of(field, "employee.error.controlCharacters"));
            }
            if (type == Character.FORMAT && c != ZERO_WIDTH_NON_JOINER && c != ZERO_WIDTH_JOINER) {
                return Optional.of(Violation.of(field, "employee.error.invisibleCharacters",
                        String.format("U+%04X", c)));
            }
        }
        return Optional.empty();
    }
}
