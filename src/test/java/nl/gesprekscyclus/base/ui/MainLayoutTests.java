package nl.gesprekscyclus.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import nl.gesprekscyclus.base.i18n.Messages;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.KaribuTest;
import org.junit.jupiter.api.Test;

/** The menu shows what a person may open, in Dutch unless they chose English. */
class MainLayoutTests extends KaribuTest {

    @Test
    void shouldGroupTheAdministrationScreensUnderBeheer() {
        login(DemoUsers.ADMIN);
        navigate("");
        assertThat(_find(com.vaadin.flow.component.sidenav.SideNav.class)).extracting(
                com.vaadin.flow.component.sidenav.SideNav::getLabel).containsExactly(null, "Beheer");
    }

    private List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void shouldShowAnEmployeeTheirTasksReviewsProfileAndTheFunctionBook() {
        login(DemoUsers.EMPLOYEE);
        navigate("");
        assertThat(menu()).containsExactly("Mijn taken", "Mijn gesprekscyclus", "Mijn gegevens", "Mijn profiel",
                "Functieboek");
    }

    @Test
    void shouldShowTheAdminTheAdministrationScreens() {
        login(DemoUsers.ADMIN);
        navigate("");
        assertThat(menu()).containsExactly("Mijn taken", "Mijn gesprekscyclus", "Mijn gegevens", "Mijn profiel",
                "Functieboek", "Medewerkers", "Organisatie", "Coördinatie", "Importeren", "Berichten", "Audit");
    }

    @Test
    void shouldSpeakEnglishWhenChosen() {
        login(DemoUsers.EMPLOYEE);
        UI.getCurrent().setLocale(Messages.ENGLISH);
        navigate("");
        assertThat(_get(H1.class).getText()).isEqualTo("My profile");
        assertThat(menu()).containsExactly("My tasks", "My reviews", "My data", "My profile", "Function book");
    }
}
