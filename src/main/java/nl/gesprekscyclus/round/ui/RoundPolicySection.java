package nl.gesprekscyclus.round.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import nl.gesprekscyclus.cycle.AssessmentPolicy;
import nl.gesprekscyclus.round.RoundOverview;

/**
 * Part of the round's overview: who assesses, is consulted and signs off in this round (the policy it was started
 * with), and who has no review because of it, by name and with the reason, so nobody is left out in silence.
 */
class RoundPolicySection extends Div {

    final Paragraph policy = new Paragraph();
    final UnorderedList notStarted = new UnorderedList();
    private final H3 notStartedHeading = new H3();

    RoundPolicySection() {
        addClassName("round-policy");
        H3 heading = new H3(getTranslation("round.policy.title"));
        policy.setId("round-policy");
        notStartedHeading.setId("round-not-started-heading");
        notStarted.setId("round-not-started");
        notStarted.getElement().setAttribute("aria-labelledby", "round-not-started-heading");
        add(heading, policy, notStartedHeading, notStarted);
    }

    void update(RoundOverview round) {
        AssessmentPolicy p = round.policy();
        policy.setText(String.join(" ", getTranslation("round.policy.secondAssessor." + p.secondAssessor()),
                getTranslation("round.policy.signOff." + p.signOff()),
                p.topAssessorNumber().map(n -> getTranslation("round.policy.topAssessor.person", n))
                        .orElseGet(() -> getTranslation("round.policy.topAssessor.none")),
                getTranslation(p.adviceVisibleToEmployee() ? "round.policy.advice.employee"
                        : "round.policy.advice.manager")));
        notStarted.removeAll();
        round.notStarted().forEach(n -> notStarted.add(new ListItem(getTranslation("round.notStarted.line", n.name(),
                n.personnelNumber(), n.reason()))));
        notStartedHeading.setText(getTranslation("round.notStarted.title", round.notStarted().size()));
        notStartedHeading.setVisible(!round.notStarted().isEmpty());
        notStarted.setVisible(!round.notStarted().isEmpty());
    }
}
