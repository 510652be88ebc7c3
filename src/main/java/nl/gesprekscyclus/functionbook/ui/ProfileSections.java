package nl.gesprekscyclus.functionbook.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Collection;
import java.util.List;
import nl.gesprekscyclus.functionbook.Competency;
import nl.gesprekscyclus.functionbook.ExpectedCompetency;
import nl.gesprekscyclus.functionbook.FunctionBook;
import nl.gesprekscyclus.functionbook.JobProfile;

/**
 * Building blocks for showing a generic profile: sections with a heading, lists, and a competency with
 * its expected level and that level's behaviour indicators. Text is always set as text, never as HTML.
 */
public final class ProfileSections {

    private ProfileSections() {
    }

    public static Section section(String id, String heading, Component... content) {
        Section section = new Section();
        section.addClassName("profile-section");
        section.setId(id);
        H3 h = new H3(heading);
        section.add(h);
        section.add(content);
        return section;
    }

    public static UnorderedList bullets(Collection<String> items) {
        UnorderedList list = new UnorderedList();
        items.forEach(i -> list.add(new ListItem(i)));
        return list;
    }

    public static OrderedList titled(List<JobProfile.TitledText> items) {
        OrderedList list = new OrderedList();
        for (JobProfile.TitledText t : items) {
            ListItem li = new ListItem();
            Span title = new Span(t.title());
            title.addClassName("item-title");
            li.add(title);
            if (t.description() != null && !t.description().isBlank()) {
                li.add(new Span(": " + t.description()));
            }
            list.add(li);
        }
        return list;
    }

    public static Paragraph note(Component owner, String text) {
        Paragraph p = new Paragraph(owner.getTranslation("profile.sourceNote") + " " + text);
        p.addClassName("source-note");
        return p;
    }

    /** "Niveau B (relaties leggen)": the book's level name with the competency's label for that level. */
    public static String levelName(FunctionBook book, Competency competency, String levelCode) {
        String scaleName = book.levelScale().level(levelCode).map(l -> l.name()).orElse(levelCode);
        return competency.level(levelCode).map(d -> scaleName + " (" + d.label() + ")").orElse(scaleName);
    }

    /** One competency with the expected level, the definition and that level's indicators. */
    public static Div expectedCompetency(Component owner, FunctionBook book, ExpectedCompetency expected) {
        Competency competency = book.competency(expected.competency()).orElseThrow();
        Div card = new Div();
        card.addClassName("competency");
        card.getElement().setAttribute("data-competency", competency.code());
        card.getElement().setAttribute("data-level", expected.level());
        H4 name = new H4(competency.name());
        Span level = new Span(owner.getTranslation("profile.expectedLevel") + ": "
                + levelName(book, competency, expected.level()));
        level.addClassName("level-badge");
        card.add(name, level);
        if (competency.definition() != null && !competency.definition().isBlank()) {
            Paragraph def = new Paragraph(competency.definition());
            def.addClassName("definition");
            card.add(def);
        }
        competency.level(expected.level()).ifPresent(d -> {
            Paragraph label = new Paragraph(owner.getTranslation("profile.indicators"));
            label.addClassName("indicators-label");
            card.add(label, bullets(d.indicators()));
        });
        return card;
    }

    /** A competency with every level the book describes, highest first (the dictionary view). */
    public static Div dictionaryEntry(Component owner, FunctionBook book, Competency competency) {
        Div entry = new Div();
        entry.addClassName("competency");
        entry.getElement().setAttribute("data-competency", competency.code());
        if (competency.definition() != null && !competency.definition().isBlank()) {
            entry.add(new Paragraph(competency.definition()));
        }
        List<String> levels = book.levelScale().codes().stream().filter(c -> competency.level(c).isPresent()).toList();
        if (levels.isEmpty()) {
            entry.add(new Paragraph(owner.getTranslation("functionBook.noLevels")));
        }
        for (String code : levels) {
            H4 heading = new H4(levelName(book, competency, code));
            entry.add(heading, bullets(competency.level(code).orElseThrow().indicators()));
        }
        if (competency.note() != null && !competency.note().isBlank()) {
            entry.add(note(owner, competency.note()));
        }
        return entry;
    }
}
