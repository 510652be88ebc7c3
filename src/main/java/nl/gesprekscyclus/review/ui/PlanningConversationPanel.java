package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Locale;
import nl.gesprekscyclus.review.Disagreement;
import nl.gesprekscyclus.review.ReviewDossier;
import nl.gesprekscyclus.review.ReviewTask;

/**
 * The manager's planning conversation: the agreements are edited in the columns below and set here. When the
 * employee said "niet akkoord", the last reason is shown above the button.
 */
class PlanningConversationPanel extends TaskPanel {

    final Button set = primary("review.set", VaadinIcon.CHECK, "review-set");

    PlanningConversationPanel(ReviewDossier dossier, ZoneId zone, Locale locale, PlanningSteps planning) {
        super(ReviewTask.PLANNING_CONVERSATION);
        intro("review.todo.PLANNING_CONVERSATION");
        dossier.disagreements().stream().max(Comparator.comparing(Disagreement::getCreatedAt))
                .ifPresent(d -> add(disagreement(d, zone, locale)));
        set.addClickListener(e -> planning.confirmSetAgreements());
        buttons(set);
    }

    private Div disagreement(Disagreement d, ZoneId zone, Locale locale) {
        Div box = new Div();
        box.addClassName("review-notice");
        box.setId("review-last-disagreement");
        box.add(new Paragraph(getTranslation("review.todo.disagreed", ReviewFormat.moment(d.getCreatedAt(), zone,
                locale))), new Paragraph(d.getReason()));
        return box;
    }
}
