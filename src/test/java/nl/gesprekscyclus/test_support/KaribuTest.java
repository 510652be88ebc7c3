package nl.gesprekscyclus.test_support;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Browserless screen tests (Karibu): the real Spring application and demo organisation, Vaadin mocked.
 * {@link #login(String)} logs in a demo user the way the views' access checks see it.
 */
@DatabaseTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected UserDetailsService users;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("nl.gesprekscyclus");
        }
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(MockedUI::new, new MockSpringServlet(routes, context, MockedUI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /**
     * Logs in a demo user: Spring Security's context for the services, principal and roles for the view checks.
     * When someone was logged in before in this test, the login gets a new Vaadin session and UI first, as in a
     * browser, where a log in always ends in a new page: Vaadin keeps a view or layout of the same class for the
     * next navigation within a UI, so the same UI would show the next user the previous user's menu and views.
     */
    protected UserDetails login(String username) {
        if (SecurityContextHolder.getContext().getAuthentication() != null) {
            tearDownVaadin();
            setUpVaadin();
        }
        UserDetails user = Login.as(users, username);
        Set<String> roles = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(a -> a.substring("ROLE_".length())).collect(Collectors.toSet());
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(SecurityContextHolder.getContext().getAuthentication());
        request.setUserInRole((principal, role) -> roles.contains(role));
        return user;
    }

    /**
     * Logs out and in again, as on another day or another computer: a new Vaadin session without the old one's
     * cookies or locale, the login, and the page the login leads to (a new UI made with the person logged in, as the
     * redirect after a real login makes it).
     */
    protected UserDetails logInAgain(String username) {
        tearDownVaadin();
        setUpVaadin();
        UserDetails user = login(username);
        UI.getCurrent().getPage().reload();
        return user;
    }

    /** Navigates to an address, with its query string if it has one (as a link's href would). */
    protected void navigate(String location) {
        int query = location.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent().navigate(location.substring(0, query),
                    QueryParameters.fromString(location.substring(query + 1)));
        }
        MockVaadin.clientRoundtrip(); // what happens before the browser gets its answer (FreshViewOnReentry)
    }

    /** The one dialog of this type that is open now (a test fails when there is none or more than one). */
    /** Moves the engine along for tests that take a review through its steps (due jobs, the engine's clock). */
    protected ProcessDriver driver() {
        return new ProcessDriver(context.getBean(ManagementService.class), context.getBean(RuntimeService.class),
                context.getBean(TaskService.class));
    }

    protected static <T extends Dialog> T openDialog(Class<T> type) {
        List<T> open = _find(type).stream().filter(Dialog::isOpened).toList();
        assertThat(open).hasSize(1);
        return open.get(0);
    }

    /** The one confirmation dialog that is open now. */
    protected static ConfirmDialog openConfirm() {
        List<ConfirmDialog> open = _find(ConfirmDialog.class).stream().filter(ConfirmDialog::isOpened).toList();
        assertThat(open).hasSize(1);
        return open.get(0);
    }
}
