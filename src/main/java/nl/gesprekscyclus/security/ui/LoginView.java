package nl.gesprekscyclus.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.gesprekscyclus.security.LoginOptions;

/** The login screen, in Dutch by default: the password form, a button for single sign-on (profile oidc), or both. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The query parameter of a login whose form was left open past the end of its session (SecurityConfig). */
    public static final String EXPIRED = "verlopen";

    private final LoginForm login = new LoginForm();

    public LoginView(LoginOptions options) {
        addClassName("login-view");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        add(new H1(getTranslation("app.name")));
        options.singleSignOnUrl().ifPresent(url -> {
            // a full page load, not a Vaadin route: the browser leaves for the identity provider
            Anchor sso = new Anchor(url.substring(1), getTranslation("login.sso.button"));
            sso.setRouterIgnore(true);
            sso.setId("sso-login");
            sso.addClassName("sso-login");
            add(new Paragraph(getTranslation("login.sso.intro")), sso);
        });
        if (options.formLogin()) {
            add(new Paragraph(getTranslation(options.singleSignOnUrl().isPresent() ? "login.sso.orPassword" : "login.intro")),
                    login);
        }
    }

    private LoginI18n i18n(boolean expired) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation(expired ? "login.expired.title" : "login.error.title"));
        error.setMessage(getTranslation(expired ? "login.expired.message" : "login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean expired = parameters.containsKey(EXPIRED);
        // texts here rather than in the constructor: the error box says either "mislukt" or "verlopen"
        login.setI18n(i18n(expired));
        login.setError(expired || parameters.containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.pageTitle");
    }
}
