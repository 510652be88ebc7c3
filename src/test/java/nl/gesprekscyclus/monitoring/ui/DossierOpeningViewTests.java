package nl.gesprekscyclus.monitoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.gesprekscyclus.monitoring.MonitoringFixture.LAST_YEAR;
import static nl.gesprekscyclus.monitoring.MonitoringFixture.RAMDIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.util.Map;
import nl.gesprekscyclus.monitoring.MonitoredReview;
import nl.gesprekscyclus.monitoring.MonitoringFixture;
import nl.gesprekscyclus.monitoring.ReviewStatus;
import nl.gesprekscyclus.review.DossierOpenings;
import nl.gesprekscyclus.review.Party;
import nl.gesprekscyclus.review.ReviewReadService;
import nl.gesprekscyclus.review.ReviewValidationException;
import nl.gesprekscyclus.review.ui.DossierOpeningsSection;
import nl.gesprekscyclus.review.ui.ReviewView;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.KaribuTest;
import nl.gesprekscyclus.test_support.Login;
import nl.gesprekscyclus.test_support.ProcessDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * P&O opens Priya Ramdin's 2033 review from the drill-down: only with a reason, recorded with the audit trail,
 * readable for a limited time, and Priya sees who opened her file and why.
 */
class DossierOpeningViewTests extends KaribuTest {

    static final String REASON = "Melding van de leidinggevende over een vastgelopen planning";

    @Autowired
    ReviewReadService reads;
    @Autowired
    DossierOpenings openings;
    @Autowired
    JdbcTemplate jdbc;

    ProcessDriver driver;
    long review;

    @BeforeEach
    void fixture() {
        MonitoringFixture.ensure(context);
        driver = MonitoringFixture.driver(context);
        driver.moveClockTo(MonitoringFixture.JUNE_2033);
        review = MonitoringFixture.reviewId(context, LAST_YEAR, RAMDIN);
    }

    @AfterEach
    void resetClock() {
        driver.resetClock();
        Login.logout();
    }

    @Test
    void shouldRefuseHrTheContentWithoutAReason() {
        Login.as(users, DemoUsers.HR);
        assertThatThrownBy(() -> reads.dossier(review)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> openings.open(review, "   ")).isInstanceOf(ReviewValidationException.class);
        assertThatThrownBy(() -> openings.open(review, "even kijken")).isInstanceOf(ReviewValidationException.class);
        assertThatThrownBy(() -> reads.dossier(review)).isInstanceOf(AccessDeniedException.class);
        // nobody but HR opens a dossier, reason or not
        Login.as(users, DemoUsers.MANAGER);
        assertThatThrownBy(() -> openings.open(review, REASON)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void shouldOpenTheDossierWithAReasonThatTheEmployeeSeesUntilItLapses() {
        login(DemoUsers.HR);
        navigate("voortgang");
        ProgressDashboardView view = _get(ProgressDashboardView.class);
        view.year.setValue(LAST_YEAR);
        _click(view.figures.cells.get(FiguresPanel.key(nl.gesprekscyclus.review.ReviewPhase.PLANNING,
                ReviewStatus.OVERDUE, null)));
        DrillDownPanel drill = view.drillDown;
        MonitoredReview ramdin = GridKt._get(drill.grid, 0);
        assertThat(drill.openDossier.isEnabled()).isFalse();
        drill.grid.select(ramdin);
        _click(drill.openDossier);
        DossierOpeningDialog dialog = drill.dossierDialog;
        assertThat(dialog.isOpened()).isTrue();

        // without a reason: the message next to the field, nothing opened
        _click(dialog.open);
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("Dit veld is verplicht.");
        dialog.reason.setValue("nodig");
        _click(dialog.open);
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("Geef een reden van 20 tot 1000 tekens.");
        assertThat(jdbc.queryForObject("select count(*) from dossier_opening where review_id = ?", Long.class, review))
                .isZero();

        // with a reason: recorded, audited, and the review screen opens with its content
        dialog.reason.setValue(REASON);
        _click(dialog.open);
        ReviewView reviewView = _get(ReviewView.class);
        assertThat(reviewView).isNotNull();
        assertThat(reads.dossier(review).viewer()).isEqualTo(Party.HR);
        Map<String, Object> audit = jdbc.queryForMap("select actor, subject_employee_id, outcome, detail from"
                + " audit_event where action = 'review.dossier-open' and record = ? and outcome = 'SUCCESS'",
                "review " + review);
        assertThat(audit.get("actor")).isEqualTo(DemoUsers.HR);
        assertThat(audit.get("detail")).isEqualTo(REASON);

        // Priya sees who opened her file, when and why
        login("ramdin");
        navigate("mijn-gesprekscyclus");
        DossierOpeningsSection section = _get(DossierOpeningsSection.class);
        assertThat(section.isVisible()).isTrue();
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(section, com.vaadin.flow.component.html.ListItem.class).stream().map(c -> c.getElement().getText()))
                .anySatisfy(text -> assertThat(text).contains(REASON));

        // the access lapses: an hour later HR is refused again
        jdbc.update("update dossier_opening set expires_at = opened_at where review_id = ?", review);
        Login.as(users, DemoUsers.HR);
        assertThatThrownBy(() -> reads.dossier(review)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void shouldHideTheSectionWhenNobodyOpenedTheFile() {
        login("zwiers");
        navigate("mijn-gesprekscyclus");
        assertThat(_get(nl.gesprekscyclus.review.ui.MyReviewsView.class).getChildren()
                .filter(c -> c instanceof DossierOpeningsSection)).singleElement()
                .satisfies(section -> assertThat(section.isVisible()).isFalse());
    }
}
