package nl.gesprekscyclus.review;

import static nl.gesprekscyclus.test_support.SearchPeople.MUELLER;
import static nl.gesprekscyclus.test_support.SearchPeople.MULDER;
import static nl.gesprekscyclus.test_support.SearchPeople.MULDERS;
import static nl.gesprekscyclus.test_support.SearchPeople.MULLER;
import static nl.gesprekscyclus.test_support.SearchPeople.PAST_YEAR;
import static nl.gesprekscyclus.test_support.SearchPeople.VAN_DER_MEER;
import static nl.gesprekscyclus.test_support.SearchPeople.YEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.review.ReviewSearch.Opening;
import nl.gesprekscyclus.review.ReviewSearch.Query;
import nl.gesprekscyclus.review.ReviewSearch.Row;
import nl.gesprekscyclus.test_support.DatabaseTest;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.Login;
import nl.gesprekscyclus.test_support.SearchPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * "Gesprekken zoeken" (issue 16, item 7): names in any word order, with their prefix, without regard to case or
 * accents; and who finds what: the manager of a unit and of the units above it, present and past years, the
 * second assessor, HR (status only), and nobody else. The world is {@link SearchPeople}; the shared database
 * holds other tests' reviews too, so the assertions look at the world's personnel numbers.
 */
@DatabaseTest
class ReviewSearchTests {

    static final Set<String> WORLD = Set.of(MULDER, VAN_DER_MEER, MUELLER, MULLER, MULDERS);

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    ReviewSearch search;
    @Autowired
    ReviewReadService reads;

    @BeforeEach
    void givenTheWorld() {
        SearchPeople.ensure(context);
    }

    @AfterEach
    void logout() {
        Login.logout();
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Noor Mulder      | 430011 430021
            mulder noor      | 430011 430021
            NOOR             | 430011 430021
            noortje          | 430021
            van der Meer     | 430012
            meer van der     | 430012
            Jan Meer         | 430012
            muller           | 430013 430014
            Müller           | 430013 430014
            MÜLLER jurgen    | 430013
            Jürgen           | 430013
            '  karel   MULLER  ' | 430014
            430013           | 430013
            Mulder Müller    | ''
            """)
    void shouldFindNamesInAnyOrderWithTheirPrefixWhateverTheCaseOrAccents(String typed, String expected) {
        Login.as(users, DemoUsers.HR);
        List<String> found = world(search.page(new Query(typed, null, null, null, null), 0, 200));
        Set<String> wanted = expected.isBlank() ? Set.of() : Set.of(expected.split(" "));
        assertThat(Set.copyOf(found)).as(typed).isEqualTo(wanted);
    }

    @Test
    void shouldLetTheTeamManagerFindTheTeamInPresentAndPastYearsButNotTheNeighbours() {
        Login.as(users, SearchPeople.TESSA);
        List<Row> rows = worldRows(search.page(Query.everything(), 0, 500));
        assertThat(rows).extracting(r -> r.personnelNumber() + "/" + r.year()).containsExactlyInAnyOrder(
                MULDER + "/" + YEAR, MULDER + "/" + PAST_YEAR, VAN_DER_MEER + "/" + YEAR, MUELLER + "/" + YEAR,
                MULLER + "/" + YEAR);
        assertThat(rows).filteredOn(r -> r.year() == YEAR).extracting(Row::opening).containsOnly(Opening.READ);
        assertThat(rows).filteredOn(r -> r.year() == PAST_YEAR).extracting(Row::opening)
                .as("a past review held by another manager: status only").containsOnly(Opening.STATUS);
        assertThat(search.count(new Query("mulder", null, null, null, null))).isEqualTo(2);
        assertThat(search.count(new Query("noortje mulders", null, null, null, null))).isZero();
    }

    @Test
    void shouldLetTheManagerOfTheUnitAboveFindTheTeamsReviewsAsStatus() {
        Login.as(users, SearchPeople.AREND);
        List<Row> rows = worldRows(search.page(Query.everything(), 0, 500));
        assertThat(rows).extracting(Row::personnelNumber).containsOnly(MULDER, VAN_DER_MEER, MUELLER, MULLER)
                .hasSize(5);
        assertThat(rows).extracting(Row::opening).containsOnly(Opening.STATUS);
        Row mueller = rows.stream().filter(r -> r.personnelNumber().equals(MUELLER)).findFirst().orElseThrow();
        assertThat(mueller.employeeName()).isEqualTo("Jürgen Müller");
        assertThat(mueller.unitName()).isEqualTo("Zoekteam");
        assertThat(mueller.managerName()).isEqualTo("Tessa Teamleider");
        assertThat(mueller.phase()).isEqualTo(ReviewPhase.PROGRESS);
    }

    @Test
    void shouldLetTheManagerOfASiblingUnitFindOnlyWhatTheyHeldOrAssess() {
        Login.as(users, SearchPeople.BERT);
        List<Row> rows = worldRows(search.page(Query.everything(), 0, 500));
        assertThat(rows).extracting(r -> r.personnelNumber() + "/" + r.year() + "/" + r.opening())
                .as("his own unit, the past review he held, the review he is second assessor of; nothing else")
                .containsExactlyInAnyOrder(MULDERS + "/" + YEAR + "/READ", MULDER + "/" + PAST_YEAR + "/READ",
                        VAN_DER_MEER + "/" + YEAR + "/LINE");
        assertThat(search.count(new Query("muller", null, null, null, null))).isZero();
        assertThat(search.count(new Query(null, unitId(SearchPeople.TEAM_UNIT), YEAR, ReviewPhase.PLANNING, null)))
                .as("a unit outside his own narrows, it does not widen").isZero();
        assertThat(search.lineMayReadNow(SearchPeople.reviewId(context, YEAR, VAN_DER_MEER)))
                .as("no second-assessment step open or signed: not yet").isFalse();
    }

    @Test
    void shouldLetHrFindEveryReviewButOnlyTheStatusAndNotTheContent() {
        Login.as(users, DemoUsers.HR);
        List<Row> rows = worldRows(search.page(Query.everything(), 0, 100_000));
        assertThat(rows).hasSize(6).extracting(Row::opening).containsOnly(Opening.DOSSIER);
        long review = SearchPeople.reviewId(context, YEAR, MULDER);
        assertThatThrownBy(() -> reads.dossier(review)).as("content only through a dossier opening")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void shouldNarrowByUnitWithItsSubUnitsYearAndPhase() {
        Login.as(users, DemoUsers.HR);
        assertThat(world(search.page(new Query(null, unitId(SearchPeople.DEPARTMENT_UNIT), null, null, null), 0, 100)))
                .as("the department includes its team").containsOnly(MULDER, VAN_DER_MEER, MUELLER, MULLER)
                .hasSize(5);
        assertThat(world(search.page(new Query("mulder", null, PAST_YEAR, null, null), 0, 100)))
                .containsExactly(MULDER);
        assertThat(world(search.page(new Query(null, unitId(SearchPeople.TEAM_UNIT), YEAR, ReviewPhase.PLANNING,
                null), 0, 100))).containsExactly(MULDER, MULLER);
        assertThat(search.count(new Query(null, null, null, null, MULDER))).isEqualTo(2);
        assertThat(search.findsReviewsOf(MULDER)).isTrue();
    }

    @Test
    void shouldPageInAStableOrderByNameThenNewestYear() {
        Login.as(users, SearchPeople.TESSA);
        Query team = new Query(null, unitId(SearchPeople.TEAM_UNIT), null, null, null);
        long count = search.count(team);
        assertThat(count).isEqualTo(5);
        List<Row> paged = new ArrayList<>();
        for (int offset = 0; offset < count; offset += 2) {
            paged.addAll(search.page(team, offset, 2));
        }
        assertThat(paged).containsExactlyElementsOf(search.page(team, 0, 10));
        List<String> order = paged.stream().map(r -> r.personnelNumber() + "/" + r.year()).toList();
        assertThat(order.subList(0, 3)).containsExactly(VAN_DER_MEER + "/" + YEAR, MULDER + "/" + YEAR,
                MULDER + "/" + PAST_YEAR);
        // Muller and Müller: where the ü sorts is the database's collation
        assertThat(order.subList(3, 5)).containsExactlyInAnyOrder(MUELLER + "/" + YEAR, MULLER + "/" + YEAR);
    }

    @Test
    void shouldRefuseEveryoneWhoIsNeitherManagerNorHr() {
        for (String user : List.of(DemoUsers.EMPLOYEE, "zoek-mulder", DemoUsers.COORDINATOR, DemoUsers.ADMIN)) {
            Login.as(users, user);
            assertThatThrownBy(() -> search.count(Query.everything())).as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> search.page(Query.everything(), 0, 10)).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    private Long unitId(String code) {
        return context.getBean(OrganisationDirectory.class).units().stream().filter(u -> u.code().equals(code))
                .findFirst().orElseThrow().id();
    }

    private static List<Row> worldRows(List<Row> rows) {
        return rows.stream().filter(r -> WORLD.contains(r.personnelNumber())).toList();
    }

    private static List<String> world(List<Row> rows) {
        return worldRows(rows).stream().map(Row::personnelNumber).toList();
    }
}
