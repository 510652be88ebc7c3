package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.Locale;
import nl.gesprekscyclus.review.ReviewDates;
import nl.gesprekscyclus.review.ReviewPhase;

/**
 * The three phases of the year (Planning, Voortgang, and Beoordeling or, in a year without a formal assessment,
 * Ontwikkelgesprek in the same window) with their dates, in order. Each says in words
 * whether it is done, now or still to come; the current one also carries {@code aria-current="step"}.
 */
class ReviewTimeline extends OrderedList {

    ReviewTimeline(ReviewPhase current, java.util.List<ReviewPhase> phases, ReviewDates dates, Locale locale) {
        addClassName("review-timeline");
        getElement().setAttribute("aria-label", getTranslation("review.timeline"));
        // the steps of the review's year (a feedback round is the opening of the assessment, not a step of its own)
        for (ReviewPhase phase : phases) {
            ListItem step = new ListItem();
            step.addClassName("review-step");
            step.getElement().setAttribute("data-phase", phase.name());
            String state = state(phase, current);
            step.addClassName("review-step-" + state);
            if ("current".equals(state)) {
                step.getElement().setAttribute("aria-current", "step");
            }
            Span name = new Span(getTranslation("review.phase." + phase.name()));
            name.addClassName("review-step-name");
            Span when = new Span(getTranslation("review.timeline.window", ReviewFormat.date(start(phase, dates), locale),
                    ReviewFormat.date(end(phase, dates), locale)));
            when.addClassName("review-step-dates");
            Span status = new Span(getTranslation("review.timeline." + state));
            status.addClassName("review-step-state");
            step.add(name, when, status);
            add(step);
        }
    }

    /** done, current or coming; a closed review has every phase done, an ended one stops where it was. */
    private static String state(ReviewPhase phase, ReviewPhase current) {
        if (current == ReviewPhase.CLOSED) {
            return "done";
        }
        if (current == ReviewPhase.ENDED) {
            return "ended";
        }
        int diff = phase.ordinal() - current.stage().ordinal();
        return diff < 0 ? "done" : diff == 0 ? "current" : "coming";
    }

    private static LocalDate start(ReviewPhase phase, ReviewDates d) {
        return switch (phase) {
            case PLANNING -> d.periodStart();
            case PROGRESS -> d.progressStart();
            default -> d.assessmentStart();
        };
    }

    private static LocalDate end(ReviewPhase phase, ReviewDates d) {
        return switch (phase) {
            case PLANNING -> d.planningDue();
            case PROGRESS -> d.progressDue();
            default -> d.assessmentDue();
        };
    }
}
