package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.gesprekscyclus.review.DossierOpening;
import nl.gesprekscyclus.review.DossierOpenings;
import org.springframework.context.annotation.Scope;

/**
 * "Wie heeft mijn dossier ingezien": every time P&O opened the content of one of the employee's reviews, who
 * did it, when and why, as they recorded it. Hidden while there is none.
 */
@SpringComponent
@Scope("prototype")
public class DossierOpeningsSection extends Section {

    /** The openings shown, newest first; empty when hidden. */
    final UnorderedList list = new UnorderedList();

    public DossierOpeningsSection(DossierOpenings openings, Clock clock) {
        addClassName("dossier-openings");
        List<DossierOpening> mine = openings.ofMyFile();
        setVisible(!mine.isEmpty());
        if (mine.isEmpty()) {
            return;
        }
        DateTimeFormatter format = DateTimeFormatter.ofPattern(getTranslation("dossierOpenings.datePattern"),
                getLocale()).withZone(clock.getZone());
        H2 heading = new H2(getTranslation("dossierOpenings.heading"));
        heading.setId("dossier-openings-heading");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        add(heading, new Paragraph(getTranslation("dossierOpenings.intro")));
        for (DossierOpening o : mine) {
            ListItem item = new ListItem(getTranslation("dossierOpenings.item", o.getOpenedByName(),
                    format.format(o.getOpenedAt()), o.getReason()));
            item.addClassName("dossier-opening");
            list.add(item);
        }
        add(list);
    }
}
