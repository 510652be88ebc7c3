package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import nl.gesprekscyclus.organisation.Violation;
import nl.gesprekscyclus.review.AgreementRules;

/** "Niet akkoord": the employee says why (required); the agreements go back to the manager. */
class PlanningDisagreeDialog extends Dialog implements ReviewFeedback {

    final TextArea reason = new TextArea();
    final Button send = new Button();
    final Div errors = new Div();

    PlanningDisagreeDialog(Consumer<PlanningDisagreeDialog> onSend) {
        addClassName("review-dialog");
        setHeaderTitle(getTranslation("review.disagree.title"));
        setWidth("min(36rem, 100vw)");
        setCloseOnOutsideClick(false);
        errors.addClassName("review-errors");
        errors.getElement().setAttribute("role", "alert");
        errors.setVisible(false);
        reason.setLabel(getTranslation("review.disagree.reason"));
        reason.setHelperText(getTranslation("review.disagree.reasonHelp"));
        reason.setRequiredIndicatorVisible(true);
        reason.setManualValidation(true);
        reason.setMaxLength(AgreementRules.MAX_LONG_TEXT);
        reason.setWidthFull();
        reason.setMinHeight("8rem");
        add(new Paragraph(getTranslation("review.disagree.text")), errors, reason);

        send.setText(getTranslation("review.disagree.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            errors.setVisible(false);
            reason.setInvalid(false);
            reason.setErrorMessage(null);
            onSend.accept(this);
        });
        getFooter().add(new Button(getTranslation("review.cancel"), e -> close()), send);
    }

    @Override
    public void violations(List<Violation> violations) {
        List<String> other = new ArrayList<>();
        for (Violation v : violations) {
            if ("reason".equals(v.field())) {
                reason.setErrorMessage(v.message(getLocale()));
                reason.setInvalid(true);
                reason.focus();
            } else {
                other.add(v.message(getLocale()));
            }
        }
        if (!other.isEmpty()) {
            error(String.join(" ", other));
        }
    }

    @Override
    public void error(String message) {
        errors.removeAll();
        errors.add(new Paragraph(message));
        errors.setVisible(true);
    }
}
