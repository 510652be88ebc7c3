package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Consumer;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.review.AgreementRules;

/** "Niet akkoord": the employee says why (required); the agreements go back to the manager. */
class PlanningDisagreeDialog extends Dialog implements ReviewFeedback {

    final TextArea reason = new TextArea();
    final Button send = new Button();
    final FieldErrors errors = new FieldErrors();

    PlanningDisagreeDialog(Consumer<PlanningDisagreeDialog> onSend) {
        addClassName("review-dialog");
        setHeaderTitle(getTranslation("review.disagree.title"));
        setWidth("min(36rem, 100vw)");
        setCloseOnOutsideClick(false);
        errors.field("reason", reason);
        errors.keepMessagesUntilNextAttempt();
        reason.setLabel(getTranslation("review.disagree.reason"));
        reason.setHelperText(getTranslation("review.disagree.reasonHelp"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(AgreementRules.MAX_LONG_TEXT);
        reason.setWidthFull();
        reason.setMinHeight("8rem");
        add(new Paragraph(getTranslation("review.disagree.text")), errors, reason);

        send.setText(getTranslation("review.disagree.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            errors.clear();
            onSend.accept(this);
        });
        getFooter().add(new Button(getTranslation("review.cancel"), e -> close()), send);
    }

    @Override
    public void violations(List<Violation> violations) {
        errors.show(violations, getLocale());
    }

    @Override
    public void error(String message) {
        errors.error(message);
    }
}
