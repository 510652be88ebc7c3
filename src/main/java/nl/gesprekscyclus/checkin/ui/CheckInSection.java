package nl.gesprekscyclus.checkin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.gesprekscyclus.review.ReviewDates;
import nl.gesprekscyclus.review.ReviewPhase;
import nl.gesprekscyclus.base.i18n.DateFormats;
import nl.gesprekscyclus.base.ui.ErrorNotifications;
import nl.gesprekscyclus.base.ui.FieldViolations;
import nl.gesprekscyclus.checkin.CheckInRules;
import nl.gesprekscyclus.checkin.CheckInService;
import nl.gesprekscyclus.checkin.CheckInValidationException;
import nl.gesprekscyclus.checkin.CheckInView;
import nl.gesprekscyclus.checkin.CheckIns;

/**
 * "Gesprekken": the check-ins of the review, oldest first, and for the employee and the manager the button to record
 * one, a field to add to each one's shared part, the follow-up actions to tick off, and their own private note on
 * it (which says that only they read it). Everything else on the page is told through {@code changed} (the review
 * screen reads the review again: the timeline and the task panels show the check-ins too).
 */
public class CheckInSection extends Section {

    private final CheckInService service;
    private final long reviewId;
    private final Clock clock;
    private final Runnable changed;
    /** As read when the section was built; the dialog and the task panels use the same. */
    final CheckIns checkIns;

    public CheckInSection(CheckInService service, long reviewId, Clock clock, Runnable changed) {
        this.service = service;
        this.reviewId = reviewId;
        this.clock = clock;
        this.changed = changed;
        this.checkIns = service.of(reviewId);
        setId("checkins");
        addClassName("checkins");
        H2 heading = new H2(getTranslation("checkin.heading"));
        heading.setId("checkins-heading");
        getElement().setAttribute("aria-labelledby", "checkins-heading");
        add(heading, new Paragraph(getTranslation("checkin.intro")));
        if (checkIns.mayWrite()) {
            Button add = new Button(getTranslation("checkin.add"), VaadinIcon.PLUS.create());
            add.setId("checkin-add");
            add.addClickListener(e -> new CheckInDialog(checkIns, clock, getLocale(), data -> {
                service.record(reviewId, data);
                ErrorNotifications.success(getTranslation("checkin.saved"));
                changed.run();
            }).open());
            add(add);
        }
        if (checkIns.checkIns().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("checkin.none"));
            none.setId("checkin-none");
            add(none);
        }
        for (CheckInView c : checkIns.checkIns()) {
            add(checkIn(c));
        }
    }

    /**
     * Marks the timeline (its steps carry {@code data-phase}): under each phase the days of the check-ins held in it;
     * a check-in between two windows belongs to the phase before.
     */
    public void markTimeline(Component timeline, ReviewDates dates) {
        timeline.getChildren().forEach(step -> {
            String phase = step.getElement().getAttribute("data-phase");
            List<String> days = checkIns.checkIns().stream().filter(c -> phaseOf(c.heldOn(), dates).name().equals(phase))
                    .map(c -> DateFormats.shortDay(c.heldOn(), getLocale())).toList();
            if (phase != null && !days.isEmpty() && step instanceof HasComponents parent) {
                Span marks = new Span(getTranslation("checkin.timeline", days.size(), String.join(", ", days)));
                marks.addClassName("review-step-checkins");
                parent.add(marks);
            }
        });
    }

    /**
     * Gives the progress and assessment tasks among the open ones (their panels carry {@code data-task}) the
     * check-ins as context, read-only: for progress those held before the assessment window, for the assessment all.
     */
    public void addContextTo(Component todo, ReviewDates dates) {
        if (checkIns.checkIns().isEmpty()) {
            return;
        }
        todo.getElement().getChildren().forEach(child -> child.getComponent().ifPresent(c -> addContextTo(c, dates)));
        String task = todo.getElement().getAttribute("data-task");
        if (task == null || !(todo instanceof HasComponents panel)) {
            return;
        }
        List<CheckInView> context = switch (task) {
            case "SELF_REFLECTION", "PROGRESS_CONVERSATION" -> checkIns.checkIns().stream()
                    .filter(c -> c.heldOn().isBefore(dates.assessmentStart())).toList();
            case "SELF_ASSESSMENT", "WRITE_ASSESSMENT", "SECOND_ASSESSMENT" -> checkIns.checkIns();
            default -> List.of();
        };
        if (!context.isEmpty()) {
            panel.add(new CheckInContext(context, task));
        }
    }

    static ReviewPhase phaseOf(LocalDate day, ReviewDates dates) {
        if (day.isBefore(dates.progressStart())) {
            return ReviewPhase.PLANNING;
        }
        return day.isBefore(dates.assessmentStart()) ? ReviewPhase.PROGRESS : ReviewPhase.ASSESSMENT;
    }

    private Div checkIn(CheckInView c) {
        Div box = new Div();
        box.setId("checkin-" + c.id());
        box.addClassName("checkin");
        box.add(new H3(getTranslation("checkin.of", DateFormats.day(c.heldOn(), getLocale()))));
        box.add(line("checkin.participants", c.participants()), line("checkin.topics", c.topics()),
                line("checkin.recordedBy", getTranslation("checkin.recordedByAt", c.recordedBy(),
                        DateFormats.moment(c.recordedAt(), clock.getZone(), getLocale()))));
        if (!c.agreements().isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.addClassName("checkin-agreements");
            for (CheckInView.Agreement a : c.agreements()) {
                ListItem item = new ListItem(a.description() + ": ");
                Span status = new Span(getTranslation("checkin.status." + a.status().name()));
                status.addClassName("checkin-status-" + a.status().name().toLowerCase(java.util.Locale.ROOT));
                item.add(status);
                list.add(item);
            }
            box.add(new Paragraph(getTranslation("checkin.agreements")), list);
        }
        if (!c.actions().isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.addClassName("checkin-actions");
            for (CheckInView.Action a : c.actions()) {
                String text = getTranslation("checkin.action.line", a.text(), a.ownerName(),
                        DateFormats.day(a.dueOn(), getLocale()));
                ListItem item = new ListItem();
                if (checkIns.mayWrite()) {
                    Checkbox done = new Checkbox(text, a.done());
                    done.setId("checkin-action-done-" + a.id());
                    done.addValueChangeListener(e -> {
                        if (e.isFromClient()) {
                            service.setActionDone(a.id(), e.getValue());
                            changed.run();
                        }
                    });
                    item.add(done);
                } else {
                    item.add(new Span(text + (a.done() ? " — " + getTranslation("checkin.action.done") : "")));
                }
                list.add(item);
            }
            box.add(new Paragraph(getTranslation("checkin.actions")), list);
        }
        for (CheckInView.Entry e : c.entries()) {
            Div entry = line(null, getTranslation("checkin.entry", e.authorName(),
                    DateFormats.moment(e.writtenAt(), clock.getZone(), getLocale()), e.text()));
            entry.addClassName("checkin-entry");
            box.add(entry);
        }
        if (checkIns.mayWrite()) {
            box.add(entryForm(c), noteForm(c));
        }
        return box;
    }

    private Div entryForm(CheckInView c) {
        TextArea text = new TextArea(getTranslation("checkin.entry.label"));
        text.setId("checkin-entry-" + c.id());
        text.setMaxLength(CheckInRules.MAX_NOTE);
        Button add = new Button(getTranslation("checkin.entry.add"));
        add.setId("checkin-entry-add-" + c.id());
        add.addClickListener(e -> {
            FieldViolations.clear(Map.of("entry", text));
            try {
                service.addEntry(c.id(), text.getValue());
                changed.run();
            } catch (CheckInValidationException ex) {
                FieldViolations.show(Map.of("entry", text), ex.violations(), getLocale());
            }
        });
        Div form = new Div(text, add);
        form.addClassName("checkin-entry-form");
        return form;
    }

    /** The viewer's own note: said plainly who reads it (only them) and that it is no part of the dossier. */
    private Div noteForm(CheckInView c) {
        TextArea note = new TextArea(getTranslation("checkin.privateNote"));
        note.setId("checkin-note-" + c.id());
        note.setHelperText(getTranslation("checkin.privateNote.help"));
        note.setMaxLength(CheckInRules.MAX_NOTE);
        note.setValue(c.myPrivateNote() == null ? "" : c.myPrivateNote());
        Button save = new Button(getTranslation("checkin.privateNote.save"));
        save.setId("checkin-note-save-" + c.id());
        save.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        save.addClickListener(e -> {
            FieldViolations.clear(Map.of("privateNote", note));
            try {
                service.savePrivateNote(c.id(), note.getValue());
                ErrorNotifications.success(getTranslation("checkin.privateNote.saved"));
            } catch (CheckInValidationException ex) {
                FieldViolations.show(Map.of("privateNote", note), ex.violations(), getLocale());
            }
        });
        Div form = new Div(note, save);
        form.addClassName("checkin-private-note");
        return form;
    }

    private Div line(String labelKey, String value) {
        Div line = new Div();
        line.addClassName("checkin-line");
        if (labelKey != null) {
            Span label = new Span(getTranslation(labelKey) + ": ");
            label.addClassName("checkin-label");
            line.add(label);
        }
        line.add(new Span(value));
        return line;
    }
}
