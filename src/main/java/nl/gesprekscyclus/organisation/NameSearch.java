package nl.gesprekscyclus.organisation;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How people are found by name: every word typed must occur in the person's first name, prefix, last name or
 * personnel number, in any order, whatever the case or the accents ("Noor Mulder", "mulder noor", "van der Meer",
 * "muller" finds Müller and "Müller" finds Muller). The database cannot do this the same way on H2 and PostgreSQL
 * (their collations differ), so each employee row keeps a search key made here ({@code employee.search_name}),
 * and a search compares the words typed, folded the same way, with {@code like} on that key.
 */
public final class NameSearch {

    /** Combining marks left after canonical decomposition: the accents of é, ü, ç, å. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Anything that is not a letter or a digit separates words: hyphens, apostrophes ('t Hart), dots. */
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Letters that do not decompose into a base letter and a mark, written as people type them without. */
    private static final Map<String, String> LIGATURES = Map.of("ß", "ss", "ø", "o", "æ", "ae", "œ", "oe",
            "ł", "l", "đ", "d", "ı", "i", "þ", "th");
    /** The key's column is 1000 characters wide (V20); a person's names and number are far shorter. */
    static final int MAX_KEY = 1000;

    private NameSearch() {
    }

    /** The key stored with an employee: their folded words, separated by single spaces. */
    public static String key(String firstName, String namePrefix, String lastName, String personnelNumber) {
        String key = String.join(" ", words(Stream.of(firstName, namePrefix, lastName, personnelNumber)
                .filter(s -> s != null).collect(Collectors.joining(" "))));
        return key.length() > MAX_KEY ? key.substring(0, MAX_KEY) : key;
    }

    /** The words of a text, folded: lower case, without accents, split at everything but letters and digits. */
    public static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> ligature : LIGATURES.entrySet()) {
            folded = folded.replace(ligature.getKey(), ligature.getValue());
        }
        return Arrays.stream(SEPARATORS.split(folded)).filter(w -> !w.isEmpty()).toList();
    }

    /**
     * A {@code like} pattern for one word anywhere in the key, with {@code !} as the escape character (the SQL must
     * say {@code escape '!'}): a typed % or _ is matched as itself.
     */
    public static String containsPattern(String word) {
        return "%" + word.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
