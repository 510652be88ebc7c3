package nl.gesprekscyclus.feedback.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Clock;
import java.util.stream.Collectors;
import nl.gesprekscyclus.base.i18n.DateFormats;
import nl.gesprekscyclus.base.ui.ErrorNotifications;
import nl.gesprekscyclus.feedback.AskeeStatus;
import nl.gesprekscyclus.feedback.FeedbackOverview;
import nl.gesprekscyclus.feedback.FeedbackService;

/**
 * "Feedback van collega's" on the review screen: each request with its results as {@link FeedbackService} gives
 * them (named answers with their givers; anonymous ones summarised, or "nog niet zichtbaar (x van 3)"), and for the
 * employee and the manager the button to ask. The assessment tasks get the same results as context beside the
 * self-assessment and the informant's input ({@link #addContextTo}).
 */
public class FeedbackSection extends Section {

    /** As read when the section was built; the task panels use the same. */
    final FeedbackOverview overview;

    private final FeedbackService service;
    private final long reviewId;
    private final Clock clock;
    private final Runnable changed;

    public FeedbackSection(FeedbackService service, long reviewId, Clock clock, Runnable changed) {
        this.service = service;
        this.reviewId = reviewId;
        this.clock = clock;
        this.changed = changed;
        this.overview = service.of(reviewId);
        setId("feedback");
        addClassName("checkins");
        H2 heading = new H2(getTranslation("feedback.heading"));
        heading.setId("feedback-heading");
        getElement().setAttribute("aria-labelledby", "feedback-heading");
        add(heading, new Paragraph(getTranslation("feedback.intro", overview.minimum())));
        if (overview.mayAsk()) {
            Button ask = new Button(getTranslation("feedback.ask"), VaadinIcon.PLUS.create());
            ask.setId("feedback-ask");
            ask.addClickListener(e -> openAskDialog());
            add(ask);
        }
        if (overview.requests().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("feedback.none"));
            none.setId("feedback-none");
            add(none);
        }
        overview.requests().forEach(r -> add(request(r)));
    }

    /**
     * Opens "Feedback vragen" (the button here, and the feedback round's task on the review screen); nothing when the
     * viewer may not ask.
     */
    public void openAskDialog() {
        if (!overview.mayAsk()) {
            return;
        }
        new FeedbackAskDialog(service, reviewId, overview, clock, getLocale(), data -> {
            service.ask(reviewId, data);
            ErrorNotifications.success(getTranslation("feedback.asked"));
            changed.run();
        }).open();
    }

    /**
     * Gives the assessment tasks among the open ones (their panels carry {@code data-task}) the feedback as context,
     * read-only, as the check-ins do.
     */
    public void addContextTo(Component todo) {
        if (overview.requests().isEmpty()) {
            return;
        }
        todo.getElement().getChildren().forEach(child -> child.getComponent().ifPresent(this::addContextTo));
        String task = todo.getElement().getAttribute("data-task");
        if (task != null && todo instanceof HasComponents panel && switch (task) {
            case "SELF_ASSESSMENT", "WRITE_ASSESSMENT", "SECOND_ASSESSMENT" -> true;
            default -> false;
        }) {
            Div context = new Div(new H4(getTranslation("feedback.context")));
            context.addClassName("checkin-context");
            context.setId("feedback-context-" + task.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            overview.requests().forEach(r -> {
                // which request the answers below belong to: its question, named or anonymous
                Paragraph about = new Paragraph(r.question() + " \u2014 " + getTranslation(r.anonymous()
                        ? "feedback.request.anonymous" : "feedback.request.named"));
                about.addClassName("feedback-context-request");
                context.add(about, results(r));
            });
            panel.add(context);
        }
    }

    private Div request(FeedbackOverview.Request r) {
        Div box = new Div();
        box.setId("feedback-request-" + r.id());
        box.addClassName("checkin");
        box.add(new H3(r.question()));
        box.add(new Paragraph(getTranslation("feedback.request.of", r.askedBy(), DateFormats.day(r.dueOn(),
                getLocale())) + " \u2014 " + getTranslation(r.anonymous() ? "feedback.request.anonymous"
                        : "feedback.request.named")));
        if (r.anonymous()) {
            box.add(new Paragraph(getTranslation("feedback.request.answered", r.answered(), r.asked())));
        } else {
            UnorderedList askees = new UnorderedList();
            askees.addClassName("feedback-askees");
            r.askees().forEach(a -> askees.add(new ListItem(a.status() == AskeeStatus.DECLINED && a.declineReason() != null
                    ? getTranslation("feedback.askee.declined", a.name(), a.declineReason())
                    : getTranslation("feedback.askee.line", a.name(), getTranslation("feedback.status." + a.status())))));
            box.add(askees);
        }
        box.add(results(r));
        return box;
    }

    /** The results of one request: per item the answers, or the line that says they are not shown yet. */
    private Div results(FeedbackOverview.Request r) {
        Div results = new Div();
        results.addClassName("feedback-results");
        if (!r.visible()) {
            Paragraph hidden = new Paragraph(getTranslation("feedback.request.hidden", r.answered(),
                    overview.minimum()));
            hidden.addClassName("feedback-hidden");
            results.add(hidden);
            return results;
        }
        for (FeedbackOverview.ItemResult item : r.items()) {
            results.add(new H4(getTranslation("feedback.item." + item.kind().name(), item.label())));
            UnorderedList list = new UnorderedList();
            for (FeedbackOverview.NamedAnswer a : item.named()) {
                String level = a.levelName() == null ? "" : " (" + getTranslation("feedback.answer.level",
                        a.levelName()) + ")";
                list.add(new ListItem(a.giver() + level + (a.text() == null ? "" : ": " + a.text())));
            }
            if (!item.levels().isEmpty()) {
                list.add(new ListItem(getTranslation("feedback.levels", item.levels().stream()
                        .map(l -> getTranslation("feedback.levelCount", l.count(), l.levelName()))
                        .collect(Collectors.joining(", ")))));
            }
            item.texts().forEach(t -> list.add(new ListItem(t)));
            results.add(list);
        }
        return results;
    }
}
