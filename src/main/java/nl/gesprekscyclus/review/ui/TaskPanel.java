package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;
import nl.gesprekscyclus.review.ReviewDossier;
import nl.gesprekscyclus.review.ReviewTask;

/**
 * One open task in "Wat u nu kunt doen": its title, what it asks, its form if it has one, and its buttons, which
 * call the task's phase presenter. One subclass per task (or per tasks that look alike); {@link TaskPanels} says
 * which belongs to which task.
 */
abstract class TaskPanel extends Div {

    /** Builds the panel of an open task from the review as read, in the screen's language. */
    @FunctionalInterface
    interface Factory {
        TaskPanel create(ReviewDossier dossier, Locale locale);
    }

    /** A task's panel under its own title ({@code task.<TASK>}). */
    TaskPanel(ReviewTask task) {
        this(task, "task." + task.name());
    }

    TaskPanel(ReviewTask task, String titleKey) {
        addClassName("review-task");
        getElement().setAttribute("data-task", task.name());
        add(new H3(getTranslation(titleKey)));
    }

    /** What the task asks, under the title. */
    void intro(String key, Object... args) {
        add(new Paragraph(getTranslation(key, args)));
    }

    /**
     * Which progress conversation this is, "Voortgangsgesprek 2 van 3", when the review has more than one (issue 19);
     * nothing for the one conversation of today's cycle.
     */
    void conversationOf(nl.gesprekscyclus.review.ReviewDossier dossier) {
        int count = dossier.review().progressConversations().size();
        if (count > 1) {
            Paragraph which = new Paragraph(getTranslation("review.progress.conversationOf",
                    dossier.review().getProgressConversation(), count));
            which.addClassName("review-conversation-of");
            add(which);
        }
    }

    /** The task's buttons, below everything else. */
    void buttons(Button... buttons) {
        Div row = new Div(buttons);
        row.addClassName("review-task-buttons");
        add(row);
    }

    /**
     * Whether the panel shows each competency with its ratings itself (an assessment form), so the page leaves out
     * its own competencies section instead of showing them twice.
     */
    boolean showsCompetencies() {
        return false;
    }

    Button primary(String key, VaadinIcon icon, String id) {
        Button b = new Button(getTranslation(key), icon.create());
        b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        b.setId(id);
        return b;
    }

    Button secondary(String key, String id) {
        Button b = new Button(getTranslation(key));
        b.setId(id);
        return b;
    }

    /** A button without emphasis, with an icon: the other answer next to a primary one (niet akkoord, afwijzen). */
    Button other(String key, VaadinIcon icon, String id) {
        Button b = new Button(getTranslation(key), icon.create());
        b.setId(id);
        return b;
    }

    String name(ReviewDossier.Person person) {
        return person == null ? getTranslation("review.nobody") : person.name();
    }
}
