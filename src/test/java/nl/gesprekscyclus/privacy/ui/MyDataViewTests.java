package nl.gesprekscyclus.privacy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.stream.IntStream;
import nl.gesprekscyclus.audit.AuditEntry;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.privacy.PrivacyFixture;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.KaribuTest;
import nl.gesprekscyclus.test_support.ProcessDriver;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** "Mijn gegevens": who did what with my file, not what I did with others'; and the inzage download. */
@Import({ProcessDriver.class, PrivacyFixture.class})
class MyDataViewTests extends KaribuTest {

    @Autowired
    AuditTrail audit;
    @Autowired
    PrivacyFixture fixture;

    @Test
    void shouldShowWhoDidWhatWithMyDataButNotWhatIDidWithOthers() {
        long me = fixture.employee("440501", "Zelf");
        long colleague = fixture.employee("440502", "Collega");
        audit.record(DemoUsers.ADMIN, "EMPLOYEE_CHANGED", "employee 440501", me, AuditTrail.SUCCESS, "10.0.0.9", null);
        long review = fixture.closedReview(me, 2023, java.time.Instant.parse("2023-12-15T10:00:00Z"), "Afspraak",
                PrivacyFixture.pdf("mijn gegevens"));
        audit.record(DemoUsers.HR, "review.dossier-open", "review " + review, me, AuditTrail.SUCCESS, null, "reden");
        audit.record("p440501", "read profile", "employee 440502", colleague, AuditTrail.REFUSED, null, null);
        login(PrivacyFixture.username("440501"));
        navigate("mijn-gegevens");
        MyDataView view = _get(MyDataView.class);

        // newest first: the opening, the change, and the admin creating the record (the fixture's first step)
        assertThat(GridKt._size(view.grid)).isEqualTo(3);
        assertThat(IntStream.range(0, 3).mapToObj(i -> GridKt._get(view.grid, i)))
                .extracting(AuditEntry::action, AuditEntry::record).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("review.dossier-open", "review " + review),
                        org.assertj.core.groups.Tuple.tuple("EMPLOYEE_CHANGED", "employee 440501"),
                        org.assertj.core.groups.Tuple.tuple("EMPLOYEE_CREATED", "employee 440501"));
        assertThat(GridKt._getFormatted(view.grid, 0, "action")).isEqualTo("Dossier geopend door P&O");
        // people by name and the record in words, not "brink" and "review 12"
        assertThat(GridKt._getFormatted(view.grid, 0, "actor")).isEqualTo("Marloes van den Berg");
        assertThat(GridKt._getFormatted(view.grid, 0, "record")).isEqualTo("Gesprekscyclus 2023");
        assertThat(GridKt._getFormatted(view.grid, 1, "actor")).isEqualTo("Ilse Brink");
        assertThat(GridKt._getFormatted(view.grid, 1, "record")).isEqualTo("Medewerker Test Zelf (440501)");
        assertThat(view.download).isNotNull();
        assertThat(view.download.getText()).isEqualTo("Mijn gegevens downloaden (ZIP)");
    }

    @Test
    void shouldBeReachableFromMijnGesprekscyclusAndTheMenu() {
        fixture.employee("440503", "Link");
        login(PrivacyFixture.username("440503"));
        navigate("mijn-gesprekscyclus");

        assertThat(_find(Anchor.class, spec -> spec.withClasses("my-reviews-my-data")))
                .singleElement().satisfies(a -> assertThat(a.getHref()).isEqualTo("mijn-gegevens"));
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).contains("Mijn gegevens");
    }
}
