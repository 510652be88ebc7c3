package nl.gesprekscyclus.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A screen opened again from its own menu item or link is built afresh, as if opened from elsewhere: a user who
 * clicks "Mijn taken" while on it expects the list of now, and "Jaarronde" proposes the year that has no round
 * yet. Vaadin keeps the shown view when the next navigation goes to the same view class; most of our screens read
 * their data when they are made, so they would show what was true when they were first opened.
 * <p>
 * Until issue 21 this came about as a side effect of Spring's JSR-250 method security, which wrapped every view in
 * a proxy: with the proxies a view was built anew on every navigation (RoundViewTests fails without them and
 * without this class; how the proxies caused it inside Vaadin's router was not traced). Only a navigation to the
 * very same address counts here; a view that reads its address (the review screen's {@code gesprek/{id}}) handles
 * another address itself in {@code beforeEnter}.
 */
@Component
class FreshViewOnReentry implements VaadinServiceInitListener {

    private static final String SHOWN = FreshViewOnReentry.class.getName() + ".shown";

    /** The view shown and its address, after the last navigation. */
    private record Shown(HasElement view, String location) {
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.addAfterNavigationListener(navigation -> afterNavigation(ui, navigation));
        });
    }

    private static void afterNavigation(UI ui, AfterNavigationEvent navigation) {
        List<HasElement> chain = navigation.getActiveChain();
        if (chain.isEmpty()) {
            return;
        }
        Shown now = new Shown(chain.get(0), navigation.getLocation().getPathWithQueryParameters());
        Shown before = (Shown) ComponentUtil.getData(ui, SHOWN);
        ComponentUtil.setData(ui, SHOWN, now);
        if (before != null && before.view() == now.view() && before.location().equals(now.location())) {
            // a new instance of the view; the layout (menu, bell) stays. Not from within this navigation, which
            // the router would not start again: before the answer goes out
            ui.beforeClientResponse(ui, context -> ui.refreshCurrentRoute(false));
        }
    }
}
