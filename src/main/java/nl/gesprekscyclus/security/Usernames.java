package nl.gesprekscyclus.security;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one form of a username, for the password login (lookup, lock, audit), the stored accounts and the single
 * sign-on claim. The database's case-insensitive compare folds more than case ({@code upper('huısman')} and
 * {@code upper('huiſman')} are {@code HUISMAN}), so names are compared exactly, in this form, and only a name that
 * has it can be an account: lower-case ASCII letters and digits, then also {@code . _ @ + ' -} (an e-mail
 * address or UPN, a personnel number, {@code j.de.vries}), at most {@value #MAX_LENGTH} characters (the column).
 */
public final class Usernames {

    public static final int MAX_LENGTH = 100;
    /** The rule in words, for start-up messages. */
    static final String RULE = "lower-case letters a-z and digits, then also . _ @ + ' -, at most " + MAX_LENGTH
            + " characters";

    private static final Pattern CANONICAL = Pattern.compile("[a-z0-9][a-z0-9._@+'-]{0," + (MAX_LENGTH - 1) + "}");
    private static final Pattern ASCII = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@+'-]{0," + (MAX_LENGTH - 1) + "}");

    private Usernames() {
    }

    /**
     * What someone typed, in the one form: compatibility-normalised (NFKC: full-width letters, the Kelvin sign and the
     * long s become their plain letter), without surrounding blanks, lower-cased. Empty when the result is not a
     * possible username (a dotless ı, a control character, another script): no account has it.
     */
    public static Optional<String> canonical(String typed) {
        if (typed == null || typed.length() > 4 * MAX_LENGTH) {
            return Optional.empty();
        }
        String form = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        return CANONICAL.matcher(form).matches() ? Optional.of(form) : Optional.empty();
    }

    /** Whether the name is already in the one form, as every stored account must be. */
    public static boolean isCanonical(String name) {
        return name != null && CANONICAL.matcher(name).matches();
    }

    /**
     * A single sign-on claim (e-mail address, UPN, personnel number) in the one form, or empty. Stricter than
     * {@link #canonical}: the provider's claim is the proof of who someone is, so two names the provider keeps apart
     * ({@code huiſman@…} and {@code huisman@…}) must not become one here; only ASCII case is folded.
     */
    static Optional<String> fromProvider(String claim) {
        if (claim == null) {
            return Optional.empty();
        }
        String stripped = claim.strip();
        return ASCII.matcher(stripped).matches() ? Optional.of(stripped.toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
