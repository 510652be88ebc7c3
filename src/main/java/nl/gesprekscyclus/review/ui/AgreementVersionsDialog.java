package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import nl.gesprekscyclus.review.AgreementStanding;
import nl.gesprekscyclus.review.ResultAgreement;
import nl.gesprekscyclus.review.ResultAgreementData;
import nl.gesprekscyclus.review.Review;

/**
 * Every version of one result agreement, newest first, read-only: what it said, its status, who made it and when,
 * and what changed since the version before, field by field.
 * Agreements change by mutual consent as new versions; the old ones stay readable here.
 */
class AgreementVersionsDialog extends Dialog {

    final OrderedList versions = new OrderedList();

    /** @param names the display name of the username a version keeps as its author */
    AgreementVersionsDialog(List<ResultAgreement> lineage, Review review, UnaryOperator<String> names, ZoneId zone,
            Locale locale) {
        addClassName("review-dialog");
        String title = lineage.stream().max(Comparator.comparingInt(ResultAgreement::getVersionNumber))
                .map(a -> a.data().description()).orElse("");
        setHeaderTitle(getTranslation("review.versions.title"));
        setWidth("min(44rem, 100vw)");
        add(new Paragraph(title));
        versions.addClassName("review-versions");
        versions.getElement().setAttribute("reversed", "");
        lineage.stream().sorted(Comparator.comparingInt(ResultAgreement::getVersionNumber).reversed()).forEach(a -> {
            ListItem item = new ListItem();
            item.addClassName("review-version");
            item.getElement().setAttribute("data-version", String.valueOf(a.getVersionNumber()));
            H3 heading = new H3(getTranslation("review.versions.version", a.getVersionNumber(),
                    getTranslation("review.standing." + AgreementStanding.of(a, review).name())));
            Paragraph who = new Paragraph(getTranslation("review.versions.madeBy", names.apply(a.getCreatedBy()),
                    ReviewFormat.moment(a.getCreatedAt(), zone, locale)));
            who.addClassName("review-meta");
            ResultAgreementData d = a.data();
            // each version under the name its resultaatgebied had when it was saved
            Div body = new Div(ReviewFormat.line(this, "review.agreement.resultArea", ReviewFormat.link(this, a)),
                    ReviewFormat.line(this, "review.agreement.what", d.description()),
                    ReviewFormat.line(this, "review.agreement.criterion", d.criterion()),
                    ReviewFormat.line(this, "review.agreement.deadline", ReviewFormat.date(d.deadline(), locale)),
                    ReviewFormat.line(this, "review.agreement.weight", d.weight() == null ? null : String.valueOf(d.weight())),
                    ReviewFormat.line(this, "review.agreement.role", d.workRole()));
            item.add(heading, who);
            previous(lineage, a).ifPresent(p -> item.add(changes(p, a, locale)));
            item.add(body);
            versions.add(item);
        });
        add(versions);
        getFooter().add(new Button(getTranslation("review.close"), e -> close()));
    }

    private static java.util.Optional<ResultAgreement> previous(List<ResultAgreement> lineage, ResultAgreement a) {
        return lineage.stream().filter(v -> v.getVersionNumber() < a.getVersionNumber())
                .max(Comparator.comparingInt(ResultAgreement::getVersionNumber));
    }

    /** "Veranderd ten opzichte van versie 1:" with one line per changed field, old → new. */
    private Div changes(ResultAgreement before, ResultAgreement after, Locale locale) {
        Div box = new Div();
        box.addClassName("review-version-changes");
        List<AgreementVersionChanges.Change> changes = AgreementVersionChanges.between(before.data(),
                ReviewFormat.link(this, before), after.data(), ReviewFormat.link(this, after), locale);
        if (changes.isEmpty()) {
            box.add(new Paragraph(getTranslation("review.versions.noChange", before.getVersionNumber())));
            return box;
        }
        box.add(new Paragraph(getTranslation("review.versions.changes", before.getVersionNumber())));
        AgreementVersionChanges.lines(this, changes).forEach(box::add);
        return box;
    }
}
