package nl.gesprekscyclus.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates read the way the chosen language writes them, never the American way of Java's plain English. */
class DateFormatsTests {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final Instant EVENING = Instant.parse("2026-12-05T18:33:00Z");

    @Test
    void shouldWriteDatesTheDutchWayInDutch() {
        assertThat(DateFormats.day(LocalDate.of(2026, 12, 5), Messages.DUTCH)).isEqualTo("5 december 2026");
        assertThat(DateFormats.moment(EVENING, AMSTERDAM, Messages.DUTCH)).isEqualTo("5 december 2026, 19:33");
        assertThat(DateFormats.shortDay(LocalDate.of(2026, 3, 1), Messages.DUTCH)).isEqualTo("01-03-2026");
    }

    @Test
    void shouldWriteDatesDayMonthYearWithA24HourClockInEveryEnglish() {
        for (Locale english : new Locale[] {Locale.ENGLISH, Locale.US, Locale.UK}) {
            assertThat(DateFormats.day(LocalDate.of(2026, 12, 5), english)).isEqualTo("5 December 2026");
            assertThat(DateFormats.moment(EVENING, AMSTERDAM, english)).as(english.toString())
                    .isEqualTo("5 December 2026, 19:33");
            assertThat(DateFormats.shortDay(LocalDate.of(2026, 3, 1), english)).isEqualTo("1 Mar 2026");
        }
    }

    @Test
    void shouldWriteNothingForNoDate() {
        assertThat(DateFormats.day(null, Messages.DUTCH)).isEmpty();
        assertThat(DateFormats.moment(null, AMSTERDAM, Messages.ENGLISH)).isEmpty();
    }
}
