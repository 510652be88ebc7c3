package nl.gesprekscyclus.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.test_support.DatabaseTest;
import nl.gesprekscyclus.test_support.Login;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Inzage: the employee downloads one ZIP with everything held about them, and only about them; it is audited. */
@DatabaseTest
@Import(PrivacyFixture.class)
class PersonalDataExportTests {

    @Autowired
    PersonalDataExport export;
    @Autowired
    PrivacyFixture fixture;
    @Autowired
    AuditTrail audit;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void logout() {
        Login.logout();
    }

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

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeMine(out);
        Map<String, byte[]> files = unzip(out.toByteArray());

        assertThat(files).containsOnlyKeys(PersonalDataExport.JSON, "documenten/2016-assessment.pdf");
        assertThat(files.get("documenten/2016-assessment.pdf")).isEqualTo(PrivacyFixture.pdf("mijn-2016"));
        JsonNode data = new ObjectMapper().readTree(files.get(PersonalDataExport.JSON));
        assertThat(data.at("/employee/personnel_number").asText()).isEqualTo("440201");
        assertThat(data.at("/account/username").asText()).isEqualTo("p440201");
        assertThat(data.at("/account").has("password_hash")).as("no password hash").isFalse();
        assertThat(data.get("reviews")).hasSize(1);
        JsonNode mine = data.get("reviews").get(0);
        assertThat(mine.at("/review/id").asLong()).isEqualTo(review);
        assertThat(mine.at("/result_agreement/0/description").asText()).isEqualTo("Mijn afspraak 2016");
        assertThat(mine.at("/review_document/0/file").asText()).isEqualTo("documenten/2016-assessment.pdf");
        assertThat(mine.at("/review_document/0").has("content")).as("the PDF is a file, not JSON").isFalse();
        assertThat(data.at("/notifications/0/task_key").asText()).isEqualTo("selfAssessment");
        assertThat(data.at("/mails/0/status").asText()).isEqualTo("SENT");
        assertThat(data.get("auditEntries").findValuesAsText("action")).contains("EMPLOYEE_CHANGED");
        assertThat(new String(files.get(PersonalDataExport.JSON))).doesNotContain("Afspraak van een ander");

        assertThat(audit.latest("privacy.inzage.download")).first().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("p440201");
            assertThat(entry.subjectEmployeeId()).isEqualTo(me);
            assertThat(entry.detail()).isEqualTo("1 reviews, 1 documents");
        });
    }

    @Test
    void shouldRefuseSomeoneWhoIsNotLoggedIn() {
        assertThatThrownBy(() -> export.writeMine(new ByteArrayOutputStream()))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
