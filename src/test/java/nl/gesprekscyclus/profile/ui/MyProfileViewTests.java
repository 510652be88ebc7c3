package nl.gesprekscyclus.profile.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.util.List;
import nl.gesprekscyclus.base.ui.AccessDeniedView;
import nl.gesprekscyclus.functionbook.FunctionBookService;
import nl.gesprekscyclus.functionbook.WorkRole;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.KaribuTest;
import org.junit.jupiter.api.Test;

class MyProfileViewTests extends KaribuTest {

    @Test
    void shouldShowTheEmployeeTheirJobTitleNormfunctieResultAreasAndExpectedLevels() {
        login(DemoUsers.EMPLOYEE);
        navigate("");

        assertThat(_get(H1.class).getText()).isEqualTo("Mijn profiel");
        assertThat(_get(Span.class, s -> s.withId("job-title")).getText()).isEqualTo("Beleidsadviseur");
        assertThat(_get(Span.class, s -> s.withId("scale")).getText()).isEqualTo("11");
        assertThat(_get(Span.class, s -> s.withId("job-profile")).getText()).isEqualTo("Medewerker ontwikkeling II");
        assertThat(_get(Span.class, s -> s.withId("function-family")).getText()).isEqualTo("Beleid");
        Section areas = _get(Section.class, s -> s.withId("result-areas"));
        assertThat(_find(areas, H4.class).stream().map(H4::getText).toList())
                .containsExactly("Beleidsontwikkeling", "Procesbewaking en regie", "Beleidsevaluatie", "Netwerken");
        Section competencies = _get(Section.class, s -> s.withId("competencies"));
        List<String> levels = _find(competencies, Div.class, s -> s.withClasses("competency")).stream()
                .map(d -> d.getElement().getAttribute("data-competency") + " " + d.getElement().getAttribute("data-level"))
                .toList();
        assertThat(levels).containsExactly("ondernemingszin B", "creativiteit B", "visie B", "omgevingsbewustzijn A",
                "regisseren A");
        assertThat(_find(competencies, Span.class, s -> s.withText("Verwacht niveau: Niveau B (organiseren)"))).hasSize(1);
        assertThat(_find(Section.class, s -> s.withId("critical-work-situations"))).hasSize(1);
        assertThat(_find(Section.class, s -> s.withId("professional-knowledge"))).hasSize(1);
        assertThat(_find(Section.class, s -> s.withId("organisation-wide"))).hasSize(1);
        assertThat(_find(Section.class, s -> s.withId("coordination-module"))).isEmpty();
    }

    @Test
    void shouldShowACoordinatorTheCoordinationModule() {
        login(DemoUsers.COORDINATOR);
        navigate("");
        Section module = _get(Section.class, s -> s.withId("coordination-module"));
        assertThat(_find(module, Div.class, s -> s.withClasses("competency")).stream()
                .map(d -> d.getElement().getAttribute("data-competency") + " " + d.getElement().getAttribute("data-level")))
                .containsExactly("plannen-en-organiseren B", "coaching B");
    }

    @Test
    void shouldRefuseAnEmployeeWhoTampersWithTheAddressToSeeAColleague() {
        login(DemoUsers.EMPLOYEE);
        navigate("profiel/100033");
        assertThat(_find(AccessDeniedView.class)).hasSize(1);
        assertThat(_get(H1.class).getText()).isEqualTo("Geen toegang");
        assertThat(_find(Span.class, s -> s.withId("job-title"))).isEmpty();
    }

    @Test
    void shouldLetTheManagerOpenAnEmployeesProfile() {
        login(DemoUsers.MANAGER);
        navigate("profiel/" + DemoUsers.EMPLOYEE_NUMBER);
        assertThat(_get(H1.class).getText()).isEqualTo("Profiel van een medewerker");
        assertThat(_get(Span.class, s -> s.withId("job-title")).getText()).isEqualTo("Beleidsadviseur");
    }

    @Test
    void shouldLetTheManagerAssignRolesOnTheProfileWarnAboveHundredPercentAndShowThemToTheEmployee() {
        login(DemoUsers.MANAGER);
        navigate("profiel/100022");
        assertThat(_get(Paragraph.class, s -> s.withId("roles-none")).getText())
                .isEqualTo("Er zijn (nog) geen rollen vastgelegd.");
        assertThat(submit().getText()).isEqualTo("Toewijzen");

        fill("contractmanager", LocalDate.of(2040, 1, 1), 70);
        _click(submit());
        fill("opdrachtgever", LocalDate.of(2040, 3, 1), 40);
        _click(submit());
        assertThat(_find(Paragraph.class, s -> s.withClasses("role-share-warning"))).singleElement()
                .extracting(Paragraph::getText).asString().contains("110%").contains("2040");

        // a second period of the same role that overlaps: said next to the field, nothing stored
        fill("contractmanager", LocalDate.of(2040, 6, 1), null);
        _click(submit());
        DatePicker from = _get(DatePicker.class, s -> s.withId("role-from"));
        assertThat(from.isInvalid()).isTrue();
        assertThat(from.getErrorMessage()).startsWith("Deze periode overlapt met de rol Contractmanager vanaf");
        assertThat(_find(Div.class, s -> s.withClasses("role-line"))).hasSize(2);

        logInAgain("visser");
        navigate("");
        assertThat(_find(Div.class, s -> s.withClasses("role-line")).stream()
                .map(d -> d.getElement().getAttribute("data-role") + " " + d.getElement().getAttribute("data-status")))
                .containsExactly("opdrachtgever ASSIGNED", "contractmanager ASSIGNED");
        assertThat(_find(Paragraph.class, s -> s.withClasses("role-share-warning"))).hasSize(1);
        assertThat(_find(FormLayout.class, s -> s.withId("role-form"))).isEmpty();
    }

    @Test
    void shouldLetTheCoordinatorProposeARoleThatTheManagerAcceptsOnTheProfile() {
        login(DemoUsers.COORDINATOR);
        navigate("profiel/100028");
        assertThat(submit().getText()).isEqualTo("Voorstellen");
        fill("projectleider", LocalDate.of(2040, 2, 1), null);
        _click(submit());
        Div proposed = _get(Div.class, s -> s.withClasses("role-line"));
        assertThat(proposed.getElement().getAttribute("data-status")).isEqualTo("PROPOSED");
        assertThat(_find(proposed, Button.class)).isEmpty();

        logInAgain(DemoUsers.MANAGER);
        navigate("profiel/100028");
        _click(_get(Button.class, s -> s.withText("Accepteren")));
        assertThat(_get(Div.class, s -> s.withClasses("role-line")).getElement().getAttribute("data-status"))
                .isEqualTo("ASSIGNED");
        assertThat(_get(Span.class, s -> s.withClasses("role-status")).getText()).isEqualTo("toegewezen");
    }

    private static Button submit() {
        return _get(Button.class, s -> s.withId("role-submit"));
    }

    @SuppressWarnings("unchecked")
    private void fill(String roleCode, LocalDate from, Integer share) {
        ComboBox<WorkRole> role = _get(ComboBox.class, s -> s.withId("role-role"));
        role.setValue(context.getBean(FunctionBookService.class).roles().stream()
                .filter(r -> r.code().equals(roleCode)).findFirst().orElseThrow());
        _get(DatePicker.class, s -> s.withId("role-from")).setValue(from);
        _get(IntegerField.class, s -> s.withId("role-share")).setValue(share);
    }
}
