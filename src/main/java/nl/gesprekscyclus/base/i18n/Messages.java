package nl.gesprekscyclus.base.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * All texts people read, in Dutch (the default) and English, from {@code messages*.properties}.
 * Screens reach it through Vaadin's {@code getTranslation}; services use it for reports they produce.
 */
public final class Messages {

    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(DUTCH, ENGLISH);

    private static final String BUNDLE = "messages";
    // no fallback to the JVM's locale: an English machine must still show Dutch when Dutch is asked for
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /** The language of ours this locale asks for: English for any English, Dutch for everything else. */
    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : DUTCH;
    }

    public static String get(Locale locale, String key, Object... args) {
        Locale effective = supported(locale);
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, effective, NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, effective).format(args);
    }

    public static String nl(String key, Object... args) {
        return get(DUTCH, key, args);
    }
}
