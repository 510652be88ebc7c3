package nl.gesprekscyclus.feedback.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.gesprekscyclus.base.i18n.DateFormats;
import nl.gesprekscyclus.base.ui.ErrorNotifications;
import nl.gesprekscyclus.base.ui.FieldViolations;
import nl.gesprekscyclus.base.ui.MainLayout;
import nl.gesprekscyclus.feedback.AskeeStatus;
import nl.gesprekscyclus.feedback.FeedbackAnswerData;
import nl.gesprekscyclus.feedback.FeedbackItemKind;
import nl.gesprekscyclus.feedback.FeedbackRules;
import nl.gesprekscyclus.feedback.FeedbackService;
import nl.gesprekscyclus.feedback.FeedbackValidationException;
import nl.gesprekscyclus.feedback.GivingRequest;
import nl.gesprekscyclus.notification.MailSettings;

/**
 * "Feedback geven": the requests that ask the logged-in person, open ones first. Per open request the question, what
 * it is about, whether the answer carries their name, and per item an observed level (competencies, from the book's
 * scale) and a text; or decline with an optional reason. Once answered or declined the request shows what they did.
 * The mail and the bell link here: the colleague asked cannot open the review itself.
 */
@Route(value = MailSettings.FEEDBACK_ROUTE, layout = MainLayout.class)
@PermitAll
public class FeedbackGivingView extends Main implements HasDynamicTitle {

    private final FeedbackService service;

    public FeedbackGivingView(FeedbackService service) {
        this.service = service;
        addClassName("page");
        show();
    }

    private void show() {
        removeAll();
        add(new H1(getPageTitle()));
        add(new Paragraph(getTranslation("feedback.giving.intro")));
        List<GivingRequest> mine = service.mine();
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("feedback.giving.none"));
            none.setId("feedback-giving-none");
            add(none);
        }
        mine.forEach(g -> add(new RequestForm(g)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.giving.title");
    }

    /** One request: the form to answer or decline while open, else what the person did. */
    final class RequestForm extends Div {

        final Map<Long, Select<String>> levels = new LinkedHashMap<>();
        final Map<Long, TextArea> texts = new LinkedHashMap<>();
        final TextArea reason = new TextArea(getTranslation("feedback.giving.reason"));
        final Button send = new Button(getTranslation("feedback.giving.send"));
        final Button decline = new Button(getTranslation("feedback.giving.decline"));

        RequestForm(GivingRequest g) {
            setId("feedback-giving-" + g.askeeId());
            addClassName("checkin");
            add(new H2(getTranslation("feedback.giving.about", g.employeeName())));
            add(new Paragraph(getTranslation("feedback.giving.askedBy", g.askedBy(),
                    DateFormats.day(g.dueOn(), getLocale()))));
            add(new Paragraph(g.question()));
            add(new Paragraph(g.anonymous() ? getTranslation("feedback.giving.anonymous", minimum())
                    : getTranslation("feedback.giving.named")));
            Map<Long, FeedbackAnswerData> given = new LinkedHashMap<>();
            g.mine().forEach(a -> given.put(a.itemId(), a));
            Map<String, String> levelNames = new LinkedHashMap<>();
            g.levels().forEach(l -> levelNames.put(l.code(), l.name()));
            boolean open = g.status() == AskeeStatus.OPEN;
            for (GivingRequest.Item item : g.items()) {
                add(new H3(getTranslation("feedback.item." + item.kind().name(), item.label())));
                if (!open) {
                    FeedbackAnswerData a = given.get(item.id());
                    if (a != null) {
                        add(new Paragraph((a.level() == null ? "" : levelNames.getOrDefault(a.level(), a.level())
                                + (a.text() == null ? "" : ": ")) + (a.text() == null ? "" : a.text())));
                    }
                    continue;
                }
                if (item.kind() == FeedbackItemKind.COMPETENCY) {
                    Select<String> level = new Select<>();
                    level.setLabel(getTranslation("feedback.giving.level"));
                    level.setId("feedback-level-" + item.id());
                    level.setItems(new ArrayList<>(levelNames.keySet()));
                    level.setEmptySelectionAllowed(true);
                    level.setEmptySelectionCaption(getTranslation("feedback.giving.noLevel"));
                    level.setItemLabelGenerator(c -> c == null ? getTranslation("feedback.giving.noLevel")
                            : levelNames.get(c));
                    levels.put(item.id(), level);
                    add(level);
                }
                TextArea text = new TextArea(getTranslation("feedback.giving.text"));
                text.setId("feedback-text-" + item.id());
                text.setMaxLength(FeedbackRules.MAX_ANSWER);
                text.setWidthFull();
                texts.put(item.id(), text);
                add(text);
            }
            if (!open) {
                Paragraph done = new Paragraph(g.status() == AskeeStatus.DECLINED
                        ? getTranslation("feedback.giving.doneDeclined") : getTranslation("feedback.giving.done"));
                done.addClassName("feedback-done");
                add(done);
                return;
            }
            send.setId("feedback-giving-send-" + g.askeeId());
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            send.addClickListener(e -> act(() -> service.answer(g.askeeId(), answers()), "feedback.giving.sent"));
            reason.setId("feedback-giving-reason-" + g.askeeId());
            reason.setMaxLength(FeedbackRules.MAX_REASON);
            decline.setId("feedback-giving-decline-" + g.askeeId());
            decline.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            decline.addClickListener(e -> act(() -> service.decline(g.askeeId(), reason.getValue()),
                    "feedback.giving.declined"));
            // answering, then declining with its reason on a line of its own (side by side, the reason's field
            // stood between the two buttons as if it belonged to the answer)
            Div declining = new Div(reason, decline);
            declining.addClassName("feedback-decline");
            add(new Div(send), declining);
        }

        List<FeedbackAnswerData> answers() {
            return texts.keySet().stream().map(id -> new FeedbackAnswerData(id,
                    levels.containsKey(id) ? levels.get(id).getValue() : null, texts.get(id).getValue())).toList();
        }

        private void act(Runnable action, String doneKey) {
            FieldViolations.clear(fields());
            try {
                action.run();
                ErrorNotifications.success(getTranslation(doneKey));
                show();
            } catch (FeedbackValidationException ex) {
                FieldViolations.show(fields(), ex.violations(), getLocale());
            }
        }

        private Map<String, HasValidation> fields() {
            Map<String, HasValidation> fields = new LinkedHashMap<>();
            texts.forEach((id, t) -> fields.put("answer." + id, t));
            levels.forEach((id, l) -> fields.put("level." + id, l));
            fields.put("reason", reason);
            return fields;
        }
    }

    private int minimum() {
        return service.anonymousMinimum();
    }
}
