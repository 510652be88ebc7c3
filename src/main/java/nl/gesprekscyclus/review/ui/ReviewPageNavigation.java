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
        // Scrolls to the part and moves the focus there, without changing the address: the browser reports a new
        // fragment as a history change, which Vaadin answers by building the screen again, and what was typed in
        // a form on it was lost. The href stays for opening the part in a new tab.
        getElement().executeJs("""
                this.addEventListener('click', e => {
                  const link = e.target.closest('a[data-target]');
                  const part = link && document.getElementById(link.dataset.target);
                  if (!part) {
                    return;
                  }
                  e.preventDefault();
                  part.setAttribute('tabindex', '-1');
                  part.scrollIntoView();
                  part.focus({preventScroll: true});
                });""");
    }

    /** A link to a part of the page, if that part is shown. */
    void link(Component target, String text) {
        if (target == null || !target.isVisible() || target.getId().isEmpty()) {
            return;
        }
        String id = target.getId().get();
        Anchor link = new Anchor(page + "#" + id, text);
        // not a navigation for Vaadin's router (the click handler above does the scrolling)
        link.setRouterIgnore(true);
        link.getElement().setAttribute("data-target", id);
        links.add(new ListItem(link));
    }
}
