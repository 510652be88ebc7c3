package nl.gesprekscyclus.organisation;

import java.util.Optional;
import nl.gesprekscyclus.base.Violation;

/**
 * Finds the first quoting mistake in a CSV text and the line it is on, so an import can say in words what to fix
 * instead of passing on commons-csv's exception text. Follows the same reading as the parser's format (RFC 4180):
 * a field is quoted only when it starts with a quote; inside, {@code ""} is one quote and line breaks belong to the
 * field; after the closing quote only spaces may come before the separator or the end of the line.
 */
final class CsvQuoteCheck {

    /** What is wrong, as a message key with the line (1-based, as the report counts lines) as its argument. */
    enum Problem {
        /** A field opens with a quote that is never closed: everything after it would be one field. */
        UNCLOSED_QUOTE("import.error.unclosedQuote"),
        /** Text after a field's closing quote, before the separator. */
        TEXT_AFTER_QUOTE("import.error.textAfterQuote");

        final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    record Finding(Problem problem, int line) {
        Violation violation() {
            return Violation.of("file", problem.messageKey, line);
        }
    }

    private CsvQuoteCheck() {
    }

    static Optional<Finding> firstProblem(String text, char delimiter) {
        int line = 1;
        boolean fieldStart = true;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (fieldStart && c == '"') {
                int openedOn = line;
                i++;
                boolean closed = false;
                while (i < n && !closed) {
                    char q = text.charAt(i);
                    if (q == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
                        i += 2; // an escaped quote inside the field
                    } else if (q == '"') {
                        closed = true;
                        i++;
                    } else if (isLineBreak(q)) {
                        i = lineBreakEnd(text, i); // a line break inside quotes is part of the field
                        line++;
                    } else {
                        i++;
                    }
                }
                if (!closed) {
                    return Optional.of(new Finding(Problem.UNCLOSED_QUOTE, openedOn));
                }
                while (i < n && text.charAt(i) != delimiter && !isLineBreak(text.charAt(i))
                        && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                if (i < n && text.charAt(i) != delimiter && !isLineBreak(text.charAt(i))) {
                    return Optional.of(new Finding(Problem.TEXT_AFTER_QUOTE, line));
                }
                fieldStart = false;
            } else if (c == delimiter) {
                fieldStart = true;
                i++;
            } else if (isLineBreak(c)) {
                i = lineBreakEnd(text, i);
                line++;
                fieldStart = true;
            } else {
                fieldStart = false;
                i++;
            }
        }
        return Optional.empty();
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    /** The index after the character at {@code i}; a line break "\r\n" counts as one. */
    private static int lineBreakEnd(String text, int i) {
        if (text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            return i + 2;
        }
        return i + 1;
    }
}
