package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Consumer;
import nl.gesprekscyclus.review.ReviewDossier;
import nl.gesprekscyclus.review.ReviewTask;

/**
 * A step of the development conversation that ends a year without a formal assessment (issue 19): the employee
 * prepares, the manager records and signs, the employee signs as seen. One panel for the three, each with its own
 * form and button; the record itself shows in the review's record once written.
 */
class DevelopmentPanel extends TaskPanel {

    final DevelopmentForm form;
    final Button button;

    /** @param other the person the step's text names: the manager for the employee, the employee for the manager */
    private DevelopmentPanel(ReviewTask task, DevelopmentForm form, String buttonKey, VaadinIcon icon, String id,
            Consumer<DevelopmentForm> click, ReviewDossier.Person other) {
        super(task);
        intro("review.development.todo." + task.name(), name(other));
        this.form = form;
        this.button = primary(buttonKey, icon, id);
        add(form);
        button.addClickListener(e -> click.accept(form));
        buttons(button);
    }

    static DevelopmentPanel preparation(ReviewDossier dossier, DevelopmentSteps steps) {
        return new DevelopmentPanel(ReviewTask.DEVELOPMENT_PREPARATION, DevelopmentForm.preparation(),
                "review.development.prepare", VaadinIcon.PAPERPLANE, "review-development-prepare",
                steps::confirmPrepare, dossier.manager());
    }

    static DevelopmentPanel conversation(ReviewDossier dossier, ZoneId zone, Locale locale, DevelopmentSteps steps) {
        return new DevelopmentPanel(ReviewTask.DEVELOPMENT_CONVERSATION, DevelopmentForm.record(dossier, zone, locale),
                "review.development.record", VaadinIcon.CHECK, "review-development-record", steps::confirmRecord,
                dossier.employee());
    }

    static DevelopmentPanel acknowledgement(ReviewDossier dossier, DevelopmentSteps steps) {
        return new DevelopmentPanel(ReviewTask.ACKNOWLEDGE_DEVELOPMENT, DevelopmentForm.acknowledgement(),
                "review.development.acknowledge", VaadinIcon.EYE, "review-development-acknowledge",
                steps::confirmAcknowledge, dossier.manager());
    }
}
