package nl.gesprekscyclus.base.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as people read them, in the screen's (or the mail recipient's) language: "5 december 2026" and
 * "5 December 2026", with a 24-hour time after it. Not Java's localized styles: for plain English ({@code en})
 * those are American ("Dec 5, 2026, 7:33 PM"), and the municipality's English readers are not.
 * The patterns are in the message bundles ({@code format.*}).
 */
public final class DateFormats {

    private DateFormats() {
    }

    /** A day, e.g. "5 december 2026"; empty for none. */
    public static String day(LocalDate day, Locale locale) {
        return day == null ? "" : day.format(formatter("format.day", locale));
    }

    /** A day in a table's column, where space is short: "05-12-2026", "5 Dec 2026"; empty for none. */
    public static String shortDay(LocalDate day, Locale locale) {
        return day == null ? "" : day.format(formatter("format.shortDay", locale));
    }

    /** A moment in the given time zone, e.g. "5 december 2026, 19:33"; empty for none. */
    public static String moment(Instant at, ZoneId zone, Locale locale) {
        return at == null ? "" : formatter("format.moment", locale).format(at.atZone(zone));
    }

    private static DateTimeFormatter formatter(String key, Locale locale) {
        Locale language = Messages.supported(locale);
        return DateTimeFormatter.ofPattern(Messages.get(language, key), language);
    }
}
