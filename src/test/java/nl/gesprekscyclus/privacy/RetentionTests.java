package nl.gesprekscyclus.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.test_support.DatabaseTest;
import nl.gesprekscyclus.test_support.ProcessDriver;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reviews closed more than five years ago are deleted with everything in them, the signed PDFs included; a review
 * closed last year stays; the deletion shows in the audit trail. Runs on H2 and PostgreSQL (the documents'
 * trigger differs per database).
 */
@DatabaseTest
@Import({ProcessDriver.class, PrivacyFixture.class})
class RetentionTests {

    @Autowired
    Retention retention;
    @Autowired
    PrivacyFixture fixture;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    HistoryService history;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;

    @Test
    void shouldDeleteAReviewClosedIn2018AndKeepOneClosedLastYear() {
        long old = fixture.closedReview(fixture.employee("440301", "Oud"), 2018,
                Instant.parse("2018-12-20T10:00:00Z"), "Afspraak uit 2018", PrivacyFixture.pdf("2018"));
        long recent = fixture.closedReview(fixture.employee("440302", "Recent"), 2018,
                ZonedDateTime.now().minusYears(1).toInstant(), "Afspraak van vorig jaar", PrivacyFixture.pdf("recent"));
        assertThat(fixture.rowsOf(old)).contains(1);

        assertThat(retention.deleteExpiredReviews()).contains(old).doesNotContain(recent);

        assertThat(fixture.rowsOf(old)).as("every table of the 2018 review").containsOnly(0);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where dedup_key = ?", Integer.class,
                "privacy-mail-" + old)).isZero();
        assertThat(fixture.rowsOf(recent)).as("last year's review is kept whole")
                .containsExactlyElementsOf(fixture.rowsOfExpectedForAFixtureReview());
        assertThat(audit.latest("retention.delete")).anySatisfy(entry -> {
            assertThat(entry.record()).isEqualTo("review " + old);
            assertThat(entry.actor()).isEqualTo("(system)");
            assertThat(entry.outcome()).isEqualTo(AuditTrail.SUCCESS);
            assertThat(entry.detail()).contains("review year 2018").contains("retention 5 years");
        }).noneSatisfy(entry -> assertThat(entry.record()).isEqualTo("review " + recent));
    }

    /** Check-ins (issue 19) are part of the review: their shared part, actions and private notes expire with it. */
    @Test
    void shouldDeleteTheCheckInsOfAnExpiredReviewWithTheirPrivateNotesAndKeepThoseOfAReviewStillKept() {
        long oldEmployee = fixture.employee("440306", "Gesprek oud");
        long recentEmployee = fixture.employee("440307", "Gesprek recent");
        long old = fixture.closedReview(oldEmployee, 2018, Instant.parse("2018-12-22T10:00:00Z"), "Afspraak",
                PrivacyFixture.pdf("2018-checkin"));
        long recent = fixture.closedReview(recentEmployee, 2018, ZonedDateTime.now().minusYears(1).toInstant(),
                "Afspraak", PrivacyFixture.pdf("recent-checkin"));
        fixture.checkIn(old, oldEmployee, 2018);
        fixture.checkIn(recent, recentEmployee, 2018);

        assertThat(retention.deleteExpiredReviews()).contains(old).doesNotContain(recent);

        for (String table : List.of("check_in", "check_in_entry", "check_in_agreement", "check_in_action",
                "check_in_private_note")) {
            assertThat(countIn(table, old)).as(table + " of the 2018 review").isZero();
            assertThat(countIn(table, recent)).as(table + " of last year's review").isOne();
        }
        assertThat(jdbc.queryForObject("select count(*) from check_in_private_note where writer_id = ?",
                Integer.class, oldEmployee)).as("no private note outlives its review").isZero();
    }

    private int countIn(String table, long reviewId) {
        return jdbc.queryForObject("select count(*) from " + table + " where review_id = ?", Integer.class, reviewId);
    }

    @Test
    void shouldDeleteTheEnginesHistoryOfAReviewWithTheReviewAndKeepThatOfAReviewStillKept() {
        long old = fixture.closedReview(fixture.employee("440304", "Geschiedenis"), 2018,
                Instant.parse("2018-12-21T10:00:00Z"), "Afspraak", PrivacyFixture.pdf("2018-history"));
        long recent = fixture.closedReview(fixture.employee("440305", "Nog bewaard"), 2018,
                ZonedDateTime.now().minusYears(1).toInstant(), "Afspraak", PrivacyFixture.pdf("recent-history"));
        String oldKey = processKey(old);
        String recentKey = processKey(recent);
        // what the engine keeps of a finished review: which step was done by whom and when, under its business key
        endedProcessUnder(oldKey);
        endedProcessUnder(oldKey);
        endedProcessUnder(recentKey);

        assertThat(retention.deleteExpiredReviews()).contains(old).doesNotContain(recent);

        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(oldKey).count())
                .as("whatever time to live the models carry, the history goes with the review").isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(recentKey).count()).isOne();
        assertThat(audit.latest("retention.delete")).anySatisfy(entry -> {
            assertThat(entry.record()).isEqualTo("review " + old);
            assertThat(entry.detail()).contains("engine history of 2 process instance(s)");
        });
    }

    private String processKey(long reviewId) {
        return jdbc.queryForObject("select process_key from review where id = ?", String.class, reviewId);
    }

    /** A process that starts and ends at once under this business key, as a finished review's phases have. */
    private void endedProcessUnder(String businessKey) {
        if (repository.createProcessDefinitionQuery().processDefinitionKey("retentionProbe").count() == 0) {
            repository.createDeployment().name("retention probe").addModelInstance("retention-probe.bpmn",
                    Bpmn.createExecutableProcess("retentionProbe").camundaHistoryTimeToLive(1826).startEvent()
                            .endEvent().done()).deploy();
        }
        runtime.startProcessInstanceByKey("retentionProbe", businessKey);
    }

    @Test
    void shouldStillRefuseToDeleteOrChangeADocumentOutsideTheRetentionPath() {
        long review = fixture.closedReview(fixture.employee("440303", "Bewaard"), 2019,
                ZonedDateTime.now().minusMonths(3).toInstant(), "Afspraak", PrivacyFixture.pdf("kept"));

        assertThatThrownBy(() -> jdbc.update("delete from review_document where review_id = ?", review))
                .hasMessageContaining("immutable");
        assertThatThrownBy(() -> jdbc.update("update review_document set kind = 'AGREEMENTS' where review_id = ?",
                review)).hasMessageContaining("immutable");
        assertThat(jdbc.queryForObject("select count(*) from review_document where review_id = ?", Integer.class,
                review)).isOne();
    }

    /** A table added later with a foreign key to review must be in ReviewTables, or retention would fail on it. */
    @Test
    void shouldKnowEveryTableThatPointsAtAReview() throws Exception {
        Set<String> pointing = new HashSet<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            String review = meta.storesUpperCaseIdentifiers() ? "REVIEW" : "review";
            try (ResultSet keys = meta.getExportedKeys(null, null, review)) {
                while (keys.next()) {
                    pointing.add(keys.getString("FKTABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        Set<String> known = new HashSet<>(ReviewTables.CONTENT);
        known.add(ReviewTables.DOCUMENTS);
        assertThat(pointing).isNotEmpty();
        assertThat(known).containsAll(pointing);
    }
}
