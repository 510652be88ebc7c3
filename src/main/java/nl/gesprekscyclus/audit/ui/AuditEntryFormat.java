package nl.gesprekscyclus.audit.ui;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import nl.gesprekscyclus.audit.AuditEntry;

/**
 * How an audit entry reads on screen, the same on the Audit screen and on "Mijn gegevens": the moment in the
 * reader's language, the kind as words where we have them (the technical kind otherwise, so nothing is hidden),
 * the outcome as a word.
 */
public final class AuditEntryFormat {

    private final Component screen;
    private final DateTimeFormatter moments;

    public AuditEntryFormat(Component screen, java.util.Locale locale, ZoneId zone) {
        this.screen = screen;
        this.moments = DateTimeFormatter.ofPattern(screen.getTranslation("audit.datePattern"), locale)
                .withZone(zone);
    }

    public String moment(Instant instant) {
        return instant == null ? "" : moments.format(instant);
    }

    public String kind(AuditEntry entry) {
        String key = "audit.kind." + entry.action();
        String text = screen.getTranslation(key);
        return text.equals("!" + key + "!") ? entry.action() : text;
    }

    public String actor(AuditEntry entry) {
        return "(system)".equals(entry.actor()) ? screen.getTranslation("audit.actor.system")
                : "(anonymous)".equals(entry.actor()) ? screen.getTranslation("audit.actor.anonymous") : entry.actor();
    }

    public String outcome(AuditEntry entry) {
        return screen.getTranslation("audit.outcome." + entry.outcome());
    }
}
