package nl.gesprekscyclus.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.review.AssessmentService;
import nl.gesprekscyclus.review.ReviewDossier;
import nl.gesprekscyclus.review.ReviewReadService;
import nl.gesprekscyclus.review.ui.Ui4Reviews;
import nl.gesprekscyclus.security.LanguageChoices;
import nl.gesprekscyclus.test_support.DatabaseTest;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.InzageZip;
import nl.gesprekscyclus.test_support.Login;
import nl.gesprekscyclus.test_support.ProcessDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Inzage: the employee downloads one ZIP with everything held about them, and only about them, as the screen shows
 * it (ReviewAccessByStepTests checks that at every step of a review); it is audited.
 */
@DatabaseTest
@Import({ProcessDriver.class, PrivacyFixture.class})
class PersonalDataExportTests {

    /** Far from the other tests' years; this context's database is its own. */
    static final int YEAR = 2040;
    static final String DRAFT_COMMENT = "Concept: het beheerplan kwam te laat";

    @Autowired
    PersonalDataExport export;
    @Autowired
    PrivacyFixture fixture;
    @Autowired
    AuditTrail audit;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationContext context;
    @Autowired
    ReviewReadService reading;
    @Autowired
    AssessmentService assessment;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        Login.logout();
    }

    @Autowired
    LanguageChoices languages;

    @Test
    void shouldHandOverTheEmployeeRecordReviewsNotificationsAuditEntriesAndPdfsInOneZip() throws Exception {
        long me = fixture.employee("440201", "Inzage");
        long other = fixture.employee("440202", "Ander");
        long review = fixture.closedReview(me, 2016, Instant.parse("2016-12-15T10:00:00Z"), "Mijn afspraak 2016",
                PrivacyFixture.pdf("mijn-2016"));
        fixture.closedReview(other, 2016, Instant.parse("2016-12-15T10:00:00Z"), "Afspraak van een ander",
                PrivacyFixture.pdf("ander-2016"));
        audit.record("brink", "EMPLOYEE_CHANGED", "employee 440201", me, AuditTrail.SUCCESS, "10.0.0.1", null);
        Login.as(users, PrivacyFixture.username("440201"));
        languages.chooseForLoggedIn(Locale.ENGLISH);

        InzageZip zip = InzageZip.download(export);
        Map<String, byte[]> files = zip.files();

        assertThat(files).containsOnlyKeys(PersonalDataExport.JSON, PersonalDataExport.README,
                "documenten/2016-assessment.pdf");
        assertThat(files.get("documenten/2016-assessment.pdf")).isEqualTo(PrivacyFixture.pdf("mijn-2016"));
        assertThat(new String(files.get(PersonalDataExport.README), StandardCharsets.UTF_8))
                .contains("gegevens.json", "documenten/", "withheld", "uitreiking");
        JsonNode data = zip.data();
        assertThat(data.at("/employee/personnel_number").asText()).isEqualTo("440201");
        assertThat(data.at("/account/username").asText()).isEqualTo("p440201");
        assertThat(data.at("/account").has("password_hash")).as("no password hash").isFalse();
        assertThat(data.at("/languageChoice/language").asText()).as("the language chosen in the menu").isEqualTo("en");
        assertThat(data.get("reviews")).hasSize(1);
        JsonNode mine = data.get("reviews").get(0);
        assertThat(mine.at("/review/id").asLong()).isEqualTo(review);
        assertThat(mine.at("/result_agreement/0/description").asText()).isEqualTo("Mijn afspraak 2016");
        assertThat(mine.at("/result_agreement/0").has("version")).as("no locking column").isFalse();
        assertThat(mine.at("/review_document/0/file").asText()).isEqualTo("documenten/2016-assessment.pdf");
        assertThat(mine.at("/review_document/0").has("content")).as("the PDF is a file, not JSON").isFalse();
        // every table of a review (ReviewTables, which RetentionTests keeps complete) has its place in the ZIP: a new
        // table cannot be left out of the inzage unnoticed. Notifications are the person's own, at the top.
        assertThat(fieldNames(mine)).containsAll(ReviewTables.CONTENT.stream()
                .filter(t -> !t.equals("notification")).toList()).contains(ReviewTables.DOCUMENTS);
        assertThat(data.at("/notifications/0/task_key").asText()).isEqualTo("selfAssessment");
        assertThat(data.at("/mails/0/status").asText()).isEqualTo("SENT");
        assertThat(data.get("auditEntries").findValuesAsText("action")).contains("EMPLOYEE_CHANGED");
        assertThat(zip.json()).doesNotContain("Afspraak van een ander");

        assertThat(audit.latest("privacy.inzage.download")).first().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("p440201");
            assertThat(entry.subjectEmployeeId()).isEqualTo(me);
            assertThat(entry.detail()).isEqualTo("1 reviews, 1 documents");
        });
    }

    /**
     * Issue 15: the manager's draft score and comment, saved in the assessment phase but not handed over, were in
     * the employee's ZIP (every table was copied). Now the ZIP holds what the screen shows, says what is withheld
     * and why, and gets the assessment at the hand-over; the manager's notifications about the review never.
     */
    @Test
    void shouldKeepTheManagersDraftOutOfTheZipUntilTheHandOverAndSaySo() {
        Ui4Reviews reviews = new Ui4Reviews(context);
        long id = reviews.assessing(YEAR, Ui4Reviews.VELDMAN_NUMBER, Ui4Reviews.VELDMAN, Ui4Reviews.COORDINATOR);
        Login.as(users, DemoUsers.MANAGER);
        ReviewDossier asManager = reading.dossier(id);
        String lineage = asManager.resultAgreements().get(0).getLineage();
        reviews.driver.moveClockTo(asManager.review().dates().assessmentStart());
        try {
            assessment.scoreAgreement(id, lineage, "deels-behaald", DRAFT_COMMENT);
        } finally {
            reviews.driver.resetClock();
        }

        Login.as(users, Ui4Reviews.VELDMAN);
        InzageZip before = InzageZip.download(export);
        JsonNode review = before.review(id).orElseThrow();
        assertThat(review.get("agreement_score")).noneMatch(s -> s.path("source").asText().equals("MANAGER"));
        assertThat(review.get("assessment")).isEmpty();
        assertThat(before.json()).doesNotContain(DRAFT_COMMENT).doesNotContain("deels-behaald");
        // HR's advice is advice to the manager under Ommen's policy: withheld at every step, said so from the start
        assertThat(review.get("withheld").findValuesAsText("category"))
                .containsExactly("MANAGER_ASSESSMENT", "HR_ADVICE", InzageReviews.MESSAGES_TO_OTHERS);
        assertThat(review.at("/withheld/0/explanation").asText()).contains("leidinggevende", "uitgereikt");
        // the review's notifications to the manager exist, and are not the employee's
        long manager = asManager.manager().id();
        long employee = asManager.employee().id();
        assertThat(jdbc.queryForObject("select count(*) from notification where review_id = ? "
                + "and recipient_employee_id = ?", Integer.class, id, manager)).isPositive();
        assertThat(before.data().get("notifications")).isNotEmpty()
                .allMatch(n -> n.path("recipient_employee_id").asLong() == employee);
        assertThat(before.data().get("mails")).allMatch(m -> m.path("recipient_employee_id").asLong() == employee);

        handOver(reviews, id, asManager);

        Login.as(users, Ui4Reviews.VELDMAN);
        InzageZip after = InzageZip.download(export);
        JsonNode handedOver = after.review(id).orElseThrow();
        assertThat(handedOver.get("agreement_score")).anySatisfy(s -> {
            assertThat(s.path("source").asText()).isEqualTo("MANAGER");
            assertThat(s.path("comment").asText()).isEqualTo(DRAFT_COMMENT);
        });
        assertThat(handedOver.at("/assessment/0/reasons").asText()).isEqualTo("Afspraken grotendeels behaald.");
        assertThat(handedOver.get("withheld").findValuesAsText("category"))
                .containsExactly("HR_ADVICE", InzageReviews.MESSAGES_TO_OTHERS);
    }

    @Test
    void shouldRefuseSomeoneWhoIsNotLoggedIn() {
        assertThatThrownBy(() -> export.writeMine(new ByteArrayOutputStream()))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    /** The manager completes the assessment ("voldoende": no HR advice), which hands it over at once. */
    private void handOver(Ui4Reviews reviews, long id, ReviewDossier asManager) {
        Login.as(users, DemoUsers.MANAGER);
        reviews.driver.moveClockTo(asManager.review().dates().assessmentStart());
        try {
            asManager.resultAgreements().stream().skip(1)
                    .forEach(a -> assessment.scoreAgreement(id, a.getLineage(), "behaald", null));
            String level = asManager.scale().codes().get(asManager.scale().codes().size() / 2);
            asManager.competencies().forEach(c -> assessment.rateCompetency(id, c.code(), level, null));
            assessment.writeAssessment(id, "voldoende", "Afspraken grotendeels behaald.");
        } finally {
            reviews.driver.resetClock();
        }
    }

    /**
     * Issue 18: the person's roles are data about them. Every assignment of every year is in the ZIP with its status
     * and who proposed or assigned it, decided on it and ended it; another person's roles are not.
     */
    @Test
    void shouldHandOverThePersonsRolesOfEveryYearWithWhoAssignedProposedAndEndedThem() throws Exception {
        long me = fixture.employee("440211", "Rollen");
        long other = fixture.employee("440212", "Anderrol");
        role(me, "projectleider", "Projectleider", "2056-01-01", "2056-12-31", 40, "ASSIGNED", "bakker", null, null);
        role(me, "opdrachtgever", "Opdrachtgever", "2057-01-01", null, null, "REJECTED", "meer", "bakker", null);
        role(me, "contractmanager", "Contractmanager", "2058-01-01", "2058-06-30", null, "ENDED", "bakker", null,
                "brink");
        role(other, "projectleider", "Projectleider rol van een ander", "2056-01-01", null, null, "ASSIGNED", "bakker",
                null, null);
        Login.as(users, PrivacyFixture.username("440211"));

        InzageZip zip = InzageZip.download(export);

        JsonNode roles = zip.data().get("roleAssignments");
        assertThat(roles).hasSize(3);
        assertThat(roles.findValuesAsText("role_code")).containsExactly("projectleider", "opdrachtgever",
                "contractmanager");
        assertThat(roles.findValuesAsText("status")).containsExactly("ASSIGNED", "REJECTED", "ENDED");
        assertThat(roles.get(0).get("from_date").asText()).isEqualTo("2056-01-01");
        assertThat(roles.get(0).get("share_percent").asInt()).isEqualTo(40);
        assertThat(roles.get(1).get("created_by").asText()).isEqualTo("meer");
        assertThat(roles.get(1).get("decided_by").asText()).isEqualTo("bakker");
        assertThat(roles.get(2).get("ended_by").asText()).isEqualTo("brink");
        assertThat(roles.get(0).has("version")).as("no locking column").isFalse();
        assertThat(zip.json()).doesNotContain("rol van een ander");
        assertThat(new String(zip.files().get(PersonalDataExport.README), StandardCharsets.UTF_8))
                .contains("roleAssignments");
    }

    private void role(long employee, String code, String name, String from, String to, Integer share, String status,
            String createdBy, String decidedBy, String endedBy) {
        jdbc.update("insert into role_assignment (employee_id, role_code, role_name, from_date, to_date, share_percent,"
                + " status, created_by, created_at, decided_by, decided_at, ended_by, ended_at, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, current_timestamp, ?, ?, ?, ?, 0)", employee, code, name,
                java.time.LocalDate.parse(from), to == null ? null : java.time.LocalDate.parse(to), share, status,
                createdBy, decidedBy, decidedBy == null ? null : java.sql.Timestamp.from(Instant.now()), endedBy,
                endedBy == null ? null : java.sql.Timestamp.from(Instant.now()));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
