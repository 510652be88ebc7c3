package nl.gesprekscyclus.document.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.Locale;
import java.util.List;
import nl.gesprekscyclus.base.i18n.DateFormats;
import nl.gesprekscyclus.functionbook.FunctionBooks;
import nl.gesprekscyclus.functionbook.JobProfile;
import nl.gesprekscyclus.review.ResultAgreementData;
import nl.gesprekscyclus.test_support.KaribuTest;
import nl.gesprekscyclus.test_support.Login;
import nl.gesprekscyclus.test_support.ProcessDriver;
import nl.gesprekscyclus.test_support.ReviewScenario;
import nl.gesprekscyclus.test_support.TestPeople;
import nl.gesprekscyclus.test_support.TestYears;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The signed documents, for Anouk Vos (regisseur-adviseur, coordinated by Scholten, managed by Bakker) in next
 * year's round: nothing before she agreed; right after, "wordt gemaakt" while the process makes the PDF in the
 * background, and the link appears by itself when it is there ("Afspraken 2027 — ondertekend door Anouk Vos op …",
 * the hash behind "Controleer"); her coordinator sees no links. Anouk (100023) is used by no other test.
 */
class ReviewDocumentsLinksTests extends KaribuTest {

    static final int YEAR = TestYears.NEXT;
    static final String NUMBER = TestPeople.ANOUK.personnelNumber();
    static final String KEY = YEAR + "/" + NUMBER;

    @Autowired
    FunctionBooks books;

    @AfterEach
    void logout() {
        Login.logout();
    }

    @Test
    void shouldOfferTheAgreementsPdfToTheEmployeeOnceAgreedAndNothingToTheCoordinator() {
        ProcessDriver driver = driver();
        List<String> areas = profile().resultAreas().stream().map(JobProfile.ResultArea::code).toList();
        ReviewScenario review = ReviewScenario.of(context, TestPeople.ANOUK).inYear(YEAR).withAgreements(
                new ResultAgreementData(areas.get(0), null, "Regie op de keten", "Ketenoverleg elk kwartaal",
                        LocalDate.of(YEAR, 12, 1), 50),
                new ResultAgreementData(areas.get(Math.min(1, areas.size() - 1)), null, "Advies aan het college",
                        "Twee adviezen vastgesteld", LocalDate.of(YEAR, 11, 1), 50)).started();
        long id = review.id();

        login("vos");
        ReviewDocumentsLinks before = ReviewDocumentsLinks.of(id);
        assertThat(before.isVisible()).as("no documents yet").isFalse();

        review.agreed();
        login("vos");

        // signed, and the PDF is made in the background: the screen says so, and polls until it is there
        ReviewDocumentsLinks links = ReviewDocumentsLinks.of(id);
        UI.getCurrent().add(links);
        assertThat(links.isVisible()).isTrue();
        assertThat(_find(links, Anchor.class)).as("nothing to download yet").isEmpty();
        assertThat(links.getElement().getTextRecursively()).contains("Afspraken " + YEAR + " \u2014 wordt gemaakt");
        assertThat(links.waitsForADocument()).isTrue();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(ReviewDocumentsLinks.POLL_MILLIS);
        poll();
        assertThat(_find(links, Anchor.class)).as("still being made").isEmpty();

        driver.runDueJobsOf(KEY);
        poll();
        // there without a reload: the line in words, the hash behind "Controleer"
        Anchor link = _get(links, Anchor.class, spec -> spec.withId("review-document-agreements"));
        assertThat(link.getText()).isEqualTo("Afspraken " + YEAR);
        String today = DateFormats.day(LocalDate.now(), new Locale("nl", "NL"));
        assertThat(_get(links, Span.class, spec -> spec.withClasses("review-document-signed")).getText())
                .isEqualTo(" \u2014 ondertekend door Anouk Vos op " + today);
        Details check = _get(links, Details.class);
        assertThat(check.getSummaryText()).isEqualTo("Controleer");
        assertThat(check.isOpened()).as("the hash is not the main line").isFalse();
        assertThat(_get(check, Paragraph.class, spec -> spec.withClasses("review-document-hash")).getText())
                .matches("SHA-256: [0-9a-f]{64}");
        assertThat(links.waitsForADocument()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).as("no polling once it is there").isEqualTo(-1);
        byte[] pdf = DownloadKt._download(link);
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");

        login("scholten");
        ReviewDocumentsLinks coordinators = ReviewDocumentsLinks.of(id);
        assertThat(coordinators.isVisible()).isFalse();
        assertThat(_find(coordinators, Anchor.class)).isEmpty();
    }

    /** What the browser does every {@link ReviewDocumentsLinks#POLL_MILLIS} while the UI polls. */
    private static void poll() {
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
    }

    private JobProfile profile() {
        return books.current().book().jobProfile(books.current().book().jobTitle("regisseur-adviseur").orElseThrow()
                .jobProfile()).orElseThrow();
    }
}
