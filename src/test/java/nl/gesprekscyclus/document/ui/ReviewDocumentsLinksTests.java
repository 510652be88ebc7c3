package nl.gesprekscyclus.document.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.gesprekscyclus.functionbook.FunctionBooks;
import nl.gesprekscyclus.functionbook.JobProfile;
import nl.gesprekscyclus.review.CoordinatorInputService;
import nl.gesprekscyclus.review.PlanningService;
import nl.gesprekscyclus.review.ResultAgreementData;
import nl.gesprekscyclus.round.Round;
import nl.gesprekscyclus.round.RoundMembership;
import nl.gesprekscyclus.round.RoundSelection;
import nl.gesprekscyclus.round.RoundService;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.KaribuTest;
import nl.gesprekscyclus.test_support.Login;
import nl.gesprekscyclus.test_support.ProcessDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The download links of the signed documents, for Anouk Vos (regisseur-adviseur, coordinated by Scholten,
 * managed by Bakker) in next year's round: nothing before she agreed; afterwards a link to the agreements PDF
 * that downloads the PDF; her coordinator sees no links. Anouk (100023) is used by no other test.
 */
class ReviewDocumentsLinksTests extends KaribuTest {

    static final int YEAR = LocalDate.now().getYear() + 1;
    static final String NUMBER = "100023";
    static final String KEY = YEAR + "/" + NUMBER;

    @Autowired
    RoundService rounds;
    @Autowired
    RoundMembership membership;
    @Autowired
    PlanningService planning;
    @Autowired
    CoordinatorInputService input;
    @Autowired
    FunctionBooks books;

    @AfterEach
    void logout() {
        Login.logout();
    }

    @Test
    void shouldOfferTheAgreementsPdfToTheEmployeeOnceAgreedAndNothingToTheCoordinator() {
        ProcessDriver driver = driver();
        login(DemoUsers.HR);
        Round round = rounds.round(YEAR).orElseGet(() -> rounds.startRound(rounds.defaultCalendar(YEAR),
                new RoundSelection(Set.of(), Set.of(NUMBER))));
        membership.addEmployee(round.getId(), NUMBER);
        driver.runDueJobsOf(KEY, "round-" + YEAR);
        long id = driver.reviewId(KEY);

        login("vos");
        ReviewDocumentsLinks before = ReviewDocumentsLinks.of(id);
        assertThat(before.isVisible()).as("no documents yet").isFalse();

        List<String> areas = profile().resultAreas().stream().map(JobProfile.ResultArea::code).toList();
        planning.saveResultAgreement(id, null, null, new ResultAgreementData(areas.get(0), null, "Regie op de keten",
                "Ketenoverleg elk kwartaal", LocalDate.of(YEAR, 12, 1), 50));
        planning.saveResultAgreement(id, null, null, new ResultAgreementData(areas.get(Math.min(1, areas.size() - 1)),
                null, "Advies aan het college", "Twee adviezen vastgesteld", LocalDate.of(YEAR, 11, 1), 50));
        planning.submitDrafts(id);
        login("scholten");
        input.submitInput(id);
        login(DemoUsers.MANAGER);
        planning.setAgreements(id);
        login("vos");
        planning.agree(id);
        driver.runDueJobsOf(KEY);

        UI.getCurrent().add(ReviewDocumentsLinks.of(id));
        assertThat(_get(ReviewDocumentsLinks.class).isVisible()).isTrue();
        assertThat(_get(H2.class, spec -> spec.withText("Ondertekende documenten"))).isNotNull();
        Anchor link = _get(Anchor.class, spec -> spec.withId("review-document-agreements"));
        assertThat(link.getText()).isEqualTo("Vastgestelde afspraken (PDF)");
        byte[] pdf = DownloadKt._download(link);
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");

        login("scholten");
        ReviewDocumentsLinks coordinators = ReviewDocumentsLinks.of(id);
        assertThat(coordinators.isVisible()).isFalse();
        assertThat(_find(coordinators, Anchor.class)).isEmpty();
    }

    private JobProfile profile() {
        return books.current().book().jobProfile(books.current().book().jobTitle("regisseur-adviseur").orElseThrow()
                .jobProfile()).orElseThrow();
    }
}
