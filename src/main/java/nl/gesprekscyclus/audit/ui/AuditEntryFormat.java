package nl.gesprekscyclus.audit.ui;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gesprekscyclus.audit.AuditEntry;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.review.ReviewRecords;
import nl.gesprekscyclus.security.PersonNames;

/**
 * How an audit entry reads on screen, the same on the Audit screen and on "Mijn gegevens": the moment in the
 * reader's language, who acted by name (the trail keeps the username), the kind as words where we have them (the
 * technical kind otherwise, so nothing is hidden), the record as words ("Gesprekscyclus 2026", not "review 30"),
 * the outcome as a word. Names are looked up once per screen.
 */
public final class AuditEntryFormat {

    /** "review 30", "review 30 agreement 12", "review 30 change 4": what the review services record. */
    private static final Pattern REVIEW = Pattern.compile("review (\\d+)(?: (agreement|change) \\d+)?");
    private static final Pattern EMPLOYEE = Pattern.compile("employee (\\S+)");
    private static final Pattern ROUND = Pattern.compile("round (\\d{4})");

    private final Component screen;
    private final DateTimeFormatter moments;
    private final PersonNames names;
    private final ReviewRecords reviews;
    private final OrganisationDirectory directory;
    private final boolean reviewNumbers;
    private final Map<String, String> actors = new HashMap<>();
    private final Map<String, String> records = new HashMap<>();

    /**
     * @param reviewNumbers whether a review's number is shown next to its year (the Audit screen filters on it)
     */
    public AuditEntryFormat(Component screen, java.util.Locale locale, ZoneId zone, PersonNames names,
            ReviewRecords reviews, OrganisationDirectory directory, boolean reviewNumbers) {
        this.screen = screen;
        this.moments = DateTimeFormatter.ofPattern(screen.getTranslation("audit.datePattern"), locale)
                .withZone(zone);
        this.names = names;
        this.reviews = reviews;
        this.directory = directory;
        this.reviewNumbers = reviewNumbers;
    }

    public String moment(Instant instant) {
        return instant == null ? "" : moments.format(instant);
    }

    public String kind(AuditEntry entry) {
        return kind(entry.action());
    }

    /** A kind's words, or the code itself when it has none. */
    public String kind(String code) {
        String key = "audit.kind." + code;
        String text = screen.getTranslation(key);
        return text.equals("!" + key + "!") ? code : text;
    }

    /** Who acted, by name; the system and someone not logged in in words; an unknown name as it was typed. */
    public String actor(AuditEntry entry) {
        String actor = entry.actor();
        if ("(system)".equals(actor)) {
            return screen.getTranslation("audit.actor.system");
        }
        if ("(anonymous)".equals(actor)) {
            return screen.getTranslation("audit.actor.anonymous");
        }
        return actor == null ? "" : actors.computeIfAbsent(actor, names::of);
    }

    /** What the entry is about, in words; a record of another shape as it was recorded. */
    public String record(AuditEntry entry) {
        String record = entry.record();
        return record == null ? "" : records.computeIfAbsent(record, this::describe);
    }

    private String describe(String record) {
        Matcher review = REVIEW.matcher(record);
        if (review.matches()) {
            long id = Long.parseLong(review.group(1));
            String year = reviews.review(id).map(r -> screen.getTranslation(
                    reviewNumbers ? "audit.record.reviewNumbered" : "audit.record.review", r.getYear(), id))
                    // deleted after its retention period: only the number is left
                    .orElseGet(() -> screen.getTranslation("audit.record.reviewGone", id));
            return review.group(2) == null ? year
                    : screen.getTranslation("audit.record.part", year,
                            screen.getTranslation("audit.record.part." + review.group(2)));
        }
        Matcher employee = EMPLOYEE.matcher(record);
        if (employee.matches()) {
            return directory.employeeByPersonnelNumber(employee.group(1))
                    .map(e -> screen.getTranslation("audit.record.employee", e.fullName(), e.personnelNumber()))
                    .orElse(record);
        }
        Matcher round = ROUND.matcher(record);
        if (round.matches()) {
            return screen.getTranslation("audit.record.round", Integer.parseInt(round.group(1)));
        }
        return record;
    }

    public String outcome(AuditEntry entry) {
        return screen.getTranslation("audit.outcome." + entry.outcome());
    }
}
