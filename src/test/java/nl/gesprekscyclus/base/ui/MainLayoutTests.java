package nl.gesprekscyclus.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.Locale;
import nl.gesprekscyclus.base.i18n.Messages;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The menu shows what a person may open, in Dutch unless they chose English; the choice stays with the person. */
class MainLayoutTests extends KaribuTest {

    /** A login without a personnel record, whose choice is kept by login name. */
    static final String OPERATOR = "taal-beheer";

    /** The demo database is shared with other test classes: nobody keeps a language chosen here. */
    @AfterEach
    void forgetChosenLanguages() {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        jdbc.update("delete from language_choice where username = ? or employee_id = (select employee_id from "
                + "user_account where username = ?)", OPERATOR, DemoUsers.EMPLOYEE);
    }

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
        assertThat(menu()).containsExactly("Mijn taken", "Mijn gesprekscyclus", "Mijn gegevens", "Mijn vlootschouw",
                "Mijn profiel", "Functieboek");
    }

    @Test
    void shouldShowTheAdminTheAdministrationScreens() {
        login(DemoUsers.ADMIN);
        navigate("");
        assertThat(menu()).containsExactly("Mijn taken", "Mijn gesprekscyclus", "Mijn gegevens", "Mijn vlootschouw",
                "Mijn profiel", "Functieboek", "Rollen in de organisatie", "Medewerkers", "Organisatie", "Coördinatie", "Importeren",
                "Berichten", "Audit");
    }

    @Test
    void shouldSpeakEnglishWhenChosen() {
        login(DemoUsers.EMPLOYEE);
        UI.getCurrent().setLocale(Messages.ENGLISH);
        navigate("");
        assertThat(_get(H1.class).getText()).isEqualTo("My profile");
        assertThat(menu()).containsExactly("My tasks", "My reviews", "My data", "My talent review", "My profile",
                "Function book");
    }

    private static void choose(Locale language) {
        @SuppressWarnings("unchecked")
        Select<Locale> select = _get(Select.class, spec -> spec.withLabel(Messages.get(UI.getCurrent().getLocale(),
                "layout.language")));
        HasValueUtilsKt._setValue(select, language);
    }

    private static String startDate() {
        return _get(Span.class, spec -> spec.withId("start-date")).getText();
    }

    @Test
    void shouldShowDatesTheDutchWay() {
        login(DemoUsers.EMPLOYEE);
        navigate("");
        assertThat(startDate()).isEqualTo("1 juni 2018");
    }

    @Test
    void shouldRememberEnglishAtTheNextLoginWithEnglishDates() {
        login(DemoUsers.EMPLOYEE);
        navigate("");
        choose(Messages.ENGLISH);
        // the page reloads in English
        assertThat(_get(H1.class).getText()).isEqualTo("My profile");

        // another day, another browser: no cookie, a new session
        logInAgain(DemoUsers.EMPLOYEE);
        navigate("");
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Messages.ENGLISH);
        assertThat(menu()).containsExactly("My tasks", "My reviews", "My data", "My talent review", "My profile",
                "Function book");
        assertThat(startDate()).isEqualTo("1 June 2018");

        // and back: Dutch is a choice that is remembered as well
        choose(Messages.DUTCH);
        logInAgain(DemoUsers.EMPLOYEE);
        navigate("");
        assertThat(menu()).startsWith("Mijn taken");
    }

    @Test
    void shouldRememberTheLanguageOfALoginWithoutAPersonnelRecord() {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        if (jdbc.queryForObject("select count(*) from user_account where username = ?", Integer.class, OPERATOR) == 0) {
            jdbc.update("insert into user_account (username, password_hash, extra_roles, enabled) values (?, null, "
                    + "'ADMIN', true)", OPERATOR);
        }
        login(OPERATOR);
        navigate("beheer/medewerkers");
        choose(Messages.ENGLISH);
        logInAgain(OPERATOR);
        navigate("beheer/medewerkers");
        assertThat(_get(H1.class).getText()).isEqualTo("Employees");
        // someone else on the same machine still gets Dutch
        logInAgain(DemoUsers.EMPLOYEE);
        navigate("");
        assertThat(_get(H1.class).getText()).isEqualTo("Mijn profiel");
    }
}
