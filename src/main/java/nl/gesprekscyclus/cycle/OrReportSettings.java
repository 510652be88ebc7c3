package nl.gesprekscyclus.cycle;

import java.util.List;

/**
 * The report for the ondernemingsraad ({@code orReport} in {@code config/cycle.yaml}; docs/or-report.md): the
 * smallest group a shown figure may be about, and which breakdowns of the organisation's figures the municipality
 * wants beside the units. A missing section means: groups of at least 5, no breakdown.
 *
 * @param minimumGroupSize a figure about 1 to this many minus one people is never shown (3 to 100, default 5)
 * @param breakdowns {@code geslacht} and/or {@code leeftijdsklasse}; empty (the default): only the units
 * @param ageBands where the age bands begin, youngest first, e.g. {@code [30, 40, 50, 60]}: younger than 30,
 *     30–39, 40–49, 50–59, 60 and older (ages on 31 December of the report's year)
 */
public record OrReportSettings(Integer minimumGroupSize, List<String> breakdowns, List<Integer> ageBands) {

    public static final String GENDER = "geslacht";
    public static final String AGE_BAND = "leeftijdsklasse";
    static final int DEFAULT_MINIMUM = 5;
    static final List<Integer> DEFAULT_AGE_BANDS = List.of(30, 40, 50, 60);

    public static final OrReportSettings DEFAULTS = new OrReportSettings(DEFAULT_MINIMUM, List.of(),
            DEFAULT_AGE_BANDS);

    public OrReportSettings {
        minimumGroupSize = minimumGroupSize == null ? DEFAULT_MINIMUM : minimumGroupSize;
        breakdowns = breakdowns == null ? List.of() : List.copyOf(breakdowns.stream().map(b -> b == null ? "" : b.strip())
                .toList());
        ageBands = ageBands == null ? DEFAULT_AGE_BANDS : ageBands;
    }

    public boolean shows(String breakdown) {
        return breakdowns.contains(breakdown);
    }

    static void validate(OrReportSettings s, List<String> p) {
        if (s.minimumGroupSize() < 3 || s.minimumGroupSize() > 100) {
            p.add("orReport.minimumGroupSize: must be between 3 and 100 (got " + s.minimumGroupSize() + ")");
        }
        for (int i = 0; i < s.breakdowns().size(); i++) {
            String b = s.breakdowns().get(i);
            if (!GENDER.equals(b) && !AGE_BAND.equals(b)) {
                p.add("orReport.breakdowns[" + i + "]: '" + b + "' is not " + GENDER + " or " + AGE_BAND);
            } else if (s.breakdowns().indexOf(b) != i) {
                p.add("orReport.breakdowns[" + i + "]: '" + b + "' is named twice");
            }
        }
        if (s.ageBands().isEmpty()) {
            p.add("orReport.ageBands: give at least one age where a band begins, e.g. [30, 40, 50, 60]");
        }
        for (int i = 0; i < s.ageBands().size(); i++) {
            Integer age = s.ageBands().get(i);
            if (age == null || age < 15 || age > 80) {
                p.add("orReport.ageBands[" + i + "]: must be an age between 15 and 80 (got " + age + ")");
            } else if (i > 0 && s.ageBands().get(i - 1) != null && age <= s.ageBands().get(i - 1)) {
                p.add("orReport.ageBands[" + i + "]: must be older than the band before (" + s.ageBands().get(i - 1)
                        + ")");
            }
        }
    }
}
