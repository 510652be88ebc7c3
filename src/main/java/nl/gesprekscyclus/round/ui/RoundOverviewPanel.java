package nl.gesprekscyclus.round.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.gesprekscyclus.base.i18n.DateFormats;
import nl.gesprekscyclus.cycle.RoundCalendar;
import nl.gesprekscyclus.monitoring.ProgressFigures;
import nl.gesprekscyclus.monitoring.ReviewStatus;
import nl.gesprekscyclus.review.ReviewPhase;
import nl.gesprekscyclus.round.RoundOverview;
import nl.gesprekscyclus.round.RoundSelection;

/**
 * One year's round as P&O follows it: calendar, whom it is for, how far the start is, and the phases. The reviews
 * in an open phase are counted as Voortgang counts them ({@link ProgressFigures#inPhase}): a review that finished
 * its planning and waits for the progress window is not "in planning" here either.
 */
class RoundOverviewPanel extends Section {

    private final Map<String, String> unitNames;
    private final ZoneId zone;
    private final Duration resumesWithin;
    private final int year;
    private final H2 heading = new H2();
    private final Div facts = new Div();
    final Span status = new Span();
    final Span selection = new Span();
    /** Who started the round, by name, and when. */
    private final Span startedBy = new Span();
    final Paragraph progress = new Paragraph();
    /** Said while the reviews are being started: the screen follows it by itself. */
    final Paragraph starting = new Paragraph();
    /** While reviews are still to start: it goes on by itself, also after a restart (nothing to do for HR). */
    final Paragraph resumes = new Paragraph();
    private final Paragraph note = new Paragraph();
    final UnorderedList phases = new UnorderedList();
    final RoundPolicySection policy = new RoundPolicySection();
    final Button refresh = new Button();
    final Button close = new Button();

    RoundOverviewPanel(RoundOverview round, ProgressFigures figures, Map<String, String> unitNames, ZoneId zone,
            Duration resumesWithin) {
        this.unitNames = unitNames;
        this.zone = zone;
        this.resumesWithin = resumesWithin;
        this.year = round.year();
        addClassName("round-overview");
        heading.setText(getTranslation("roundView.heading", year));
        heading.getElement().setAttribute("tabindex", "-1"); // focus lands here after the start
        facts.addClassName("round-facts");
        facts.getStyle().set("display", "grid")
                .set("grid-template-columns", "repeat(auto-fill, minmax(16rem, 1fr))")
                .set("gap", "var(--lumo-space-s) var(--lumo-space-l)");
        status.setId("round-status");
        selection.setId("round-selection");
        progress.setId("round-progress");
        progress.addClassName("round-progress");
        // the counts change while the reviews start and when "Vernieuwen" is pressed: screen readers hear them
        progress.getElement().setAttribute("aria-live", "polite");
        starting.setId("round-starting");
        starting.addClassName("round-starting");
        resumes.setId("round-resumes");
        resumes.addClassName("round-note");
        note.addClassName("round-note");
        H3 phasesHeading = new H3(getTranslation("roundView.byPhase"));
        phasesHeading.setId("round-phases-heading");
        phases.addClassName("round-phases");
        phases.getElement().setAttribute("aria-labelledby", "round-phases-heading");

        refresh.setText(getTranslation("roundView.refresh"));
        refresh.setIcon(VaadinIcon.REFRESH.create());
        refresh.setId("round-refresh");
        close.setText(getTranslation("roundView.close"));
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        close.setId("round-close");
        HorizontalLayout actions = new HorizontalLayout(refresh, close);
        actions.addClassName("round-actions");

        add(heading, facts, progress, starting, resumes, note, phasesHeading, phases, policy, actions);
        update(round, figures);
    }

    int year() {
        return year;
    }

    String startedByText() {
        return startedBy.getText();
    }

    void focusHeading() {
        heading.getElement().callJsFunction("focus");
    }

    /** Shows the (fresh) figures of the round. */
    void update(RoundOverview round, ProgressFigures figures) {
        boolean open = RoundView.isOpen(round.status());
        status.setText(getTranslation("roundView.status." + round.status()));
        selection.setText(selectionText(round.selection(), round.selectedNames()));
        facts.removeAll();
        facts.add(fact("roundView.status", status));
        facts.add(fact("roundView.selection", selection));
        RoundCalendar c = round.calendar();
        facts.add(fact("roundView.calendar.planning", new Span(window(c.planning()))));
        facts.add(fact("roundView.calendar.progress", new Span(window(c.progress()))));
        facts.add(fact("roundView.calendar.assessment", new Span(window(c.assessment()))));
        startedBy.setText(getTranslation("roundView.startedByAt", round.startedBy(), moment(round.startedAt())));
        facts.add(fact("roundView.startedBy", startedBy));
        if (round.closedAt() != null) {
            facts.add(fact("roundView.closedAt", new Span(moment(round.closedAt()))));
        }

        progress.setText(getTranslation("roundView.progress", round.reviewsStarted(), round.memberCount()));
        starting.setText(getTranslation("roundView.starting"));
        starting.setVisible(round.starting());
        // after a crash the figures stand still until the stopped run's claim on the work expires: say so, while the
        // start still has work (not for members the assessment policy leaves without a review: nothing will come)
        boolean waiting = open && round.starting();
        resumes.setVisible(waiting);
        resumes.setText(waiting ? getTranslation("roundView.startResumes", minutes(resumesWithin)) : "");
        note.setText(open ? getTranslation("roundView.progressNote") : getTranslation("roundView.closedNote"));

        phases.removeAll();
        // the open phases, as Voortgang shows them; a review that finished one can wait for the next
        // the round's phases: the assessment (opened by its feedback round when the round has one), or in a year
        // without a formal assessment the development conversation (issue 19)
        List<ReviewPhase> running = round.phases();
        for (ReviewPhase phase : running) {
            phases.add(phaseItem(phase.name(), getTranslation("roundView.inPhase",
                    getTranslation("roundView.phase." + phase.name()), figures.inPhase(phase, null),
                    figures.count(phase, null, ReviewStatus.OVERDUE))));
            if (phase != running.get(running.size() - 1) && phase != ReviewPhase.FEEDBACK) {
                // signing ends the last phase, and the feedback round goes straight on to the assessment: nothing
                // waits after either
                String waitingKey = "roundView.waitingAfter." + phase.name()
                        + (phase == ReviewPhase.PROGRESS && !round.formalAssessment() ? ".development" : "");
                phases.add(phaseItem(phase.name() + "-done", getTranslation(waitingKey,
                        figures.waitingAfter(phase, null))));
            }
        }
        for (ReviewPhase phase : ReviewPhase.finished()) {
            phases.add(phaseItem(phase.name(), getTranslation("roundView.phaseCount",
                    getTranslation("roundView.phase." + phase.name()), round.reviewsByPhase().getOrDefault(phase.name(), 0L))));
        }
        policy.update(round);
        close.setVisible(open);
    }

    private static ListItem phaseItem(String key, String text) {
        ListItem item = new ListItem(text);
        item.getElement().setAttribute("data-phase", key);
        return item;
    }

    /** "Alle actieve medewerkers", or the units and people (by name) the round was started for. */
    String selectionText(RoundSelection s, Map<String, String> names) {
        if (s.isEveryone()) {
            return getTranslation("roundView.selection.everyone");
        }
        StringBuilder text = new StringBuilder();
        if (!s.unitCodes().isEmpty()) {
            text.append(getTranslation("roundView.selection.units", new TreeSet<>(s.unitCodes()).stream()
                    .map(code -> unitNames.getOrDefault(code, code)).sorted().collect(Collectors.joining(", "))));
        }
        if (!s.personnelNumbers().isEmpty()) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            List<String> numbers = List.copyOf(new TreeSet<>(s.personnelNumbers()));
            String shown = numbers.subList(0, Math.min(RoundOverview.SHOWN_PEOPLE, numbers.size())).stream()
                    .map(n -> names.containsKey(n) ? names.get(n) + " (" + n + ")" : n)
                    .collect(Collectors.joining(", "));
            if (numbers.size() > RoundOverview.SHOWN_PEOPLE) {
                shown += " " + getTranslation("roundView.andMore", numbers.size() - RoundOverview.SHOWN_PEOPLE);
            }
            text.append(getTranslation("roundView.selection.persons", shown));
        }
        return text.toString();
    }

    /** Whole minutes, rounded up: "within 2 minutes" must not promise less than it is. */
    static long minutes(Duration duration) {
        return Math.max(1, (duration.toSeconds() + 59) / 60);
    }

    private String window(RoundCalendar.Phase phase) {
        return getTranslation("roundView.window", date(phase.start()), date(phase.end()));
    }

    private String date(LocalDate day) {
        return DateFormats.day(day, getLocale());
    }

    private String moment(Instant at) {
        return DateFormats.moment(at, zone, getLocale());
    }

    private Div fact(String labelKey, Span value) {
        Div d = new Div();
        d.addClassName("fact");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        value.addClassName("fact-value");
        d.add(label, value);
        return d;
    }
}
