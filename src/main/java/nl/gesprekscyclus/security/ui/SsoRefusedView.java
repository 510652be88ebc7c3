package nl.gesprekscyclus.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Set;

/**
 * Where single sign-on ends when the provider knew the person but we give them no access (unknown here, a group we
 * do not know, out of service) or the login at the provider failed. The refusal is already audited; this page only
 * says, in plain words, what to do.
 */
@Route(value = "sso-geen-toegang", autoLayout = false)
@AnonymousAllowed
public class SsoRefusedView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final Set<String> REASONS = Set.of("onbekend", "groep", "uit-dienst", "fout");

    private final Paragraph text = new Paragraph();

    public SsoRefusedView() {
        addClassName("login-view");
        text.setId("sso-refusal");
        Anchor back = new Anchor("login", getTranslation("sso.refused.back"));
        add(new H1(getTranslation("sso.refused.title")), text, back);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> given = event.getLocation().getQueryParameters().getParameters().getOrDefault("reden", List.of());
        String reason = given.isEmpty() || !REASONS.contains(given.get(0)) ? "fout" : given.get(0);
        text.setText(getTranslation("sso.refused." + reason));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sso.refused.title");
    }
}
