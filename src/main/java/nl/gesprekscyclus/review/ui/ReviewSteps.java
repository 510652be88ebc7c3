package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.gesprekscyclus.base.ConcurrentChangeException;
import nl.gesprekscyclus.base.ui.ConfirmDialogs;
import nl.gesprekscyclus.base.ui.ErrorNotifications;
import nl.gesprekscyclus.functionbook.JobProfile;
import nl.gesprekscyclus.review.ReviewClosedException;
import nl.gesprekscyclus.review.ReviewDossier;
import nl.gesprekscyclus.review.ReviewValidationException;
import nl.gesprekscyclus.review.StaleEditException;
import nl.gesprekscyclus.review.TaskNotOpenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * What every step of the review screen has in common, whichever phase it belongs to: the confirmation that says
 * what a step means, the service call whose refusals become a sentence next to the form that asked, and the
 * screen shown again after a step. The phase presenters ({@link PlanningSteps}, {@link InputSteps},
 * {@link ProgressSteps}, {@link ChangeSteps}, {@link AssessmentSteps}) use it, so every step answers the same way.
 */
class ReviewSteps {

    private static final Logger log = LoggerFactory.getLogger(ReviewSteps.class);

    private final ReviewView view;
    private final ZoneId zone;

    ReviewSteps(ReviewView view, ZoneId zone) {
        this.view = view;
        this.zone = zone;
    }

    /** The review as last read. */
    ReviewDossier dossier() {
        return view.dossier;
    }

    long id() {
        return view.reviewId;
    }

    String t(String key, Object... args) {
        return view.getTranslation(key, args);
    }

    /** The screen's language. */
    Locale locale() {
        return view.locale();
    }

    /** A person by name; "nobody" where the review has no one in that role. */
    String name(ReviewDossier.Person person) {
        return person == null ? t("review.nobody") : person.name();
    }

    void reload() {
        view.reload();
    }

    /** Leaves the review for another screen (HR after the advice: reading the review ends with it). */
    void navigate(Class<? extends Component> target) {
        view.getUI().ifPresent(ui -> ui.navigate(target));
    }

    /** The resultaatgebieden of the normfunctie, to choose from in an agreement. */
    List<JobProfile.ResultArea> resultAreas() {
        return dossier().jobProfile() == null ? List.of() : dossier().jobProfile().resultAreas();
    }

    /** Says the step was done and shows the review as it is now. */
    void done(String doneKey, Object... args) {
        ErrorNotifications.success(t(doneKey, args));
        reload();
    }

    /**
     * A save or step asked for in a dialog: on success the dialog closes and the screen shows the review as it is
     * now; on a refusal the dialog stays open with the message and everything typed in it.
     */
    <D extends Dialog & ReviewFeedback> void fromDialog(Runnable call, D dialog, String doneKey, Object... args) {
        if (attempt(call, dialog)) {
            dialog.close();
            done(doneKey, args);
        }
    }

    /** A step that completes a task: on success the screen shows the review as it is now. */
    void step(Runnable call, String doneKey) {
        if (attempt(call, view.todo)) {
            done(doneKey);
        }
    }

    void confirm(String title, String text, String confirmText, boolean dangerous, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog(title, text, confirmText, e -> action.run());
        dialog.addClassName("review-confirm");
        dialog.setCancelable(true);
        dialog.setCancelText(t("review.cancel"));
        if (dangerous) {
            dialog.setConfirmButtonTheme("error primary");
        }
        ConfirmDialogs.modal(dialog).open();
    }

    /**
     * Runs a service call. Broken rules go to the form that asked (next to the field, or at the top); a step that
     * is no longer open, a closed review, someone else's change or a refusal become one sentence there and in a
     * notification. Nothing of what was typed is lost, and no stack trace reaches the screen.
     */
    boolean attempt(Runnable call, ReviewFeedback feedback) {
        try {
            call.run();
            return true;
        } catch (ReviewValidationException ex) {
            feedback.violations(ex.violations());
        } catch (TaskNotOpenException ex) {
            problem(feedback, "review.task-not-open");
        } catch (ReviewClosedException ex) {
            problem(feedback, "review.closed");
        } catch (StaleEditException ex) {
            stale(feedback, ex);
        } catch (ConcurrentChangeException ex) {
            problem(feedback, "review.concurrent-change");
        } catch (AccessDeniedException ex) {
            problem(feedback, "review.no-access");
        } catch (RuntimeException ex) {
            log.error("Review screen: service call for review {} failed", id(), ex);
            problem(feedback, "review.unexpected");
        }
        return false;
    }

    /**
     * Someone saved the same record since this form was read: say who and when, next to the form. The form keeps
     * what this user typed (to copy), and nothing of the other save is overwritten.
     */
    private void stale(ReviewFeedback feedback, StaleEditException ex) {
        String message;
        if (ex.changedBy() == null || ex.changedAt() == null) {
            message = t("review.concurrent-change");
        } else {
            ZonedDateTime at = ex.changedAt().atZone(zone);
            String when = at.toLocalDate().equals(LocalDate.now(zone)) ? DateTimeFormatter.ofPattern("HH:mm").format(at)
                    : ReviewFormat.moment(ex.changedAt(), zone, locale());
            message = t("review.stale", ex.changedBy(), when);
        }
        feedback.error(message);
        ErrorNotifications.error(message);
    }

    private void problem(ReviewFeedback feedback, String key) {
        String message = t(key);
        if (feedback == view.todo) {
            // nothing typed on the page itself: show the review as it is now, with the message on top
            reload();
            view.todo.error(message);
        } else {
            feedback.error(message);
        }
        ErrorNotifications.error(message);
    }
}
