package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * "Op deze pagina": links to the parts of the long review screen (what you can do now, the normfunctie, the
 * agreements, the competencies and their ratings, the record, the documents), only to the parts shown.
 */
class ReviewPageNavigation extends Nav {

    private final String page;
    private final UnorderedList links = new UnorderedList();

    /** @param page the review's own address ("gesprek/12"), so a link stays on this page instead of the base one */
    ReviewPageNavigation(String page) {
        this.page = page;
        addClassName("review-page-nav");
        setId("review-page-nav");
        setAriaLabel(getTranslation("review.nav.label"));
        add(links);
    }

    /** A link to a part of the page, if that part is shown. */
    void link(Component target, String text) {
        if (target == null || !target.isVisible() || target.getId().isEmpty()) {
            return;
        }
        String id = target.getId().get();
        Anchor link = new Anchor(page + "#" + id, text);
        // the browser scrolls to the part itself; Vaadin's router would otherwise treat it as a new navigation
        link.setRouterIgnore(true);
        link.getElement().setAttribute("data-target", id);
        links.add(new ListItem(link));
    }
}
