package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.ZoneId;
import java.util.Locale;
import nl.gesprekscyclus.review.ReviewDossier;
import nl.gesprekscyclus.review.ReviewTask;

/** The manager records the voortgangsgesprek, with the reflections and the input beside the report. */
class ProgressConversationPanel extends TaskPanel {

    final ProgressConversationForm form;
    final Button record = primary("review.progress.record", VaadinIcon.CHECK, "review-conversation-record");

    ProgressConversationPanel(ReviewDossier dossier, ZoneId zone, Locale locale, ProgressSteps progress) {
        super(ReviewTask.PROGRESS_CONVERSATION);
        conversationOf(dossier);
        intro("review.progress.todo.PROGRESS_CONVERSATION");
        form = new ProgressConversationForm(dossier, zone, locale);
        add(form);
        record.addClickListener(e -> progress.confirmRecordConversation(form));
        buttons(record);
    }
}
