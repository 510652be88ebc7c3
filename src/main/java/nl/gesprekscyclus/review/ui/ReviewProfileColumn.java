package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import nl.gesprekscyclus.functionbook.Competency;
import nl.gesprekscyclus.functionbook.JobProfile;
import nl.gesprekscyclus.functionbook.LevelScale;
import nl.gesprekscyclus.review.ProfilePeriod;
import nl.gesprekscyclus.review.ReviewDossier;

/**
 * The left column: the normfunctie the review runs on (after a change of function during the year, a line first
 * names the old one until the day of the change and the new one from it). Its resultaatgebieden with their generic
 * tasks (each a toggle that marks its agreements on the right). Its competencies have their own section under both
 * columns ({@link ReviewCompetenciesSection}), where their ratings can stand beside them.
 */
class ReviewProfileColumn extends Section {

    ReviewProfileColumn(ReviewDossier dossier, ReviewHighlighter highlighter) {
        addClassName("review-column");
        addClassName("review-profile");
        setId("review-profile");
        JobProfile profile = dossier.jobProfile();
        H2 heading = new H2(profile == null ? getTranslation("review.profile")
                : getTranslation("review.profile.named", profile.name()));
        add(heading);
        if (dossier.profileHistory().size() > 1) {
            Paragraph functions = new Paragraph(getTranslation("review.profile.history", stretches(dossier)));
            functions.setId("review-profile-history");
            functions.addClassName("review-notice");
            add(functions);
        }
        if (profile == null) {
            add(new Paragraph(getTranslation("review.profile.none")));
            return;
        }

        Section areas = new Section();
        areas.addClassName("review-areas");
        areas.setId("review-result-areas");
        areas.add(new H3(getTranslation("review.profile.resultAreas")));
        Paragraph hint = new Paragraph(getTranslation("review.profile.resultAreasHint"));
        hint.addClassName("review-hint");
        areas.add(hint);
        for (JobProfile.ResultArea area : profile.resultAreas()) {
            Div card = new Div();
            card.addClassName("review-area");
            card.getElement().setAttribute("data-result-area", area.code());
            H4 name = new H4(highlighter.toggle(area.code(), area.name(),
                    getTranslation("review.profile.showAgreements", area.name())));
            card.add(name, bullets(area.tasks()));
            highlighter.member(area.code(), card);
            areas.add(card);
        }
        add(areas);
    }

    /** "Adviseur II tot 1 juli 2027, Beleidsmedewerker vanaf 1 juli 2027": each function of the year with its dates. */
    private String stretches(ReviewDossier dossier) {
        List<ProfilePeriod> periods = dossier.profileHistory();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            ProfilePeriod p = periods.get(i);
            String name = p.jobProfile() == null ? p.jobTitleName() : p.jobProfile().name();
            String from = ReviewFormat.date(p.from(), getLocale());
            String until = ReviewFormat.date(p.until(), getLocale());
            parts.add(i == 0 ? getTranslation("review.profile.history.until", name, until)
                    : p.until() == null ? getTranslation("review.profile.history.from", name, from)
                    : getTranslation("review.profile.history.between", name, from, until));
        }
        return String.join(", ", parts);
    }

    /** "Niveau B (organiseren)": the book's name of the level with the competency's label for it. */
    static String levelName(LevelScale scale, Competency competency, String levelCode) {
        String name = scale == null ? levelCode : scale.level(levelCode).map(LevelScale.Level::name).orElse(levelCode);
        return competency == null ? name
                : competency.level(levelCode).map(d -> name + " (" + d.label() + ")").orElse(name);
    }

    private static UnorderedList bullets(Collection<String> items) {
        UnorderedList list = new UnorderedList();
        items.forEach(i -> list.add(new ListItem(i)));
        return list;
    }
}
