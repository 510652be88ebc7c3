package nl.gesprekscyclus.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.HasSideNavItems;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import nl.gesprekscyclus.audit.ui.AuditView;
import nl.gesprekscyclus.base.i18n.Messages;
import nl.gesprekscyclus.functionbook.ui.FunctionBookView;
import nl.gesprekscyclus.notification.ui.MailOutboxView;
import nl.gesprekscyclus.notification.ui.NotificationBell;
import nl.gesprekscyclus.organisation.ui.OrganisationView;
import nl.gesprekscyclus.organisation.ui.CoordinatorsView;
import nl.gesprekscyclus.organisation.ui.EmployeeImportView;
import nl.gesprekscyclus.organisation.ui.EmployeesView;
import nl.gesprekscyclus.monitoring.ui.ProgressDashboardView;
import nl.gesprekscyclus.privacy.ui.MyDataView;
import nl.gesprekscyclus.profile.ui.MyProfileView;
import nl.gesprekscyclus.review.ui.InputView;
import nl.gesprekscyclus.review.ui.ManagerQueueView;
import nl.gesprekscyclus.review.ui.ReviewSearchView;
import nl.gesprekscyclus.review.ui.MyReviewsView;
import nl.gesprekscyclus.review.ui.TasksView;
import nl.gesprekscyclus.substitution.ui.SubstitutionView;
import nl.gesprekscyclus.round.ui.RoundView;
import nl.gesprekscyclus.security.AppUser;
import nl.gesprekscyclus.workrole.ui.RoleOverviewView;
import nl.gesprekscyclus.orreport.ui.OrReportView;

/** The frame around every screen: navigation by what the person may open, who is logged in, language, log out. */
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final AuthenticationContext authentication;
    private final AccessAnnotationChecker access;
    private final Span viewTitle = new Span();
    private final NotificationBell bell;
    private final LocaleSettings locales;

    public MainLayout(AuthenticationContext authentication, AccessAnnotationChecker access, NotificationBell bell,
            LocaleSettings locales) {
        this.authentication = authentication;
        this.access = access;
        this.bell = bell;
        this.locales = locales;
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        viewTitle.addClassName("view-title");
        addToNavbar(toggle, viewTitle, bell);

        Header brand = new Header(new Span(getTranslation("app.name")));
        brand.addClassName("brand");
        Scroller scroller = new Scroller(navigation());
        addToDrawer(brand, scroller, footer());
    }

    /**
     * The main menu, and for the functioneel beheerder a second, labelled "Beheer" menu. Not a collapsible
     * group: Vaadin's expand toggle points its aria-controls into shadow DOM (an axe violation).
     */
    private Component navigation() {
        SideNav nav = new SideNav();
        nav.getElement().setAttribute("aria-label", getTranslation("layout.navigation"));
        item(nav, "nav.tasks", TasksView.class, VaadinIcon.TASKS);
        item(nav, "nav.input", InputView.class, VaadinIcon.COMMENTS);
        item(nav, "nav.queue", ManagerQueueView.class, VaadinIcon.LINES_LIST);
        item(nav, "nav.substitution", SubstitutionView.class, VaadinIcon.USER_CLOCK);
        item(nav, "nav.search", ReviewSearchView.class, VaadinIcon.SEARCH);
        if (hasEmployeeRecord()) {
            item(nav, "nav.myReviews", MyReviewsView.class, VaadinIcon.CALENDAR_USER);
            item(nav, "nav.myData", MyDataView.class, VaadinIcon.FILE_TEXT_O);
            item(nav, "nav.myPlacement", nl.gesprekscyclus.vlootschouw.ui.MyPlacementView.class, VaadinIcon.GRID_SMALL);
        }
        item(nav, "nav.myProfile", MyProfileView.class, VaadinIcon.USER);
        item(nav, "nav.functionBook", FunctionBookView.class, VaadinIcon.BOOK);
        item(nav, "nav.round", RoundView.class, VaadinIcon.CALENDAR);
        item(nav, "nav.monitoring", ProgressDashboardView.class, VaadinIcon.CHART);
        item(nav, "nav.roleOverview", RoleOverviewView.class, VaadinIcon.CLUSTER);
        item(nav, "nav.vlootschouw", nl.gesprekscyclus.vlootschouw.ui.VlootschouwView.class, VaadinIcon.GRID_BIG);
        item(nav, "nav.calibration", nl.gesprekscyclus.calibration.ui.CalibrationView.class, VaadinIcon.SCALE);
        item(nav, "nav.orReport", OrReportView.class, VaadinIcon.TABLE);
        SideNav admin = new SideNav(getTranslation("nav.admin"));
        item(admin, "nav.employees", EmployeesView.class, VaadinIcon.USERS);
        item(admin, "nav.organisation", OrganisationView.class, VaadinIcon.SITEMAP);
        item(admin, "nav.coordinators", CoordinatorsView.class, VaadinIcon.CONNECT);
        item(admin, "nav.import", EmployeeImportView.class, VaadinIcon.UPLOAD);
        item(admin, "nav.mails", MailOutboxView.class, VaadinIcon.ENVELOPES);
        item(admin, "nav.audit", AuditView.class, VaadinIcon.EYE);
        com.vaadin.flow.component.html.Div menus = new com.vaadin.flow.component.html.Div(nav);
        menus.addClassName("menus");
        if (!admin.getItems().isEmpty()) {
            menus.add(admin);
        }
        return menus;
    }

    /** Only someone with a personnel record has reviews of their own (an operator's account has none). */
    private boolean hasEmployeeRecord() {
        return authentication.getAuthenticatedUser(AppUser.class).map(AppUser::employeeId).isPresent();
    }

    private void item(HasSideNavItems menu, String key, Class<? extends Component> view, VaadinIcon icon) {
        if (access.hasAccess(view)) {
            menu.addItem(new SideNavItem(getTranslation(key), view, icon.create()));
        }
    }

    private Footer footer() {
        Footer footer = new Footer();
        footer.addClassName("drawer-footer");
        String name = authentication.getAuthenticatedUser(AppUser.class).map(AppUser::displayName).orElse("");
        Span user = new Span(name);
        user.addClassName("current-user");

        Select<Locale> language = new Select<>();
        language.setLabel(getTranslation("layout.language"));
        language.setItems(Messages.LOCALES);
        language.setItemLabelGenerator(l -> l.getLanguage().equals("en") ? "English" : "Nederlands");
        language.setValue(Messages.LOCALES.stream().filter(l -> l.getLanguage().equals(getLocale().getLanguage()))
                .findFirst().orElse(Messages.DUTCH));
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                locales.choose(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });

        Button logout = new Button(getTranslation("layout.logout"), VaadinIcon.SIGN_OUT.create(),
                e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        footer.add(user, language, logout);
        return footer;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Component content = getContent();
        // the scrolling content area must be reachable by keyboard (WCAG 2.1.1); pages of plain text
        // have nothing else to focus, so the page's <main> itself takes focus and scrolls with the arrows
        if (content != null) {
            content.getElement().setAttribute("tabindex", "0");
        }
        bell.refreshCount();
        viewTitle.setText(content instanceof com.vaadin.flow.router.HasDynamicTitle t ? t.getPageTitle() : "");
    }
}
