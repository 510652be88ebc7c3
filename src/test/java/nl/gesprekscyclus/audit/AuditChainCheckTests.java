package nl.gesprekscyclus.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.gesprekscyclus.test_support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tamper evidence: the sealer chains every committed entry, also one that commits after a later one; the check
 * finds an entry changed, an entry deleted with or without its link, the newest links cut off, and an entry written
 * behind the sealer's back, each done with the owner's means around the append-only trigger ({@link AuditTampering}).
 * On H2 and PostgreSQL.
 */
@DatabaseTest
class AuditChainCheckTests {

    @Autowired
    AuditTrail audit;
    @Autowired
    AuditSealer sealer;
    @Autowired
    AuditChainCheck check;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    @Test
    void shouldSealEveryEntryOnceAlsoOneThatCommitsAfterALaterOne() throws Exception {
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        // a long piece of work writes its entry first and commits last
        CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> tx.executeWithoutResult(s -> {
            audit.record("chaintest", "chaintest.slow", "record", null, AuditTrail.SUCCESS, null, null);
            written.countDown();
            try {
                commit.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
        audit.record("chaintest", "chaintest.quick", "record", null, AuditTrail.SUCCESS, null, null);
        sealer.sealNow();
        long slowId;
        long quickId = audit.latest("chaintest.quick").get(0).id();
        assertThat(linkOf(quickId)).isNotNull();
        commit.countDown();
        slow.get(30, TimeUnit.SECONDS);
        slowId = audit.latest("chaintest.slow").get(0).id();
        assertThat(slowId).isLessThan(quickId);

        sealer.sealNow();

        assertThat(linkOf(slowId)).isGreaterThan(linkOf(quickId));
        assertThat(jdbc.queryForObject("select count(*) from audit_event e"
                + " where not exists (select 1 from audit_seal s where s.entry_id = e.id)", Long.class)).isZero();
        assertThat(sealer.sealNow()).isZero();
        ChainReport report = check.check();
        assertThat(report.problems()).isEmpty();
        assertThat(report.intact()).isTrue();
        assertThat(report.links()).isEqualTo(jdbc.queryForObject("select count(*) from audit_event", Long.class));
        assertThat(report.headSeq()).isEqualTo(report.links());
    }

    @Test
    void shouldReportAnEntryChangedBehindTheTrigger() {
        long id = sealedEntry("chaintest.change");

        AuditTampering.changeDetail(jdbc, id, "iets anders", () -> {
            ChainReport report = check.check();
            assertThat(report.intact()).isFalse();
            assertThat(report.problems()).singleElement().satisfies(p -> {
                assertThat(p.kind()).isEqualTo(ChainReport.Kind.ENTRY_CHANGED);
                assertThat(p.entryId()).isEqualTo(id);
                assertThat(p.seq()).isEqualTo(linkOf(id));
            });
            assertThat(report.intactThrough()).isBeforeOrEqualTo(sealedAt(id));
        });

        assertThat(check.check().intact()).isTrue();
    }

    @Test
    void shouldReportAnEntryDeletedWithOrWithoutItsLink() {
        long id = sealedEntry("chaintest.delete");
        long seq = linkOf(id);
        sealedEntry("chaintest.after");

        AuditTampering.deleteEntry(jdbc, id, false, () -> assertThat(check.check().problems()).singleElement()
                .satisfies(p -> {
                    assertThat(p.kind()).isEqualTo(ChainReport.Kind.ENTRY_DELETED);
                    assertThat(p.entryId()).isEqualTo(id);
                }));
        AuditTampering.deleteEntry(jdbc, id, true, () -> assertThat(check.check().problems()).singleElement()
                .satisfies(p -> {
                    assertThat(p.kind()).isEqualTo(ChainReport.Kind.LINKS_MISSING);
                    assertThat(p.seq()).isEqualTo(seq + 1);
                }));

        assertThat(check.check().intact()).isTrue();
    }

    @Test
    void shouldReportTheNewestEntriesDeletedWithTheirLinks() {
        long id = sealedEntry("chaintest.newest");
        long seq = linkOf(id);

        AuditTampering.deleteEntry(jdbc, id, true, () -> assertThat(check.check().problems()).singleElement()
                .satisfies(p -> {
                    assertThat(p.kind()).isEqualTo(ChainReport.Kind.TAIL_MISSING);
                    assertThat(p.seq()).isEqualTo(seq);
                }));
    }

    /** Below the sealer's floor (here: a negative id) nothing is sealed any more; the check still sees it. */
    @Test
    void shouldReportAnEntryWrittenBehindTheSealersBack() {
        sealer.sealNow();
        Instant threeHoursAgo = Instant.now().minus(3, ChronoUnit.HOURS);

        AuditTampering.insertBehindTheSealersBack(jdbc, -4711, threeHoursAgo, () -> {
            sealer.sealNow();
            assertThat(check.check().problems()).singleElement().satisfies(p -> {
                assertThat(p.kind()).isEqualTo(ChainReport.Kind.UNSEALED);
                assertThat(p.entryId()).isEqualTo(-4711L);
            });
        });
    }

    @Test
    void shouldRefuseToChangeOrDeleteASealLink() {
        sealedEntry("chaintest.link");
        long before = jdbc.queryForObject("select count(*) from audit_seal", Long.class);

        assertThatThrownBy(() -> jdbc.update("update audit_seal set hash = 'x' where seq = 1"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_seal where seq = 1"))
                .hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select count(*) from audit_seal", Long.class)).isEqualTo(before);
    }

    private long sealedEntry(String action) {
        audit.record("chaintest", action, "record", null, AuditTrail.SUCCESS, "10.0.0.1", "detail");
        sealer.sealNow();
        return audit.latest(action).get(0).id();
    }

    private Long linkOf(long entryId) {
        return jdbc.query("select seq from audit_seal where entry_id = ?", rs -> rs.next() ? rs.getLong(1) : null,
                entryId);
    }

    private Instant sealedAt(long entryId) {
        return jdbc.queryForObject("select sealed_at from audit_seal where entry_id = ?",
                (rs, n) -> rs.getObject(1, java.time.OffsetDateTime.class).toInstant(), entryId);
    }
}
