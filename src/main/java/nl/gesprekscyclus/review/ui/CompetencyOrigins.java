package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.stream.Collectors;
import nl.gesprekscyclus.review.ReviewCompetency;

/**
 * "Normfunctie", "Rol: Projectleider" or "Normfunctie, Rol: Projectleider": where a rated competency comes from, the
 * same words wherever it is rated or shown (the competencies section, the assessment forms).
 */
final class CompetencyOrigins {

    private CompetencyOrigins() {
    }

    static String text(Component i18n, ReviewCompetency competency) {
        return competency.origins().stream().map(o -> o.normfunctie()
                ? i18n.getTranslation("review.competency.origin.profile")
                : i18n.getTranslation("review.competency.origin.role", o.roleName())).distinct()
                .collect(Collectors.joining(", "));
    }

    /** A label with the origins; {@code data-origin} holds the role codes (or "normfunctie") for tests and styles. */
    static Span badge(Component i18n, ReviewCompetency competency) {
        Span span = new Span(text(i18n, competency));
        span.addClassName("review-competency-origin");
        span.getElement().setAttribute("data-origin", competency.origins().stream()
                .map(o -> o.normfunctie() ? "normfunctie" : o.roleCode()).distinct().collect(Collectors.joining(" ")));
        return span;
    }
}
