package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import nl.gesprekscyclus.review.ResultAgreementData;

/**
 * What changed between two versions of a result agreement, field by field, in the words of the agreement form
 * ("Deadline: 30 juni 2027 → 30 november 2027"), so a reader need not compare two blocks of text.
 */
final class AgreementVersionChanges {

    /** One changed field: the message key of its label, and the old and new value as shown (empty: none). */
    record Change(String labelKey, String before, String after) {
    }

    private AgreementVersionChanges() {
    }

    /**
     * @param beforeArea the name of the resultaatgebied of {@code before} as it was agreed; compared by name, since
     *                   after a change of function the same code can name another area
     */
    static List<Change> between(ResultAgreementData before, String beforeArea, ResultAgreementData after,
            String afterArea, Locale locale) {
        List<Change> changes = new ArrayList<>();
        if (!Objects.equals(normal(beforeArea), normal(afterArea))) {
            changes.add(new Change("review.agreement.resultArea", normal(beforeArea), normal(afterArea)));
        }
        add(changes, "review.agreement.role", before, after, ResultAgreementData::workRole);
        add(changes, "review.agreement.what", before, after, ResultAgreementData::description);
        add(changes, "review.agreement.criterion", before, after, ResultAgreementData::criterion);
        add(changes, "review.agreement.deadline", before, after, d -> ReviewFormat.date(d.deadline(), locale));
        add(changes, "review.agreement.weight", before, after, d -> d.weight() == null ? null : String.valueOf(d.weight()));
        return changes;
    }

    /** Each change as one line "Deadline: 30 juni 2027 → 30 november 2027"; an empty value reads "(leeg)". */
    static List<Div> lines(Component owner, List<Change> changes) {
        String empty = owner.getTranslation("review.versions.empty");
        // plain lines, not list items: where they are shown, the versions or proposals themselves are the list
        return changes.stream().map(c -> {
            Div line = new Div(owner.getTranslation("review.versions.change", owner.getTranslation(c.labelKey()),
                    c.before().isEmpty() ? empty : c.before(), c.after().isEmpty() ? empty : c.after()));
            line.addClassName("review-version-change");
            return line;
        }).toList();
    }

    private static void add(List<Change> changes, String labelKey, ResultAgreementData before,
            ResultAgreementData after, Function<ResultAgreementData, String> value) {
        String old = normal(value.apply(before));
        String now = normal(value.apply(after));
        if (!Objects.equals(old, now)) {
            changes.add(new Change(labelKey, old, now));
        }
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip();
    }
}
