package nl.gesprekscyclus.cycle;

import java.time.LocalDate;

/** The dates of one year's round: the three phase windows from the configured month-days. */
public record RoundCalendar(int year, Phase planning, Phase progress, Phase assessment) {

    /** A phase window, both days inclusive. */
    public record Phase(LocalDate start, LocalDate end) {
        public boolean contains(LocalDate day) {
            return !day.isBefore(start) && !day.isAfter(end);
        }
    }

    public static RoundCalendar of(CycleSettings settings, int year) {
        CycleSettings.Calendar c = settings.calendar();
        return new RoundCalendar(year, phase(c.planning(), year), phase(c.progress(), year), phase(c.assessment(), year));
    }

    static Phase phase(CycleSettings.Window window, int year) {
        // MonthDay.atYear turns 02-29 into 02-28 in a year without leap day
        return new Phase(CycleSettingsReader.parseMonthDay(window.start()).atYear(year),
                CycleSettingsReader.parseMonthDay(window.end()).atYear(year));
    }
}
