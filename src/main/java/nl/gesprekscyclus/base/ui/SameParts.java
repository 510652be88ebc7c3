package nl.gesprekscyclus.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Keeps the parts of a screen that it built again with the same content (issue 21, item 2). A screen that shows
 * itself afresh after every step (the review screen does) would have Vaadin send every element of the page again:
 * about 100 kB for a review, of which the normfunctie and the competencies with their indicators are most, and they
 * do not change when an agreement is saved. {@link #pick} compares what a freshly built part renders (tags,
 * attributes, properties, texts, in order) with the part on the page in the same slot and hands back the one on the
 * page when they are equal, so nothing of it is sent. {@link #place} then puts the parts into their container
 * without detaching the ones kept.
 * <p>
 * Only for read-only parts, or parts whose listeners depend on nothing but what they render: a kept part keeps its
 * own listeners, built with the data of an earlier reading.
 */
public final class SameParts {

    private final Map<String, Component> shown = new HashMap<>();
    private final Map<String, String> prints = new HashMap<>();

    /** The part to show in this slot: the one shown already if it renders the same as {@code fresh}, else fresh. */
    @SuppressWarnings("unchecked")
    public <C extends Component> C pick(String slot, C fresh) {
        if (fresh == null) {
            shown.remove(slot);
            prints.remove(slot);
            return null;
        }
        String print = print(fresh.getElement());
        Component before = shown.get(slot);
        if (before != null && before.getClass() == fresh.getClass() && print.equals(prints.get(slot))) {
            return (C) before;
        }
        shown.put(slot, fresh);
        prints.put(slot, print);
        return fresh;
    }

    /** Forgets every part: the next {@link #pick} of each slot takes the fresh one (another review opened). */
    public void clear() {
        shown.clear();
        prints.clear();
    }

    /**
     * Makes {@code parts} (nulls skipped) the children of {@code container}, in that order. Children that stay keep
     * their place and are not detached (detaching would make Vaadin send them again), so the parts kept must be in
     * the same order as before: a screen's sections are.
     */
    public static void place(HasComponents container, List<? extends Component> parts) {
        Component parent = (Component) container;
        List<Component> wanted = parts.stream().filter(Objects::nonNull).map(Component.class::cast).toList();
        Set<Component> staying = new HashSet<>(wanted);
        List<Component> before = parent.getChildren().toList();
        List<Component> kept = new ArrayList<>();
        for (Component child : before) {
            if (staying.contains(child)) {
                kept.add(child);
            } else {
                container.remove(child);
            }
        }
        if (!inOrder(kept, wanted)) {
            // a part moved: place everything afresh (correct, only not the saving)
            container.removeAll();
            wanted.forEach(container::add);
            return;
        }
        Set<Component> present = new HashSet<>(kept);
        for (int i = 0; i < wanted.size(); i++) {
            Component part = wanted.get(i);
            if (!present.contains(part)) {
                container.addComponentAtIndex(i, part);
            }
        }
    }

    private static boolean inOrder(List<Component> kept, List<Component> wanted) {
        int at = 0;
        for (Component part : wanted) {
            if (at < kept.size() && kept.get(at) == part) {
                at++;
            }
        }
        return at == kept.size();
    }

    /** What an element renders: its tag, attributes, properties and text, and its children's, in order. */
    static String print(Element element) {
        StringBuilder out = new StringBuilder(1024);
        print(element, out);
        return out.toString();
    }

    private static void print(Element element, StringBuilder out) {
        if (element.isTextNode()) {
            out.append('"').append(element.getText()).append('"');
            return;
        }
        out.append('<').append(element.getTag());
        element.getAttributeNames().sorted()
                .forEach(name -> out.append(' ').append(name).append('=').append(element.getAttribute(name)));
        element.getPropertyNames().sorted()
                .forEach(name -> out.append(" .").append(name).append('=').append(element.getPropertyRaw(name)));
        out.append(" hidden=").append(!element.isVisible()).append('>');
        element.getChildren().forEach(child -> print(child, out));
        out.append("</>");
    }
}
