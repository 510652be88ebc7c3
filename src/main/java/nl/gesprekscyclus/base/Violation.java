package nl.gesprekscyclus.base;

import java.util.List;
import java.util.Locale;
import nl.gesprekscyclus.base.i18n.Messages;

/** A broken rule on one field: a message key with its arguments, shown next to the field or in an import report. */
public record Violation(String field, String messageKey, List<Object> args) {

    public static Violation of(String field, String messageKey, Object... args) {
        return new Violation(field, messageKey, List.of(args));
    }

    public String message(Locale locale) {
        return Messages.get(locale, messageKey, args.toArray());
    }
}
