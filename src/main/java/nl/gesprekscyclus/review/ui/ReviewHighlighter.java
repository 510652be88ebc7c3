package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeButton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Links a resultaatgebied of the profile (left) to its agreements (right): choosing the area on either side marks
 * both with the class {@code highlighted}; choosing it again, or another area, takes the mark away. The toggles are
 * native buttons, so mouse, Enter and Space all work, and they say {@code aria-pressed}.
 */
class ReviewHighlighter {

    static final String CLASS = "highlighted";

    private final Map<String, List<Component>> marked = new LinkedHashMap<>();
    private final Map<String, List<NativeButton>> toggles = new LinkedHashMap<>();
    private String selected;

    /** Something that is marked when its area is chosen. */
    void member(String areaCode, Component component) {
        marked.computeIfAbsent(areaCode, c -> new ArrayList<>()).add(component);
    }

    /** A button that chooses the area (and is itself marked). */
    NativeButton toggle(String areaCode, String text, String ariaLabel) {
        NativeButton button = new NativeButton(text);
        button.addClassName("area-toggle");
        button.getElement().setAttribute("aria-pressed", "false");
        button.getElement().setAttribute("aria-label", ariaLabel);
        button.getElement().setAttribute("data-result-area", areaCode);
        button.addClickListener(e -> toggle(areaCode));
        toggles.computeIfAbsent(areaCode, c -> new ArrayList<>()).add(button);
        return button;
    }

    /**
     * Forgets the members and toggles outside these parts of the page: those of parts replaced by a reload, or built
     * and not used because the part on the page renders the same (the review screen keeps such parts).
     */
    void keepOnly(Component... parts) {
        Set<Component> roots = new HashSet<>(Arrays.asList(parts));
        marked.values().forEach(list -> list.removeIf(c -> !within(c, roots)));
        toggles.values().forEach(list -> list.removeIf(c -> !within(c, roots)));
    }

    private static boolean within(Component component, Set<Component> roots) {
        for (Optional<Component> at = Optional.of(component); at.isPresent(); at = at.get().getParent()) {
            if (roots.contains(at.get())) {
                return true;
            }
        }
        return false;
    }

    void toggle(String areaCode) {
        select(areaCode.equals(selected) ? null : areaCode);
    }

    void select(String areaCode) {
        selected = areaCode;
        marked.forEach((code, components) -> components
                .forEach(c -> c.getElement().getClassList().set(CLASS, code.equals(areaCode))));
        toggles.forEach((code, buttons) -> buttons
                .forEach(b -> b.getElement().setAttribute("aria-pressed", String.valueOf(code.equals(areaCode)))));
    }

    String selected() {
        return selected;
    }
}
