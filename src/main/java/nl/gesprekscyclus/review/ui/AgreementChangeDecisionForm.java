package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.gesprekscyclus.review.AgreementChange;
import nl.gesprekscyclus.review.AgreementChangeProposal;
import nl.gesprekscyclus.review.AgreementStatus;
import nl.gesprekscyclus.review.ResultAgreement;
import nl.gesprekscyclus.review.ReviewDossier;

/**
 * The open proposal to change agreements, as the party who decides sees it: who proposed it and why, and per
 * agreement what would change, field by field (old → new), so nobody has to compare two texts. The decision's
 * explanation is optional when accepting and required when rejecting (the service says so next to the field).
 */
class AgreementChangeDecisionForm extends ReviewForm {

    final AgreementChange change;
    final TextArea decisionReason = new TextArea();

    AgreementChangeDecisionForm(ReviewDossier dossier, AgreementChange change, Map<String, String> areaNames,
            ZoneId zone, Locale locale) {
        this.change = change;
        addClassName("review-change-decision");
        setId("review-change-decision");
        Paragraph who = new Paragraph(getTranslation("review.change.decide.proposedBy", proposer(dossier, change),
                ReviewFormat.moment(change.getProposedAt(), zone, locale)));
        who.addClassName("review-meta");
        add(who, ReviewFormat.line(this, "review.change.decide.reason", change.getReason()));
        AgreementChangeProposal proposal = change.proposed();
        for (AgreementChangeProposal.ResultAgreementChange item : proposal.resultAgreements()) {
            add(item(dossier, item, areaNames, locale));
        }
        for (AgreementChangeProposal.DevelopmentAgreementChange item : proposal.developmentAgreements()) {
            Div box = box();
            box.add(new H4(getTranslation(item.data() == null ? "review.change.decide.developmentRemoved"
                    : "review.change.decide.development", item.data() == null ? "" : item.data().goal())));
            add(box);
        }
        decisionReason.setLabel(getTranslation("review.change.decide.decisionReason"));
        decisionReason.setHelperText(getTranslation("review.change.decide.decisionReasonHelp"));
        decisionReason.setWidthFull();
        decisionReason.setMaxLength(nl.gesprekscyclus.review.AgreementRules.MAX_TEXT);
        errors.field("decisionReason", decisionReason);
        errors.keepMessagesUntilNextAttempt();
        add(errors, decisionReason);
    }

    /** One agreement of the proposal: changed (old → new per field), new, or taken out. */
    private Div item(ReviewDossier dossier, AgreementChangeProposal.ResultAgreementChange item,
            Map<String, String> areaNames, Locale locale) {
        Div box = box();
        Optional<ResultAgreement> current = item.lineage() == null ? Optional.empty()
                : dossier.resultAgreements().stream().filter(a -> a.getLineage().equals(item.lineage()))
                        .filter(a -> a.getStatus() == AgreementStatus.CURRENT).findFirst();
        if (item.data() == null) {
            box.add(new H4(getTranslation("review.change.decide.removed",
                    current.map(a -> a.data().description()).orElse("?"))));
            return box;
        }
        if (current.isEmpty()) {
            box.add(new H4(getTranslation("review.change.decide.added", item.data().description())));
            return box;
        }
        box.add(new H4(getTranslation("review.change.decide.changed", current.get().data().description())));
        // the agreement under the name it was agreed with; the proposal under the profile in force now
        List<AgreementVersionChanges.Change> changes = AgreementVersionChanges.between(current.get().data(),
                ReviewFormat.link(this, current.get()), item.data(), item.data().roleCode() != null
                        ? getTranslation("review.agreements.roleGroup", dossier.roles().stream()
                                .filter(r -> r.code().equals(item.data().roleCode())).map(r -> r.name()).findFirst()
                                .orElse(item.data().roleCode()))
                        : areaNames.getOrDefault(item.data().resultArea(), item.data().resultArea()), locale);
        AgreementVersionChanges.lines(this, changes).forEach(box::add);
        if (changes.isEmpty()) {
            box.add(new Paragraph(getTranslation("review.change.decide.nothing")));
        }
        return box;
    }

    private static Div box() {
        Div box = new Div();
        box.addClassName("review-version-changes");
        box.addClassName("review-change-item");
        return box;
    }

    private String proposer(ReviewDossier dossier, AgreementChange change) {
        for (ReviewDossier.Person p : new ReviewDossier.Person[] {dossier.employee(), dossier.manager()}) {
            if (p != null && p.id().equals(change.getProposedById())) {
                return p.name();
            }
        }
        return getTranslation("review.nobody");
    }
}
