package nl.gesprekscyclus.calibration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import nl.gesprekscyclus.base.ui.ErrorNotifications;
import nl.gesprekscyclus.base.ui.FieldViolations;
import nl.gesprekscyclus.calibration.CalibrationService;
import nl.gesprekscyclus.calibration.CalibrationValidationException;
import nl.gesprekscyclus.calibration.Proposal;

/**
 * In the manager's assessment step: the judgements a calibration session proposed for this review that they have not
 * decided on, each with "Overnemen" (confirm; they then choose that judgement below) or "Afwijzen" (with a reason).
 * Empty when there is nothing to decide. The manager writes the judgement themselves: this only records the decision.
 */
public class ReviewProposals extends Div {

    final List<Proposal> open;
    final TextArea declineReason = new TextArea();

    public ReviewProposals(CalibrationService service, long reviewId, Map<String, String> judgementLabels,
            Runnable decided) {
        setId("review-calibration-proposals");
        open = service.proposalsFor(reviewId).stream().filter(p -> "PROPOSED".equals(p.status())).toList();
        if (open.isEmpty()) {
            setVisible(false);
            return;
        }
        addClassName("review-notice");
        add(new H4(getTranslation("calibration.review.heading")));
        declineReason.setLabel(getTranslation("calibration.review.declineReason"));
        declineReason.setMaxLength(1000);
        declineReason.setWidthFull();
        for (Proposal p : open) {
            add(new Paragraph(getTranslation("calibration.review.proposal",
                    judgementLabels.getOrDefault(p.proposedJudgement(), p.proposedJudgement()), p.proposedBy(),
                    p.reason())));
            Button confirm = new Button(getTranslation("calibration.review.confirm"),
                    e -> decide(service, p, true, decided));
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            confirm.setId("review-calibration-confirm-" + p.id());
            Button decline = new Button(getTranslation("calibration.review.decline"),
                    e -> decide(service, p, false, decided));
            decline.addThemeVariants(ButtonVariant.LUMO_SMALL);
            decline.setId("review-calibration-decline-" + p.id());
            add(new Div(confirm, decline));
        }
        add(declineReason);
    }

    private void decide(CalibrationService service, Proposal p, boolean confirm, Runnable decided) {
        Map<String, TextArea> fields = Map.of("reason", declineReason);
        FieldViolations.clear(fields);
        try {
            service.decide(p.id(), confirm, declineReason.getValue());
            ErrorNotifications.success(getTranslation(confirm ? "calibration.review.confirmed"
                    : "calibration.review.declined"));
            decided.run();
        } catch (CalibrationValidationException ex) {
            FieldViolations.show(fields, ex.violations(), getLocale());
        }
    }
}
