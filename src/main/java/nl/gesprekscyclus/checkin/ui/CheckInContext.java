package nl.gesprekscyclus.checkin.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.gesprekscyclus.base.i18n.DateFormats;
import nl.gesprekscyclus.checkin.CheckInView;

/**
 * The check-ins as context inside a progress or assessment task: per conversation its day, its topics and how the
 * agreements stood, read-only (the whole check-in is in "Gesprekken" on the same page).
 */
class CheckInContext extends Div {

    CheckInContext(List<CheckInView> checkIns, String task) {
        addClassName("checkin-context");
        setId("checkin-context-" + task.toLowerCase(Locale.ROOT).replace('_', '-'));
        add(new H4(getTranslation("checkin.context")));
        UnorderedList list = new UnorderedList();
        for (CheckInView c : checkIns) {
            String standing = c.agreements().stream()
                    .map(a -> a.description() + ": " + getTranslation("checkin.status." + a.status().name()))
                    .collect(Collectors.joining("; "));
            list.add(new ListItem(getTranslation(standing.isEmpty() ? "checkin.context.line" : "checkin.context.lineWith",
                    DateFormats.day(c.heldOn(), getLocale()), c.topics(), standing)));
        }
        add(list);
    }
}
