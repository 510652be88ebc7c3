package nl.gesprekscyclus.review;

import java.time.LocalDate;

/** The assessed period (tijdvak) of a review and the dates that drive its process. */
public record ReviewDates(LocalDate periodStart, LocalDate periodEnd, LocalDate planningDue, LocalDate progressStart,
        LocalDate progressDue, LocalDate assessmentStart, LocalDate assessmentDue) {
}
