package nl.gesprekscyclus.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import nl.gesprekscyclus.review.ResultAgreement;
import nl.gesprekscyclus.review.ReviewReadService;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.KaribuTest;
import nl.gesprekscyclus.test_support.Login;
import nl.gesprekscyclus.workrole.RoleAssignmentService;
import nl.gesprekscyclus.workrole.RoleAssignmentService.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The review screen with roles (issue 18, item 3), for Henk Veldman in 2054: his manager Annemarie Bakker assigned
 * him projectleider for the whole year and contractmanager from April to September for half his time; his
 * coordinator proposed opdrachtgever, which the manager has not decided on. The profile column shows the two roles
 * (the second with its stretch), not the proposal; the agreement dialog offers exactly his two roles, and an
 * agreement linked to one stands under it; the competencies section marks where each competency comes from.
 * Year 2054 is used by no other test.
 */
class ReviewViewRolesTests extends KaribuTest {

    static final int YEAR = 2054;

    @Autowired
    RoleAssignmentService roles;
    @Autowired
    ReviewReadService reads;

    @AfterEach
    void logout() {
        Login.logout();
    }

    @Test
    void shouldShowTheRolesOfTheYearAndOfferThemInTheAgreementDialog() {
        Ui4Reviews reviews = new Ui4Reviews(context);
        Login.as(users, DemoUsers.MANAGER);
        roles.assign(Ui4Reviews.VELDMAN_NUMBER, new Request("projectleider", LocalDate.of(YEAR, 1, 1),
                LocalDate.of(YEAR, 12, 31), null));
        roles.assign(Ui4Reviews.VELDMAN_NUMBER, new Request("contractmanager", LocalDate.of(YEAR, 4, 1),
                LocalDate.of(YEAR, 9, 30), 50));
        Login.as(users, Ui4Reviews.COORDINATOR);
        roles.propose(Ui4Reviews.VELDMAN_NUMBER, new Request("opdrachtgever", LocalDate.of(YEAR, 1, 1),
                LocalDate.of(YEAR, 12, 31), null));
        Login.logout();
        long id = reviews.drafting(YEAR, Ui4Reviews.VELDMAN_NUMBER);

        login(Ui4Reviews.VELDMAN);
        navigate("gesprek/" + id);
        assertThat(_find(Div.class, s -> s.withClasses("review-role"))).extracting(Component::getId)
                .extracting(o -> o.orElse(null))
                .containsExactly("review-profile-role-projectleider", "review-profile-role-contractmanager");
        assertThat(text("review-profile-role-projectleider-period")).isEqualTo("De hele periode");
        assertThat(text("review-profile-role-contractmanager-period"))
                .isEqualTo("Van 1 april 2054 tot en met 30 september 2054 (50% van de tijd)");
        String contractmanager = _get(Div.class, s -> s.withId("review-profile-role-contractmanager")).getElement()
                .getTextRecursively();
        assertThat(contractmanager).contains("Rol: Contractmanager").contains("eindverantwoordelijk")
                .contains("Sturen op contracten en samenwerkingen").contains("Netwerken: verwacht Niveau A");

        // where each competency comes from, beside its expected level
        assertThat(origin("plannen-en-organiseren")).isEqualTo("Rol: Projectleider");
        assertThat(origin("netwerken")).isEqualTo("Rol: Contractmanager");

        // the dialog offers his roles, never the proposal; choosing one clears the resultaatgebied
        _click(_get(Button.class, s -> s.withId("review-add-agreement")));
        AgreementDialog dialog = openDialog(AgreementDialog.class);
        assertThat(dialog.role.getId()).contains("review-agreement-role");
        assertThat(dialog.role.isVisible()).isTrue();
        assertThat(dialog.role.getListDataView().getItems().toList()).containsExactly("projectleider",
                "contractmanager");
        assertThat(dialog.role.getItemLabelGenerator().apply("contractmanager")).isEqualTo("Contractmanager");
        dialog.resultArea.setValue(dialog.resultArea.getListDataView().getItems().findFirst().orElseThrow());
        dialog.role.setValue("contractmanager");
        assertThat(dialog.resultArea.getValue()).isNull();
        dialog.description.setValue("Contracten groenbeheer op orde");
        dialog.criterion.setValue("Alle contracten getoetst");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();

        Login.as(users, Ui4Reviews.VELDMAN);
        List<ResultAgreement> saved = reads.dossier(id).resultAgreements();
        Login.logout();
        assertThat(saved).extracting(a -> a.data().roleCode(), a -> a.data().resultArea(), ResultAgreement::roleName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("contractmanager", null, "Contractmanager"));
        Div group = _get(Div.class, s -> s.withId("review-agreements-role-contractmanager"));
        assertThat(group.getElement().getTextRecursively()).contains("Rol: Contractmanager")
                .contains("Contracten groenbeheer op orde");
    }

    private static String origin(String competency) {
        return _find(Span.class, s -> s.withClasses("review-competency-origin")).stream()
                .filter(o -> o.getParent().flatMap(Component::getParent)
                        .map(p -> competency.equals(p.getElement().getAttribute("data-competency"))).orElse(false))
                .findFirst().map(Span::getText).orElseThrow(() -> new AssertionError("no origin for " + competency));
    }

    private static String text(String id) {
        return _get(Component.class, s -> s.withId(id)).getElement().getText();
    }
}
