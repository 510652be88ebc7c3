package nl.gesprekscyclus.calibration.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.time.LocalDate;
import java.util.List;
import nl.gesprekscyclus.calibration.CalibrationService;
import nl.gesprekscyclus.calibration.CalibrationService.Person;
import nl.gesprekscyclus.calibration.CalibrationService.Session;
import nl.gesprekscyclus.calibration.Proposal;
import nl.gesprekscyclus.review.ui.Ui4Reviews;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.test_support.AccessProbe;
import nl.gesprekscyclus.test_support.CalibrationPeople;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.KaribuTest;
import nl.gesprekscyclus.vlootschouw.VlootschouwService;
import nl.gesprekscyclus.vlootschouw.ui.MyPlacementView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Kalibratie screen (issue 20, item 2): HR opens a session through "Nieuwe sessie" (no units: the message at the
 * field, nothing saved), proposes a judgement for a person through the dialog (a reason required), sees it in the
 * history, and closes the session after confirming, after which the actions are gone; an uninvited manager reads
 * nothing of it (refused, audited) and an employee does not get the screen. The world: {@link CalibrationPeople}.
 */
class CalibrationViewTests extends KaribuTest {

    @BeforeEach
    void world() {
        CalibrationPeople.ensureAll(context);
    }

    @Test
    void shouldOpenProposeWithAReasonAndCloseASession() {
        login(DemoUsers.HR);
        navigate(CalibrationView.ROUTE);
        CalibrationView view = _get(CalibrationView.class);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Kalibratie");
        view.newSession.click();
        SessionDialog dialog = openDialog(SessionDialog.class);
        dialog.name.setValue("Kalibratie Kalibratieteam");
        dialog.year.setValue(CalibrationPeople.YEAR);
        dialog.date.setValue(LocalDate.of(CalibrationPeople.YEAR, 11, 25));
        dialog.save.click();
        assertThat(dialog.units.isInvalid()).isTrue();
        assertThat(dialog.units.getErrorMessage()).isEqualTo("Kies ten minste één eenheid.");
        long team = CalibrationPeople.unitId(context.getBean(OrganisationDirectory.class), CalibrationPeople.TEAM_UNIT);
        dialog.units.select(dialog.units.getListDataView().getItems().filter(u -> u.id() == team).findFirst()
                .orElseThrow());
        dialog.save.click();
        assertThat(dialog.isOpened()).isFalse();

        view = _get(CalibrationView.class);
        assertThat(view.content.getElement().getTextRecursively()).contains("Kalibratie Kalibratieteam")
                .contains("Bob Beoordelaar");
        List<Person> people = GridKt._findAll(view.people);
        assertThat(people).extracting(Person::name).contains("Bert Bos", "Bep Boom").doesNotContain("Cor Ver");
        assertThat(GridKt._findAll(view.distribution)).last().satisfies(d -> assertThat(d.unit()).isNull());
        // the year as a year (MessageFormat made 2079 "2.079"), and reviews without a judgement as "nog geen", not a code
        assertThat(view.content.getElement().getTextRecursively()).contains("Jaar " + CalibrationPeople.YEAR + ",");
        assertThat(view.distribution.getColumnByKey("judgements").getHeaderText())
                .isEqualTo("Eindoordelen " + CalibrationPeople.YEAR);
        assertThat(GridKt._getFormattedRow(view.distribution, 0)).anyMatch(cell -> cell.contains("nog geen"))
                .noneMatch(cell -> cell.contains("NONE"));

        int bep = people.stream().map(Person::name).toList().indexOf("Bep Boom");
        Button propose = _get((com.vaadin.flow.component.Component) GridKt._getCellComponent(view.people, bep,
                "actions"), Button.class, spec -> spec.withText("Oordeel voorstellen"));
        assertThat(propose.getElement().getAttribute("aria-label")).isEqualTo("Oordeel voorstellen: Bep Boom");
        propose.click();
        ChangeDialog change = openDialog(ChangeDialog.class);
        change.choices.get(0).setValue("uitstekend");
        change.save.click();
        assertThat(change.reason.isInvalid()).isTrue();
        assertThat(change.reason.getErrorMessage()).isEqualTo("Geef een reden.");
        change.reason.setValue("Trok het hele team mee");
        change.save.click();
        assertThat(change.isOpened()).isFalse();
        view = _get(CalibrationView.class);
        assertThat(GridKt._findAll(view.proposals)).extracting(p -> p.proposedJudgement(), p -> p.reason())
                .contains(org.assertj.core.groups.Tuple.tuple("uitstekend", "Trok het hele team mee"));

        view.closeSession.click();
        ConfirmDialogKt._fireConfirm(openConfirm());
        view = _get(CalibrationView.class);
        assertThat(view.content.getElement().getTextRecursively()).contains("gesloten");
        assertThat(view.people.getColumnByKey("actions")).as("no actions in a closed session").isNull();
    }

    @Test
    void shouldLetTheReviewsManagerConfirmAProposalInTheAssessmentStep() {
        long postma = CalibrationPeople.waitingForTheAssessment(context, Ui4Reviews.POSTMA_NUMBER, Ui4Reviews.POSTMA);
        login(DemoUsers.HR);
        CalibrationService service = context.getBean(CalibrationService.class);
        Session session = service.open("Cluster", CalibrationPeople.YEAR, LocalDate.of(CalibrationPeople.YEAR, 11, 27),
                List.of(CalibrationPeople.unitId(context.getBean(OrganisationDirectory.class),
                        CalibrationPeople.DEMO_UNIT)));
        Proposal proposal = service.propose(session.id(), postma, "uitstekend", "Beste van het cluster");

        logInAgain(DemoUsers.MANAGER);
        navigate("gesprek/" + postma);
        ReviewProposals panel = _get(ReviewProposals.class);
        assertThat(panel.isVisible()).isTrue();
        assertThat(panel.getElement().getTextRecursively()).contains("Voorgesteld eindoordeel: uitstekend")
                .contains("Beste van het cluster");
        // declining needs a reason; then confirming takes it over
        _get(Button.class, spec -> spec.withId("review-calibration-decline-" + proposal.id())).click();
        assertThat(panel.declineReason.isInvalid()).isTrue();
        assertThat(panel.declineReason.getErrorMessage()).isEqualTo("Geef een reden.");
        _get(Button.class, spec -> spec.withId("review-calibration-confirm-" + proposal.id())).click();
        assertThat(service.proposalsFor(postma)).extracting(Proposal::status).containsExactly("CONFIRMED");
        assertThat(_find(ReviewProposals.class)).allSatisfy(p -> assertThat(p.isVisible()).isFalse());
    }

    @Test
    void shouldShowNothingToAnUninvitedManagerAndRefuseTheScreenToAnEmployee() {
        login(DemoUsers.HR);
        CalibrationService service = context.getBean(CalibrationService.class);
        Session session = service.open("Alleen het Kalibratieteam", CalibrationPeople.YEAR,
                LocalDate.of(CalibrationPeople.YEAR, 11, 26), List.of(CalibrationPeople.unitId(
                        context.getBean(OrganisationDirectory.class), CalibrationPeople.TEAM_UNIT)));

        logInAgain(CalibrationPeople.CARL);
        AccessProbe probe = new AccessProbe(context);
        long before = probe.refusalsAudited();
        navigate(CalibrationView.ROUTE + "?sessie=" + session.id());
        CalibrationView view = _get(CalibrationView.class);
        assertThat(view.content.getElement().getTextRecursively())
                .contains("Deze sessie bestaat niet, of u bent er niet voor uitgenodigd.").doesNotContain("Bert");
        assertThat(probe.refusalsAudited()).isGreaterThan(before);
        navigate(CalibrationView.ROUTE);
        assertThat(GridKt._findAll(_get(CalibrationView.class).sessions)).extracting(Session::id)
                .doesNotContain(session.id());

        logInAgain(CalibrationPeople.BERT);
        try {
            navigate(CalibrationView.ROUTE);
        } catch (MockAccessDeniedException expected) {
            // Karibu reports the annotation check directly
        }
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(CalibrationView.class);
    }

    @Test
    void shouldShowTheEmployeeTheirPlacementOnMijnVlootschouwOnlyOnceTheSessionOfTheirUnitHasClosed() {
        OrganisationDirectory directory = context.getBean(OrganisationDirectory.class);
        CalibrationService service = context.getBean(CalibrationService.class);
        VlootschouwService vlootschouw = context.getBean(VlootschouwService.class);
        long bert = CalibrationPeople.reviewId(context, CalibrationPeople.YEAR, CalibrationPeople.BERT_NUMBER);
        long cor = CalibrationPeople.reviewId(context, CalibrationPeople.YEAR, CalibrationPeople.COR_NUMBER);
        // Cor's unit is in no session of any test: placed by his manager, not shown to him (after-session)
        login(CalibrationPeople.CARL);
        vlootschouw.place(cor, "goed", "groei-in-functie", "Sterk jaar voor Cor");
        login(CalibrationPeople.BOB);
        vlootschouw.place(bert, "goed", "groei-in-functie", "Eerste plaats van Bert");
        login(DemoUsers.HR);
        Session session = service.open("Bert ziet zijn plaats", CalibrationPeople.YEAR,
                LocalDate.of(CalibrationPeople.YEAR, 11, 28),
                List.of(CalibrationPeople.unitId(directory, CalibrationPeople.TEAM_UNIT)));
        login(CalibrationPeople.BOB);
        service.move(session.id(), bert, "matig", "grens-bereikt", "Zo besproken met het hele team");
        login(DemoUsers.HR);
        service.close(session.id());

        logInAgain(CalibrationPeople.COR);
        navigate(MyPlacementView.ROUTE);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Mijn vlootschouw");
        assertThat(_get(MyPlacementView.class).getElement().getTextRecursively())
                .contains("Gesprekscyclus " + CalibrationPeople.YEAR, "Nog niets te zien",
                        "zodra de kalibratiesessie van uw eenheid is gesloten", "Mijn gegevens")
                .doesNotContain("Sterk jaar voor Cor");

        logInAgain(CalibrationPeople.BERT);
        navigate(MyPlacementView.ROUTE);
        assertThat(_get(MyPlacementView.class).getElement().getTextRecursively())
                .contains("Gesprekscyclus " + CalibrationPeople.YEAR, "prestatie matig, potentieel grens bereikt",
                        "Reden: Zo besproken met het hele team", "Verplaatst van")
                .doesNotContain("Sterk jaar voor Cor");

        // Bob's unit was in the closed session too, and nobody placed him: the screen says so, not "nothing to see"
        logInAgain(CalibrationPeople.BOB);
        navigate(MyPlacementView.ROUTE);
        assertThat(_get(MyPlacementView.class).getElement().getTextRecursively())
                .contains("Gesprekscyclus " + CalibrationPeople.YEAR, "U bent voor dit jaar niet geplaatst in de vlootschouw.")
                .doesNotContain("Nog niets te zien");
    }
}
