package nl.gesprekscyclus.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.gesprekscyclus.review.ui.Ui4Reviews.POSTMA;
import static nl.gesprekscyclus.review.ui.Ui4Reviews.POSTMA_NUMBER;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import java.util.List;
import java.util.Optional;
import nl.gesprekscyclus.review.ReviewPhase;
import nl.gesprekscyclus.review.ReviewReadService;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.KaribuTest;
import nl.gesprekscyclus.test_support.Login;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An earlier year's review that was signed off opens read-only for everyone in it: "Afgerond: alleen lezen" at the
 * top, no step to do, and no button that changes anything (only "Versies", which reads). Martijn Postma's 2040.
 */
class ReviewViewReadOnlyTests extends KaribuTest {

    static final int YEAR = 2040;

    @Autowired
    ReviewReadService reads;

    @ParameterizedTest
    @ValueSource(strings = {POSTMA, DemoUsers.MANAGER, Ui4Reviews.COORDINATOR})
    void shouldOpenAClosedReviewOfAnEarlierYearWithoutActions(String user) {
        long id = closedReview();
        login(user);
        navigate("gesprek/" + id);

        ReviewView view = _get(ReviewView.class);
        assertThat(view.dossier.review().getPhase()).isEqualTo(ReviewPhase.CLOSED);
        assertThat(_get(Paragraph.class, s -> s.withId("review-read-only")).getText())
                .isEqualTo("Afgerond: alleen lezen");
        assertThat(_find(view.todo, Paragraph.class).stream().map(Paragraph::getText))
                .containsExactly("Deze gesprekscyclus is afgesloten; u kunt alles nog lezen, maar er kan niets meer"
                        + " worden gewijzigd.");
        List<String> actions = _find(view, Button.class).stream()
                .filter(b -> !b.hasClassName("review-versions-button")).map(Button::getText).toList();
        assertThat(actions).as("buttons that would change something").isEmpty();
        // on a phone the record has its own tab once there is one; the tabs only choose what is shown
        assertThat(_find(_get(ReviewPhoneTabs.class), Tab.class)).extracting(Tab::getLabel)
                .containsExactly("Nu doen", "Afspraken", "Profiel", "Vastgelegd");
        assertThat(view.record.getClassNames()).contains("review-part-record");
    }

    /** Built once for the three viewers (tests share the database). */
    private long closedReview() {
        Login.as(users, POSTMA);
        Optional<Long> existing = reads.myReviewOf(YEAR);
        Login.logout();
        return existing.orElseGet(() -> new Ui4Reviews(context).closed(YEAR, POSTMA_NUMBER, POSTMA,
                Ui4Reviews.COORDINATOR));
    }
}
