package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.gesprekscyclus.review.ReviewPhase;
import nl.gesprekscyclus.review.ReviewSummary;
import nl.gesprekscyclus.review.ReviewTask;

/**
 * What "Mijn taken" and "Mijn gesprekscyclus" say alike: the name of a task and of a phase, the address of a
 * review, and a due date with "te laat" in words (never by colour alone).
 * <p>
 * Due dates are shown in the zone of the application's clock: the engine stores "by the end of that day" in
 * the same (system) zone, so this gives back the day that was planned.
 */
final class TasksFormat {

    private final Component owner;
    private final DateTimeFormatter dates;

    TasksFormat(Component owner, Locale locale, ZoneId zone) {
        this.owner = owner;
        this.dates = DateTimeFormatter.ofPattern(owner.getTranslation("tasks.datePattern"), locale).withZone(zone);
    }

    /** The screen of one review ("gesprek/:reviewId"); by address, so this screen does not depend on that class. */
    static String reviewLocation(long reviewId) {
        return "gesprek/" + reviewId;
    }

    String task(ReviewTask task) {
        return owner.getTranslation("task." + task.name());
    }

    String phase(ReviewPhase phase) {
        return owner.getTranslation("myReviews.phase." + phase.name());
    }

    String date(Instant due) {
        return due == null ? owner.getTranslation("tasks.noDue") : dates.format(due);
    }

    /** The due date, and "te laat" as a word next to it when it has passed. */
    Span due(ReviewSummary summary) {
        return due(summary.due(), summary.overdue());
    }

    /** The same for any list that knows a due date and whether it has passed. */
    Span due(Instant when, boolean overdue) {
        Span due = new Span();
        due.addClassName("tasks-due");
        due.getStyle().set("display", "inline-flex").set("flex-wrap", "wrap").set("align-items", "baseline")
                .set("gap", "var(--lumo-space-s)");
        Span date = new Span(date(when));
        date.addClassName("tasks-due-date");
        due.add(date);
        if (overdue) {
            due.add(overdue());
        }
        return due;
    }

    Span overdue() {
        Span overdue = new Span(owner.getTranslation("tasks.overdue"));
        overdue.addClassName("tasks-overdue");
        overdue.getElement().getThemeList().add("badge error");
        return overdue;
    }
}
