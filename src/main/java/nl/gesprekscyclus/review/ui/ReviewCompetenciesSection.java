package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.gesprekscyclus.base.ui.TextList;
import nl.gesprekscyclus.functionbook.Competency;
import nl.gesprekscyclus.functionbook.ExpectedCompetency;
import nl.gesprekscyclus.functionbook.LevelScale;
import nl.gesprekscyclus.review.CompetencyRating;
import nl.gesprekscyclus.review.RatingSource;
import nl.gesprekscyclus.review.ReviewCompetency;
import nl.gesprekscyclus.review.ReviewDossier;

/**
 * The competencies of the normfunctie and of the employee's roles of the year (each once, marked with where it comes
 * from: "Normfunctie", "Rol: Projectleider"), each with the expected level and that level's behaviour indicators, and
 * beside it (below it on a narrow screen) the ratings that exist for it: self, the informant's input and the
 * manager's, each said against the expected level in words and colour. Spans both columns of the review screen, so
 * the ratings stand next to the competency they are about instead of in the record at the bottom. Shows only what
 * the dossier holds, so each viewer sees just the ratings the read service gave them.
 */
class ReviewCompetenciesSection extends Section {

    static final String ID = "review-competencies";

    private final boolean rated;

    ReviewCompetenciesSection(ReviewDossier dossier) {
        addClassName("review-competencies");
        setId(ID);
        CompetencyRatings ratings = new CompetencyRatings(dossier);
        rated = !ratings.isEmpty();
        H2 heading = new H2(title());
        heading.setId("review-competencies-title");
        getElement().setAttribute("aria-labelledby", "review-competencies-title");
        add(heading);
        if (!rated) {
            addClassName("review-competencies-unrated");
        }
        Map<String, Competency> byCode = dossier.competencies().stream()
                .collect(Collectors.toMap(Competency::code, Function.identity(), (a, b) -> a));
        for (ReviewCompetency rc : dossier.reviewCompetencies()) {
            ExpectedCompetency expected = new ExpectedCompetency(rc.competency(), rc.expectedLevel());
            Competency competency = byCode.get(expected.competency());
            Div row = new Div();
            row.addClassName("review-competency-row");
            row.getElement().setAttribute("data-competency", expected.competency());
            Div card = card(dossier.scale(), competency, expected);
            // beside the expected level: where the competency comes from (the normfunctie, a role, or both)
            card.addComponentAtIndex(2, CompetencyOrigins.badge(this, rc));
            row.add(card);
            Map<RatingSource, CompetencyRating> given = ratings.of(expected.competency());
            if (!given.isEmpty()) {
                row.add(ratings(dossier.scale(), ratings, competency, expected, given));
            }
            add(row);
        }
    }

    /** The heading, also the in-page navigation's link text: it names the ratings once there are any. */
    String title() {
        return getTranslation(rated ? "review.competencies.rated" : "review.profile.competencies");
    }

    private Div card(LevelScale scale, Competency competency, ExpectedCompetency expected) {
        Div card = new Div();
        card.addClassName("competency");
        card.getElement().setAttribute("data-competency", expected.competency());
        card.getElement().setAttribute("data-level", expected.level());
        card.add(new H3(competency == null ? expected.competency() : competency.name()));
        Span level = new Span(getTranslation("review.profile.expectedLevel",
                ReviewProfileColumn.levelName(scale, competency, expected.level())));
        level.addClassName("level-badge");
        card.add(level);
        if (competency != null) {
            if (!ReviewFormat.blank(competency.definition())) {
                Paragraph def = new Paragraph(competency.definition());
                def.addClassName("definition");
                card.add(def);
            }
            competency.level(expected.level()).ifPresent(d -> {
                Paragraph label = new Paragraph(getTranslation("review.profile.indicators"));
                label.addClassName("indicators-label");
                card.add(label, TextList.of(d.indicators(), null));
            });
        }
        return card;
    }

    /** Expected level, then each source's level with "boven / op / onder verwacht"; the informant's as input. */
    private Div ratings(LevelScale scale, CompetencyRatings ratings, Competency competency,
            ExpectedCompetency expected, Map<RatingSource, CompetencyRating> given) {
        String name = competency == null ? expected.competency() : competency.name();
        Div box = new Div();
        box.addClassName("review-competency-ratings");
        box.getElement().setAttribute("data-competency", expected.competency());
        box.getElement().setAttribute("role", "group");
        box.getElement().setAttribute("aria-label", getTranslation("review.competencies.ratingsOf", name));
        UnorderedList list = new UnorderedList();
        list.addClassName("review-list");
        list.add(line("EXPECTED", getTranslation("review.record.expected"),
                ReviewProfileColumn.levelName(scale, competency, ratings.expected(expected.competency()))));
        given.forEach((source, rating) -> {
            ListItem item = line(source.name(), getTranslation("review.record.column." + source.name()),
                    ReviewProfileColumn.levelName(scale, competency, rating.getLevelCode()));
            ratings.badge(this, expected.competency(), rating).ifPresent(b -> item.add(new Span(" "), b));
            if (!ReviewFormat.blank(rating.getComment())) {
                Paragraph comment = new Paragraph(rating.getComment());
                comment.addClassName("review-meta");
                item.add(comment);
            }
            list.add(item);
        });
        box.add(list);
        return box;
    }

    private static ListItem line(String source, String label, String level) {
        Span l = new Span(label + ": ");
        l.addClassName("review-line-label");
        ListItem item = new ListItem(l, new Span(level));
        item.getElement().setAttribute("data-source", source);
        return item;
    }
}
