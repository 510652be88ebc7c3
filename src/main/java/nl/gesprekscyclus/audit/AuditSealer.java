package nl.gesprekscyclus.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals committed audit entries after the fact: appends a link per entry not yet sealed to the chain in
 * {@code audit_seal} (V13, {@link AuditChain}). Runs every minute on each node and on demand.
 *
 * <p>Why after the fact: an entry is written inside the work's own transaction, many of those run at once, and
 * they commit out of id order. Chaining at write time would make every audited transaction wait for one chain
 * head, serialising the whole application. The sealer alone locks the head row ({@code audit_seal_head}), so two
 * nodes append one after the other and never fork the chain, while writers of entries never wait for it.
 *
 * <p>Where it looks: an entry below the head's floor is sealed already; above it, the sealer seals every entry that
 * has no link yet, in id order. The floor only moves past entries older than {@link #LONGEST_TRANSACTION}: an
 * entry with a lower id than a sealed one may still be inside a transaction that has not committed, but not one
 * that began that long ago. (That assumes the nodes' clocks agree to well within that time.)
 */
@Component
public class AuditSealer {

    /** The longest a transaction that writes audit entries is assumed to stay open. */
    static final Duration LONGEST_TRANSACTION = Duration.ofHours(1);
    static final int BATCH = 1000;
    /**
     * A run stops after this many batches: the first run on a large existing trail catches up over several runs
     * instead of holding the scheduler's one thread (which the mail sender shares) for minutes.
     */
    static final int MAX_BATCHES_PER_RUN = 50;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final TransactionTemplate eachBatch;

    AuditSealer(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.eachBatch = new TransactionTemplate(transactions);
        this.eachBatch.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Seals what is committed and not yet sealed (at most {@link #MAX_BATCHES_PER_RUN} batches); how many. */
    public int sealNow() {
        int sealed = 0;
        for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
            Integer done = eachBatch.execute(status -> sealBatch());
            sealed += done;
            if (done < BATCH) {
                break;
            }
        }
        return sealed;
    }

    private int sealBatch() {
        Head head = jdbc.queryForObject("select seq, hash, floor_entry_id from audit_seal_head where id = 1 for update",
                (rs, n) -> new Head(rs.getLong("seq"), rs.getString("hash"), rs.getLong("floor_entry_id")));
        List<AuditChain.Entry> entries = jdbc.query("select " + AuditChain.ENTRY_COLUMNS + " from audit_event e"
                + " where e.id > ? and not exists (select 1 from audit_seal s where s.entry_id = e.id)"
                + " order by e.id limit " + BATCH, (rs, n) -> AuditChain.Entry.read(rs), head.floor());
        Instant now = clock.instant();
        OffsetDateTime sealedAt = now.atOffset(ZoneOffset.UTC);
        long seq = head.seq();
        String hash = head.hash();
        List<Object[]> links = new ArrayList<>(entries.size());
        for (AuditChain.Entry entry : entries) {
            seq++;
            String next = AuditChain.linkHash(hash, seq, entry);
            links.add(new Object[] {seq, entry.id(), hash, next, sealedAt});
            hash = next;
        }
        jdbc.batchUpdate("insert into audit_seal (seq, entry_id, previous_hash, hash, sealed_at) values (?, ?, ?, ?, ?)",
                links);
        long floor = head.floor();
        if (entries.size() < BATCH) {
            // everything committed above the floor is sealed now; what began long enough ago is settled
            Long settled = jdbc.queryForObject("select max(id) from audit_event where id > ? and occurred_at < ?",
                    Long.class, head.floor(), now.minus(LONGEST_TRANSACTION).atOffset(ZoneOffset.UTC));
            floor = settled == null ? floor : settled;
        }
        jdbc.update("update audit_seal_head set seq = ?, hash = ?, floor_entry_id = ? where id = 1", seq, hash, floor);
        return entries.size();
    }

    private record Head(long seq, String hash, long floor) {
    }
}
