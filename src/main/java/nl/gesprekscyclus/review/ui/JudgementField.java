package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import nl.gesprekscyclus.cycle.CycleSettings;

/**
 * The overall judgement on the configured scale, with what it means (its consequence from cycle.yaml, and that HR
 * advises first below voldoende) shown as soon as one is chosen, so the manager sees the effect before deciding.
 */
class JudgementField extends Div {

    final Select<CycleSettings.Judgement> select = new Select<>();
    final Paragraph consequence = new Paragraph();

    /** Whether choosing a judgement below voldoende says that HR advises first (not once HR has advised). */
    private final boolean adviceAhead;

    JudgementField(List<CycleSettings.Judgement> judgements, String id) {
        this(judgements, id, true);
    }

    JudgementField(List<CycleSettings.Judgement> judgements, String id, boolean adviceAhead) {
        this.adviceAhead = adviceAhead;
        addClassName("review-judgement");
        select.setItems(judgements);
        select.setItemLabelGenerator(j -> j == null ? "" : j.label(getLocale()));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("review.assess.choose"));
        // no required indicator: Vaadin's select puts aria-required on its value button, which axe refuses
        // (aria-allowed-attr); the service still says "kies een eindoordeel" next to the field
        select.setId(id);
        consequence.setId(id + "-consequence");
        consequence.addClassName("review-hint");
        consequence.getElement().setAttribute("aria-live", "polite");
        select.addValueChangeListener(e -> describe(e.getValue()));
        describe(null);
        add(select, consequence);
    }

    private void describe(CycleSettings.Judgement j) {
        if (j == null) {
            consequence.setText("");
            consequence.setVisible(false);
            return;
        }
        String text = getTranslation("review.assess.consequence", j.consequence(getLocale()));
        if (adviceAhead && Boolean.TRUE.equals(j.hrAdviceRequired())) {
            text += " " + getTranslation("review.assess.hrAdviceFirst");
        }
        consequence.setText(text);
        consequence.setVisible(true);
    }

    String code() {
        return select.getValue() == null ? null : select.getValue().code();
    }
}
