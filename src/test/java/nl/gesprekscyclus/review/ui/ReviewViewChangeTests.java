package nl.gesprekscyclus.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.gesprekscyclus.review.ui.Ui4Reviews.VELDMAN;
import static nl.gesprekscyclus.review.ui.Ui4Reviews.VELDMAN_NUMBER;
import static nl.gesprekscyclus.review.ui.Ui4Reviews.key;
import static nl.gesprekscyclus.review.ui.Ui4Reviews.openConfirm;
import static nl.gesprekscyclus.review.ui.Ui4Reviews.openDialog;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import nl.gesprekscyclus.review.AgreementChange;
import nl.gesprekscyclus.review.AgreementChangeProposal;
import nl.gesprekscyclus.review.AgreementChangeService;
import nl.gesprekscyclus.review.ChangeStatus;
import nl.gesprekscyclus.review.ResultAgreement;
import nl.gesprekscyclus.review.ReviewReadService;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.KaribuTest;
import nl.gesprekscyclus.test_support.Login;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Changing agreed agreements on the review screen: Johan Veldman (2040) proposes a later deadline, Annemarie Bakker
 * sees old → new with his reason and accepts; the version history then shows version 1 and 2. In 2041 the manager
 * proposes and Johan rejects, with a reason. The coordinator and a colleague can neither propose nor decide, on the
 * screen or past it.
 */
class ReviewViewChangeTests extends KaribuTest {

    static final int YEAR = 2040;
    static final int OTHER_YEAR = 2041;

    @Autowired
    ReviewReadService reads;
    @Autowired
    AgreementChangeService changes;

    @AfterEach
    void logout() {
        Login.logout();
    }

    @Test
    void shouldLetTheEmployeeProposeAChangeThatTheManagerAcceptsOnTheScreen() {
        Ui4Reviews reviews = new Ui4Reviews(context);
        long id = reviews.agreed(YEAR, VELDMAN_NUMBER, VELDMAN);

        // Johan opens the proposal on his first agreement: the form holds the agreement as agreed
        login(VELDMAN);
        navigate("gesprek/" + id);
        _click(proposeButton("Beheerplan " + YEAR));
        AgreementChangeDialog dialog = openDialog(AgreementChangeDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Wijziging van een afspraak voorstellen");
        assertThat(dialog.description.getValue()).isEqualTo("Beheerplan " + YEAR);
        assertThat(dialog.deadline.getValue()).isEqualTo(LocalDate.of(YEAR, 9, 30));
        assertThat(dialog.weight.getValue()).isEqualTo(60);

        // the same rules as drafting, next to the fields; a reason is required; what he typed stays
        dialog.deadline.setValue(LocalDate.of(YEAR, 11, 30));
        dialog.weight.setValue(70);
        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("Dit veld is verplicht.");
        assertThat(dialog.weight.getErrorMessage()).isEqualTo("De gewichten tellen op tot 110; dat moet 100 zijn.");
        assertThat(dialog.deadline.getValue()).isEqualTo(LocalDate.of(YEAR, 11, 30));
        dialog.weight.setValue(60);
        dialog.reason.setValue("Het MT vergadert pas in november.");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(reviews.driver.openTasks(key(YEAR, VELDMAN_NUMBER))).containsExactly("decideAgreementChange");

        // while it waits: a notice, and no second proposal; he cannot decide on his own proposal
        assertThat(_get(Paragraph.class, s -> s.withId("review-open-change")).getText())
                .startsWith("Er ligt een voorstel tot wijziging bij Annemarie Bakker");
        assertThat(_find(Button.class, s -> s.withClasses("review-propose-change"))).isEmpty();
        assertThat(_get(ReviewView.class).todo.panel(DecideAgreementChangePanel.class)).isNull();

        // the coordinator sees neither the proposal buttons nor the decision
        login(Ui4Reviews.COORDINATOR);
        navigate("gesprek/" + id);
        assertThat(_find(Button.class, s -> s.withClasses("review-propose-change"))).isEmpty();
        assertThat(_get(ReviewView.class).todo.panel(DecideAgreementChangePanel.class)).isNull();

        // the manager sees what changes, field by field, with Johan's reason, and accepts after a confirmation
        login(DemoUsers.MANAGER);
        navigate("gesprek/" + id);
        ReviewView view = _get(ReviewView.class);
        AgreementChangeDecisionForm form = view.todo.panel(DecideAgreementChangePanel.class).form;
        assertThat(form).isNotNull();
        assertThat(_find(form, Paragraph.class).get(0).getText()).startsWith("Voorgesteld door Johan Veldman op ");
        assertThat(_find(form, Span.class).stream().map(Span::getText)).contains("Het MT vergadert pas in november.");
        assertThat(_get(form, H4.class).getText()).isEqualTo("Wijziging van “Beheerplan " + YEAR + "”");
        assertThat(_find(form, Div.class, s -> s.withClasses("review-version-change")).stream().map(Div::getText))
                .containsExactly("Deadline: 30 september " + YEAR + " → 30 november " + YEAR);
        _click(view.todo.panel(DecideAgreementChangePanel.class).accept);
        ConfirmDialog confirm = openConfirm();
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("Wijziging aannemen?");
        assertThat(ConfirmDialogKt.getText(confirm)).contains("ondertekent");
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(reviews.driver.openTasks(key(YEAR, VELDMAN_NUMBER))).isEmpty();

        // afterwards: version 2 is in force, version 1 readable behind "Versies"
        view = _get(ReviewView.class);
        assertThat(view.todo.panel(DecideAgreementChangePanel.class)).isNull();
        _click(_get(Button.class, s -> s.withClasses("review-versions-button")));
        AgreementVersionsDialog versions = openDialog(AgreementVersionsDialog.class);
        List<ListItem> items = _find(versions.versions, ListItem.class);
        assertThat(items).extracting(i -> i.getElement().getAttribute("data-version")).containsExactly("2", "1");
        assertThat(_find(items.get(0), Div.class, s -> s.withClasses("review-version-change")).stream().map(Div::getText))
                .containsExactly("Deadline: 30 september " + YEAR + " → 30 november " + YEAR);
        assertThat(_find(Span.class, s -> s.withText("Wijziging aangenomen"))).hasSize(1);
    }

    @Test
    void shouldLetTheEmployeeRejectTheManagersProposalOnlyWithAReason() {
        Ui4Reviews reviews = new Ui4Reviews(context);
        long id = reviews.agreed(OTHER_YEAR, VELDMAN_NUMBER, VELDMAN);

        // neither the coordinator nor a colleague may propose, also not past the screen
        Login.as(users, VELDMAN);
        ResultAgreement first = reads.dossier(id).resultAgreements().get(0);
        AgreementChangeProposal same = new AgreementChangeProposal(List.of(
                new AgreementChangeProposal.ResultAgreementChange(first.getLineage(), first.data())), List.of());
        for (String other : List.of(Ui4Reviews.COORDINATOR, Ui4Reviews.POSTMA)) {
            Login.as(users, other);
            assertThatThrownBy(() -> changes.propose(id, same, "Zomaar")).as(other)
                    .isInstanceOf(AccessDeniedException.class);
        }

        login(DemoUsers.MANAGER);
        navigate("gesprek/" + id);
        _click(proposeButton("Evaluatie " + OTHER_YEAR));
        AgreementChangeDialog dialog = openDialog(AgreementChangeDialog.class);
        dialog.criterion.setValue("Vastgesteld door de raad");
        dialog.reason.setValue("De raad wil de evaluatie zelf vaststellen.");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();

        // only Johan decides: not the coordinator, a colleague or the manager who proposed
        long changeId = reads.dossier(id).changes().get(0).getId();
        for (String other : List.of(Ui4Reviews.COORDINATOR, Ui4Reviews.POSTMA, DemoUsers.MANAGER)) {
            Login.as(users, other);
            assertThatThrownBy(() -> changes.decide(changeId, true, null)).as(other)
                    .isInstanceOf(AccessDeniedException.class);
        }

        login(VELDMAN);
        navigate("gesprek/" + id);
        ReviewView view = _get(ReviewView.class);
        DecideAgreementChangePanel decision = view.todo.panel(DecideAgreementChangePanel.class);
        assertThat(_find(decision.form, Div.class, s -> s.withClasses("review-version-change")).stream()
                .map(Div::getText)).containsExactly("Criterium: Besproken in het college → Vastgesteld door de raad");
        // rejecting without a reason: the message next to the field, nothing decided
        _click(decision.reject);
        ConfirmDialog confirm = openConfirm();
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("Wijziging afwijzen?");
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(decision.form.decisionReason.getErrorMessage()).isEqualTo("Dit veld is verplicht.");
        assertThat(reviews.driver.openTasks(key(OTHER_YEAR, VELDMAN_NUMBER))).containsExactly("decideAgreementChange");

        decision.form.decisionReason.setValue("Het college stelt evaluaties vast, zo is het afgesproken.");
        _click(decision.reject);
        ConfirmDialogKt._fireConfirm(openConfirm());
        assertThat(reviews.driver.openTasks(key(OTHER_YEAR, VELDMAN_NUMBER))).isEmpty();
        assertThat(reads.dossier(id).changes()).extracting(AgreementChange::getStatus)
                .containsExactly(ChangeStatus.REJECTED);
        assertThat(_find(Span.class, s -> s.withText("Wijziging afgewezen"))).hasSize(1);
        assertThat(_find(Button.class, s -> s.withClasses("review-versions-button"))).as("no new version").isEmpty();
    }

    private static Button proposeButton(String description) {
        return _get(Button.class, s -> s.withClasses("review-propose-change")
                .withAttribute("aria-label", "Wijziging voorstellen: " + description));
    }
}
