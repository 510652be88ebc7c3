package nl.gesprekscyclus.monitoring.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import nl.gesprekscyclus.base.ui.ErrorNotifications;
import nl.gesprekscyclus.monitoring.MonitoredReview;
import nl.gesprekscyclus.review.DossierOpenings;
import nl.gesprekscyclus.review.ReviewValidationException;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Dossier openen": HR states why they need to read a review's content. The reason is required, recorded
 * with the opening and shown to the employee; then the review screen opens, readable for a limited time. Public:
 * the review search ("Gesprekken zoeken") leads HR here too, so there is one way in for HR.
 */
public class DossierOpeningDialog extends Dialog {

    public final TextArea reason = new TextArea();
    public final Button open = new Button();
    final Button cancel = new Button();

    DossierOpeningDialog(MonitoredReview review, DossierOpenings openings) {
        this(review.reviewId(), review.employeeName(), openings);
    }

    public DossierOpeningDialog(long reviewId, String employeeName, DossierOpenings openings) {
        setHeaderTitle(getTranslation("monitoring.dossier.title", employeeName));
        Paragraph explanation = new Paragraph(getTranslation("monitoring.dossier.explanation"));
        reason.setLabel(getTranslation("monitoring.dossier.reason"));
        reason.setHelperText(getTranslation("monitoring.dossier.reasonHelp", DossierOpenings.MIN_REASON_LENGTH));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(DossierOpenings.MAX_REASON_LENGTH);
        reason.setWidthFull();
        reason.setManualValidation(true);
        add(explanation, reason);

        open.setText(getTranslation("monitoring.dossier.open"));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(e -> open(reviewId, openings));
        cancel.setText(getTranslation("common.cancel"));
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, open);
        setWidth("36rem");
    }

    void open(long reviewId, DossierOpenings openings) {
        String text = reason.getValue() == null ? "" : reason.getValue().strip();
        if (text.isEmpty()) {
            invalid(getTranslation("field.required"));
            return;
        }
        if (text.length() < DossierOpenings.MIN_REASON_LENGTH) {
            invalid(getTranslation("dossierOpening.reason.length", DossierOpenings.MIN_REASON_LENGTH,
                    DossierOpenings.MAX_REASON_LENGTH));
            return;
        }
        try {
            openings.open(reviewId, text);
        } catch (ReviewValidationException ex) {
            invalid(ex.violations().get(0).message(getLocale()));
            return;
        } catch (AccessDeniedException ex) {
            ErrorNotifications.error(getTranslation("monitoring.error.noAccess"));
            return;
        }
        close();
        UI.getCurrent().navigate("gesprek/" + reviewId);
    }

    private void invalid(String message) {
        reason.setErrorMessage(message);
        reason.setInvalid(true);
        reason.focus();
    }
}
