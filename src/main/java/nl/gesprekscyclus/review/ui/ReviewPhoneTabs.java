package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import java.util.EnumMap;
import java.util.Map;

/**
 * The review screen on a phone: one part at a time behind tabs, "Wat u nu kunt doen" first, then the agreements,
 * the normfunctie with its competencies, and the record. On a wide screen the tabs are not shown and every part
 * stands on the page as before.
 * <p>
 * Which part is shown is decided by the theme (styles.css, under 40rem) from a class on the page, so the server
 * needs no idea of the screen's width, turning the phone or widening the window needs no round trip, and nothing
 * is built twice. The chosen tab survives the screen being shown again after a step.
 */
class ReviewPhoneTabs extends Tabs {

    /** The parts, in the order a person on a phone needs them. */
    enum Part {
        TODO("review.tab.todo"), AGREEMENTS("review.tab.agreements"), PROFILE("review.tab.profile"),
        RECORD("review.tab.record");

        final String key;

        Part(String key) {
            this.key = key;
        }

        String cssClass() {
            return "review-tab-" + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final HasStyle page;
    private final Map<Part, Tab> tabs = new EnumMap<>(Part.class);

    /**
     * @param page   the review page; it carries the class naming the part shown
     * @param shown  whether a part has content on this review (no record before anything is recorded)
     * @param chosen the part chosen before the screen was shown again; the first part when that one is gone
     */
    ReviewPhoneTabs(HasStyle page, java.util.function.Predicate<Part> shown, Part chosen) {
        this.page = page;
        setId("review-phone-tabs");
        addClassName("review-phone-tabs");
        // four parts side by side on 390 px without a scroll arrow hiding the last one
        addThemeVariants(com.vaadin.flow.component.tabs.TabsVariant.LUMO_SMALL,
                com.vaadin.flow.component.tabs.TabsVariant.LUMO_EQUAL_WIDTH_TABS);
        getElement().setAttribute("aria-label", getTranslation("review.tab.label"));
        for (Part part : Part.values()) {
            if (shown.test(part)) {
                Tab tab = new Tab(getTranslation(part.key));
                tab.setId("review-tab-" + part.name().toLowerCase(java.util.Locale.ROOT));
                tabs.put(part, tab);
                add(tab);
            }
        }
        select(tabs.containsKey(chosen) ? chosen : Part.TODO);
        addSelectedChangeListener(e -> {
            show(part(e.getSelectedTab()));
            if (e.isFromClient()) {
                // the tabs stay at the top while the page scrolls (styles.css); a part chosen far down the page
                // is read from its start, right under the tabs, not from where the previous part was left
                getElement().executeJs("""
                        const before = this.previousElementSibling;
                        if (before && this.getBoundingClientRect().top <= before.getBoundingClientRect().bottom) {
                          before.scrollIntoView();
                        }""");
            }
        });
    }

    /** The part whose tab is selected. */
    Part chosen() {
        return part(getSelectedTab());
    }

    /** Selects the part's tab and shows that part. */
    void select(Part part) {
        setSelectedTab(tabs.get(part));
        show(part);
    }

    private void show(Part part) {
        for (Part p : Part.values()) {
            page.removeClassName(p.cssClass());
        }
        page.addClassName(part.cssClass());
    }

    private Part part(Tab tab) {
        return tabs.entrySet().stream().filter(e -> e.getValue() == tab).map(Map.Entry::getKey).findFirst()
                .orElse(Part.TODO);
    }

    /** Marks a component as belonging to a part, for the theme. */
    static <C extends Component & HasStyle> C in(C component, Part... parts) {
        component.addClassName("review-part");
        for (Part part : parts) {
            component.addClassName("review-part-" + part.name().toLowerCase(java.util.Locale.ROOT));
        }
        return component;
    }
}
