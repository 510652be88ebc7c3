package nl.gesprekscyclus.profile.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import nl.gesprekscyclus.base.ui.AccessDeniedView;
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
}
