package nl.gesprekscyclus.vlootschouw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.privacy.PersonalDataExport;
import nl.gesprekscyclus.test_support.AccessProbe;
import nl.gesprekscyclus.test_support.DatabaseTest;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.InzageZip;
import nl.gesprekscyclus.test_support.Login;
import nl.gesprekscyclus.test_support.VlootschouwPeople;
import nl.gesprekscyclus.vlootschouw.VlootschouwService.PlacedPerson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The vlootschouw on the real services (issue 20): a manager places their employees in the assessment phase with a
 * reason (required, in Dutch, nothing stored without it), every move is kept with who, when and why, and the
 * placements are seen by the manager, the managers above and HR; refused (and audited) for the coordinator, a
 * colleague, the manager of a sibling team and the functioneel beheerder; the employee does not see it on screen
 * (after-session, no session has closed) but has it in the inzage. The world: {@link VlootschouwPeople}.
 */
@DatabaseTest
class VlootschouwServiceTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    VlootschouwService vlootschouw;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditTrail audit;
    @Autowired
    PersonalDataExport export;
    @Autowired
    VlootschouwMoments moments;

    long pim;

    @BeforeEach
    void world() {
        VlootschouwPeople.ensure(context);
        VlootschouwPeople.clearPlacements(context);
        VlootschouwPeople.beaSubstitutesTom(context, false);
        pim = VlootschouwPeople.reviewId(context, VlootschouwPeople.YEAR, VlootschouwPeople.PIM_NUMBER);
    }

    @AfterEach
    void logout() {
        VlootschouwPeople.beaSubstitutesTom(context, false);
        Login.logout();
    }

    private void as(String username) {
        Login.as(users, username);
    }

    private int placementRows() {
        return jdbc.queryForObject("select count(*) from vlootschouw_placement p join review r on r.id = p.review_id"
                + " where r.review_year = " + VlootschouwPeople.YEAR, Integer.class)
                + jdbc.queryForObject("select count(*) from vlootschouw_placement_change c join review r"
                        + " on r.id = c.review_id where r.review_year = " + VlootschouwPeople.YEAR, Integer.class);
    }

    @Test
    void shouldRequireAReasonInDutchAndStoreNothingWithoutOne() {
        as(VlootschouwPeople.TOM);
        assertThatThrownBy(() -> vlootschouw.place(pim, "goed", "groei-op-termijn", "   "))
                .isInstanceOfSatisfying(PlacementValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, v -> v.message(Locale.forLanguageTag("nl")))
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("reason",
                                "Geef een korte reden voor deze plaats.")));
        assertThatThrownBy(() -> vlootschouw.place(pim, "fantastisch", "groei-op-termijn", "Sterk jaar"))
                .isInstanceOfSatisfying(PlacementValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("performance"));
        assertThat(placementRows()).isZero();
    }

    @Test
    void shouldPlaceOnlyInTheAssessmentPhase() {
        as(VlootschouwPeople.TOM);
        long next = VlootschouwPeople.reviewId(context, VlootschouwPeople.NEXT_YEAR, VlootschouwPeople.PIM_NUMBER);
        assertThatThrownBy(() -> vlootschouw.place(next, "goed", "groei-op-termijn", "Sterk jaar"))
                .isInstanceOfSatisfying(PlacementValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.message(Locale.forLanguageTag("nl")))
                        .containsExactly("Plaatsen in de vlootschouw kan alleen in de beoordelingsfase, of tijdens het"
                                + " vlootschouwmoment van dit jaar."));
    }

    @Test
    void shouldLetTheManagerPlaceInAnyPhaseWhileHrsVlootschouwMomentRunsAndOnlyThen() {
        long next = VlootschouwPeople.reviewId(context, VlootschouwPeople.NEXT_YEAR, VlootschouwPeople.PIM_NUMBER);
        java.time.LocalDate today = java.time.LocalDate.now(context.getBean(java.time.Clock.class));
        as(DemoUsers.HR);
        VlootschouwMoments.Moment opened = moments.open(VlootschouwPeople.NEXT_YEAR, today, today.plusDays(30));
        assertThat(opened.running()).isTrue();

        as(VlootschouwPeople.TOM);
        assertThat(moments.moment(VlootschouwPeople.NEXT_YEAR)).get().extracting(VlootschouwMoments.Moment::running)
                .isEqualTo(true);
        assertThat(vlootschouw.toPlace(VlootschouwPeople.NEXT_YEAR)).as("the planning phase, in the moment")
                .extracting(VlootschouwService.ToPlace::personnelNumber).containsExactly(VlootschouwPeople.PIM_NUMBER);
        assertThat(vlootschouw.place(next, "goed", "groei-op-termijn", "Voorjaarsvlootschouw").cellName())
                .isEqualTo("Ster");

        as(DemoUsers.HR);
        assertThat(moments.end(VlootschouwPeople.NEXT_YEAR).running()).isFalse();
        assertThatThrownBy(() -> moments.end(VlootschouwPeople.NEXT_YEAR))
                .isInstanceOfSatisfying(PlacementValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.message(Locale.forLanguageTag("nl")))
                        .containsExactly("Er loopt geen vlootschouwmoment voor 2067."));

        as(VlootschouwPeople.TOM);
        assertThat(vlootschouw.toPlace(VlootschouwPeople.NEXT_YEAR)).as("ended: back to the assessment phase").isEmpty();
        assertThatThrownBy(() -> vlootschouw.place(next, "excellent", "groei-op-termijn", "Toch nog"))
                .isInstanceOfSatisfying(PlacementValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.message(Locale.forLanguageTag("nl"))).containsExactly(
                                "Plaatsen in de vlootschouw kan alleen in de beoordelingsfase, of tijdens het"
                                        + " vlootschouwmoment van dit jaar."));
        assertThatThrownBy(() -> moments.open(VlootschouwPeople.NEXT_YEAR, today, today.plusDays(5)))
                .as("only HR opens a moment").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void shouldRefuseABrokenVlootschouwMomentInDutchAndStoreNothing() {
        java.time.LocalDate today = java.time.LocalDate.now(context.getBean(java.time.Clock.class));
        as(DemoUsers.HR);
        java.util.function.Function<Runnable, List<String>> messages = call -> {
            try {
                call.run();
                return List.of();
            } catch (PlacementValidationException e) {
                return e.violations().stream().map(v -> v.message(Locale.forLanguageTag("nl"))).toList();
            }
        };
        assertThat(messages.apply(() -> moments.open(VlootschouwPeople.NEXT_YEAR, today.plusDays(10), today.plusDays(2))))
                .containsExactly("De laatste dag ligt vóór de eerste.");
        assertThat(messages.apply(() -> moments.open(VlootschouwPeople.NEXT_YEAR, today.minusDays(9), today.minusDays(1))))
                .containsExactly("De laatste dag ligt in het verleden.");
        assertThat(messages.apply(() -> moments.open(VlootschouwPeople.NEXT_YEAR, null, null)))
                .containsExactly("Kies de eerste dag.", "Kies de laatste dag.");
        assertThat(messages.apply(() -> moments.open(2093, today, today.plusDays(3))))
                .containsExactly("Voor 2093 is er geen jaarronde: er valt niemand te plaatsen.");
        assertThat(moments.moment(VlootschouwPeople.NEXT_YEAR)).isEmpty();
        assertThat(moments.moment(2093)).isEmpty();
    }

    @Test
    void shouldKeepEveryMoveWithWhoWhenAndWhy() {
        as(VlootschouwPeople.TOM);
        vlootschouw.place(pim, "goed", "groei-in-functie", "Levert goed werk, wil in de functie blijven");
        PlacementView moved = vlootschouw.place(pim, "excellent", "groei-op-termijn", "Nam het project over");

        assertThat(moved.cellName()).isEqualTo("Ster");
        assertThat(moved.direction()).isEqualTo("talent managen: voorbereiden op doorgroei");
        assertThat(moved.placedBy()).isEqualTo("Tom Teamleider");
        assertThat(moved.history()).extracting(PlacementView.Change::oldPerformance, PlacementView.Change::oldPotential,
                PlacementView.Change::performance, PlacementView.Change::potential, PlacementView.Change::reason,
                PlacementView.Change::changedBy).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, null, "goed", "groei-in-functie",
                                "Levert goed werk, wil in de functie blijven", "Tom Teamleider"),
                        org.assertj.core.groups.Tuple.tuple("goed", "groei-in-functie", "excellent",
                                "groei-op-termijn", "Nam het project over", "Tom Teamleider"));
        assertThat(moved.history()).allSatisfy(c -> assertThat(c.changedAt()).isNotNull());
        // the trail says that and when, not where: the cell and the reason are personnel content
        assertThat(audit.latest("vlootschouw.move")).first().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(VlootschouwPeople.TOM);
            assertThat(e.detail()).doesNotContain("excellent", "project");
        });
        assertThat(audit.latest("vlootschouw.place")).isNotEmpty();
    }

    @Test
    void shouldLetTheSubstitutePlaceNamensTheManagerOnlyDuringThePeriod() {
        as(VlootschouwPeople.BEA);
        assertThatThrownBy(() -> vlootschouw.place(pim, "goed", "groei-in-functie", "Waarneming"))
                .isInstanceOf(AccessDeniedException.class);
        VlootschouwPeople.beaSubstitutesTom(context, true);
        PlacementView placed = vlootschouw.place(pim, "goed", "groei-in-functie", "Waarneming");
        assertThat(placed.placedBy()).isEqualTo("Bea Buur namens Tom Teamleider");
        assertThat(audit.latest("vlootschouw.place")).first()
                .satisfies(e -> assertThat(e.detail()).startsWith("namens " + VlootschouwPeople.TOM_NUMBER));
    }

    @Test
    void shouldShowAPlacementToTheManagerTheManagerAboveAndHrOnly() {
        as(VlootschouwPeople.TOM);
        vlootschouw.place(pim, "matig", "groei-in-functie", "Moet groeien in planning");

        for (String sees : List.of(VlootschouwPeople.TOM, "vloot-ada", DemoUsers.HR)) {
            as(sees);
            assertThat(vlootschouw.placementOf(pim)).as(sees).get()
                    .extracting(PlacementView::reason).isEqualTo("Moet groeien in planning");
        }
        AccessProbe probe = new AccessProbe(context);
        for (String refused : List.of(VlootschouwPeople.SANNE, VlootschouwPeople.KEES, VlootschouwPeople.BEA,
                DemoUsers.ADMIN)) {
            as(refused);
            long before = probe.refusalsAudited();
            assertThatThrownBy(() -> vlootschouw.placementOf(pim)).as(refused)
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(probe.refusalsAudited()).as(refused + " audited").isGreaterThan(before);
        }
        // the employee: after-session is the default, and no session has closed, so not on the screen yet
        as(VlootschouwPeople.PIM);
        assertThat(vlootschouw.placementOf(pim)).isEmpty();
    }

    @Test
    void shouldDrawEachViewersOwnScopeOnTheGrid() {
        as(VlootschouwPeople.TOM);
        vlootschouw.place(pim, "goed", "groei-op-termijn", "Groeit");
        vlootschouw.place(VlootschouwPeople.reviewId(context, VlootschouwPeople.YEAR, VlootschouwPeople.SANNE_NUMBER),
                "goed", "groei-op-termijn", "Coördineert goed");
        as(VlootschouwPeople.BEA);
        vlootschouw.place(VlootschouwPeople.reviewId(context, VlootschouwPeople.YEAR, VlootschouwPeople.NINA_NUMBER),
                "excellent", "grens-bereikt", "Vakspecialist");

        as(VlootschouwPeople.TOM);
        assertThat(numbers(VlootschouwPeople.YEAR, null))
                .containsExactly(VlootschouwPeople.PIM_NUMBER, VlootschouwPeople.SANNE_NUMBER);
        as("vloot-ada");
        assertThat(numbers(VlootschouwPeople.YEAR, null)).containsExactlyInAnyOrder(VlootschouwPeople.PIM_NUMBER,
                VlootschouwPeople.SANNE_NUMBER, VlootschouwPeople.NINA_NUMBER);
        as(VlootschouwPeople.BEA);
        assertThat(numbers(VlootschouwPeople.YEAR, null)).containsExactly(VlootschouwPeople.NINA_NUMBER);
        as(DemoUsers.HR);
        long neighbours = vlootschouw.units().stream().filter(u -> u.name().equals("Vlootburen")).findFirst()
                .orElseThrow().id();
        assertThat(numbers(VlootschouwPeople.YEAR, neighbours)).containsExactly(VlootschouwPeople.NINA_NUMBER);
        assertThat(numbers(VlootschouwPeople.YEAR, null)).contains(VlootschouwPeople.PIM_NUMBER,
                VlootschouwPeople.NINA_NUMBER);
        for (String refused : List.of(VlootschouwPeople.SANNE, VlootschouwPeople.PIM, DemoUsers.ADMIN)) {
            as(refused);
            assertThatThrownBy(() -> vlootschouw.placed(VlootschouwPeople.YEAR, null)).as(refused)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void shouldListTheManagersOwnEmployeesToPlace() {
        as(VlootschouwPeople.TOM);
        assertThat(vlootschouw.toPlace(VlootschouwPeople.YEAR)).extracting(VlootschouwService.ToPlace::personnelNumber)
                .containsExactly(VlootschouwPeople.KEES_NUMBER, VlootschouwPeople.PIM_NUMBER,
                        VlootschouwPeople.SANNE_NUMBER);
        assertThat(vlootschouw.toPlace(VlootschouwPeople.NEXT_YEAR)).as("planning, not yet").isEmpty();
        as(VlootschouwPeople.KEES);
        assertThat(vlootschouw.toPlace(VlootschouwPeople.YEAR)).isEmpty();
    }

    @Test
    void shouldPutThePlacementAndItsHistoryInTheEmployeesInzage() {
        as(VlootschouwPeople.TOM);
        vlootschouw.place(pim, "matig", "groei-in-functie", "Eerste indruk");
        vlootschouw.place(pim, "goed", "groei-in-functie", "Na het gesprek bijgesteld");

        as(VlootschouwPeople.PIM);
        InzageZip zip = InzageZip.download(export);
        String review = zip.jsonOf(pim);
        assertThat(review).contains("vlootschouw_placement", "Na het gesprek bijgesteld", "Eerste indruk",
                "Werkbij", "Tom Teamleider");
        // the manager's own inzage holds nothing of it: it is Pim's data
        as(VlootschouwPeople.TOM);
        assertThat(InzageZip.download(export).json()).doesNotContain("Na het gesprek bijgesteld");
        // and nobody reads another person's placements through the inzage's door
        assertThatThrownBy(() -> vlootschouw.ofMyReview(pim)).isInstanceOf(AccessDeniedException.class);
    }

    private List<String> numbers(int year, Long unit) {
        return vlootschouw.placed(year, unit).stream().map(PlacedPerson::personnelNumber)
                .filter(n -> n.startsWith("66")).toList();
    }
}
