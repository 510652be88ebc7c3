package nl.gesprekscyclus.security;

import java.util.function.IntPredicate;

/**
 * Text from outside (a typed username, a claim, a record named in an address) as it may stand in a log line or an
 * audit entry. A CR or LF would start a forged log line, and bidi and other invisible format characters would make
 * an entry read as something else; such characters are written as {@code \\uXXXX} (the backslash itself too, so
 * the escape cannot be typed), and the text is cut (a name after {@value #MAX_CODE_POINTS} characters).
 */
final class LogSafe {

    static final int MAX_CODE_POINTS = 64;

    private LogSafe() {
    }

    /** Keeps letters of every script; escapes control, format, separator, unassigned and private-use characters. */
    static String text(String raw) {
        return text(raw, MAX_CODE_POINTS);
    }

    static String text(String raw, int maxCodePoints) {
        return escape(raw, maxCodePoints, LogSafe::invisibleOrControl);
    }

    /**
     * For a name that should have been a username: every username is ASCII ({@link Usernames}), so everything else is
     * escaped too and {@code hu\\u0131sman} cannot pass for {@code huisman} in the audit trail.
     */
    static String ascii(String raw) {
        return escape(raw, MAX_CODE_POINTS, c -> c < 0x20 || c > 0x7e || c == '\\');
    }

    private static String escape(String raw, int maxCodePoints, IntPredicate mustEscape) {
        if (raw == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        int count = 0;
        for (int i = 0; i < raw.length(); i += Character.charCount(raw.codePointAt(i))) {
            if (count++ == maxCodePoints) {
                out.append("...");
                break;
            }
            int c = raw.codePointAt(i);
            if (mustEscape.test(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    private static boolean invisibleOrControl(int c) {
        int type = Character.getType(c);
        return c == '\\' || Character.isISOControl(c) || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.UNASSIGNED || type == Character.PRIVATE_USE;
    }
}
