package nl.gesprekscyclus.functionbook.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import nl.gesprekscyclus.functionbook.JobProfile;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.KaribuTest;
import org.junit.jupiter.api.Test;

class FunctionBookViewTests extends KaribuTest {

    @SuppressWarnings("unchecked")
    private Grid<JobProfile> profiles() {
        return _get(Grid.class);
    }

    private void openDictionary() {
        _get(TabSheet.class).setSelectedIndex(1);
    }

    @Test
    void shouldListAllSixteenNormfunctiesAndTheWholeDictionary() {
        login(DemoUsers.EMPLOYEE);
        navigate("functieboek");
        assertThat(GridKt._size(profiles())).isEqualTo(16);
        openDictionary();
        assertThat(_find(Details.class)).hasSize(26);
    }

    @Test
    void shouldSearchProfilesAndCompetenciesWithoutCaringForAccents() {
        login(DemoUsers.EMPLOYEE);
        navigate("functieboek");
        _get(TextField.class).setValue("regisseren");
        assertThat(GridKt._size(profiles())).isEqualTo(2); // Medewerker ontwikkeling I and II
        _get(TextField.class).setValue("coordinatie beleidsuitvoering");
        assertThat(GridKt._size(profiles())).isZero();
        _get(TextField.class).setValue("creeren");
        openDictionary();
        assertThat(_find(Details.class)).extracting(Details::getSummaryText).contains("Creativiteit");
    }

    @Test
    void shouldShowEveryLevelOfACompetencyInTheDictionary() {
        login(DemoUsers.COORDINATOR);
        navigate("functieboek");
        _get(TextField.class).setValue("visie");
        openDictionary();
        Details visie = _find(Details.class).stream().filter(d -> d.getSummaryText().equals("Visie")).findFirst().orElseThrow();
        assertThat(_find(visie, H4.class).stream().map(H4::getText).toList()).containsExactly(
                "Niveau A (anticiperen op ontwikkelingen voor de toekomst)",
                "Niveau B (vertalen en implementeren ontwikkelingen)",
                "Niveau C (visie op het eigen vakgebied)");
    }

    @Test
    void shouldOpenAProfileFromTheAddress() {
        login(DemoUsers.HR);
        navigate("functieboek/adviseur-ii");
        assertThat(_get(H2.class, s -> s.withText("Adviseur II"))).isNotNull();
        assertThat(_find(JobProfilePanel.class)).hasSize(1);
    }

    @Test
    void shouldFindARoleOfTheCatalogueWithTheSameSearch() {
        login(DemoUsers.EMPLOYEE);
        navigate("functieboek");
        _get(TabSheet.class).setSelectedIndex(2);
        assertThat(_find(Details.class)).extracting(Details::getSummaryText)
                .containsExactly("Contractmanager", "Opdrachtgever", "Projectleider", "Clustercoördinator");

        _get(TextField.class).setValue("gecontracteerde partijen");
        assertThat(_find(Details.class)).extracting(Details::getSummaryText).containsExactly("Contractmanager");
        assertThat(_get(Paragraph.class, s -> s.withText("1 van 4 rollen"))).isNotNull();
        Details contractmanager = _get(Details.class);
        assertThat(contractmanager.isOpened()).isTrue();
        assertThat(_find(contractmanager, Div.class, s -> s.withClasses("competency")).stream()
                .map(d -> d.getElement().getAttribute("data-competency") + " " + d.getElement().getAttribute("data-level")))
                .containsExactly("regisseren A", "netwerken A", "omgevingsbewustzijn A");
        // without accents, as for the profiles
        _get(TextField.class).setValue("clustercoordinator");
        assertThat(_find(Details.class)).extracting(Details::getSummaryText).containsExactly("Clustercoördinator");
    }
}
