package nl.gesprekscyclus.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.gesprekscyclus.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * Walks the audit seal chain from its first link and recomputes every hash: finds an entry that was changed, an
 * entry or a link that was deleted, and an entry that was never sealed (written behind the sealer's back, or the
 * sealer stopped). Runs every night (the result and the chain's head hash go to the log; a break at ERROR) and on
 * demand from the Audit screen; the last result is shown there.
 *
 * <p>What it cannot see on its own: someone who deletes the newest entries before they are sealed, or the newest
 * entries together with their links and the head row, or who rewrites the chain from a changed entry onward (the
 * hash has no secret). Those show only against a head hash kept outside the database: the nightly log line.
 */
@Component
public class AuditChainCheck {

    private static final Logger log = LoggerFactory.getLogger(AuditChainCheck.class);

    /** An entry older than this without a link is reported: the sealer seals within a minute of the commit. */
    static final Duration UNSEALED_GRACE = AuditSealer.LONGEST_TRANSACTION.plusMinutes(10);
    private static final int PAGE = 5000;
    private static final int MAX_LISTED = 50;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AuditSealer sealer;
    private volatile ChainReport last;

    AuditChainCheck(JdbcTemplate jdbc, Clock clock, AuditSealer sealer) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.sealer = sealer;
    }

    /** The result of the last check on this node, if one ran since it started. */
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.HR + "')")
    public Optional<ChainReport> lastReport() {
        return Optional.ofNullable(last);
    }

    /** Seals what is waiting, then checks the whole chain (the functioneel beheerder's button). */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public ChainReport sealAndCheckNow() {
        sealer.sealNow();
        return run();
    }

    /** Checks, remembers and logs the result. */
    ChainReport run() {
        ChainReport report = check();
        last = report;
        if (report.intact()) {
            log.info("Audit trail intact: {} links, head {} hash {}, sealed through {}", report.links(),
                    report.headSeq(), report.headHash(), report.intactThrough());
        } else {
            log.error("Audit trail BROKEN: {} problem(s), first {}; intact through {}; {} links, head {} hash {}",
                    report.problemCount(), report.problems().get(0), report.intactThrough(), report.links(),
                    report.headSeq(), report.headHash());
        }
        return report;
    }

    ChainReport check() {
        Instant now = clock.instant();
        // the head first: a sealer appending during the walk only makes the chain longer than the head read here
        long headSeq = jdbc.queryForObject("select seq from audit_seal_head where id = 1", Long.class);
        Walk walk = new Walk();
        long after = 0;
        while (true) {
            List<Link> page = jdbc.query("select s.seq, s.entry_id, s.previous_hash, s.hash, s.sealed_at, "
                    + AuditChain.ENTRY_COLUMNS + " from audit_seal s left join audit_event e on e.id = s.entry_id"
                    + " where s.seq > ? order by s.seq limit " + PAGE, (rs, n) -> {
                        AuditChain.Entry entry = rs.getObject("id") == null ? null : AuditChain.Entry.read(rs);
                        return new Link(rs.getLong("seq"), rs.getLong("entry_id"), rs.getString("previous_hash"),
                                rs.getString("hash"), rs.getObject("sealed_at", OffsetDateTime.class).toInstant(),
                                entry);
                    }, after);
            page.forEach(walk::next);
            if (page.size() < PAGE) {
                break;
            }
            after = page.get(page.size() - 1).seq();
        }
        if (walk.seq < headSeq) {
            walk.problem(new ChainReport.Problem(ChainReport.Kind.TAIL_MISSING, headSeq, null, null));
        }
        OffsetDateTime graceEnd = now.minus(UNSEALED_GRACE).atOffset(ZoneOffset.UTC);
        jdbc.query("select e.id, e.occurred_at from audit_event e where e.occurred_at < ?"
                + " and not exists (select 1 from audit_seal s where s.entry_id = e.id) order by e.id",
                rs -> {
                    walk.problem(new ChainReport.Problem(ChainReport.Kind.UNSEALED, 0, rs.getLong("id"),
                            rs.getObject("occurred_at", OffsetDateTime.class).toInstant()));
                }, graceEnd);
        return new ChainReport(now, walk.links, walk.intactThrough, walk.seq, walk.hash, List.copyOf(walk.listed),
                walk.problems);
    }

    private record Link(long seq, long entryId, String previousHash, String hash, Instant sealedAt,
            AuditChain.Entry entry) {
    }

    /** The state of the walk: where the chain stands, and what was wrong so far. */
    private static final class Walk {
        long links;
        long seq;
        String hash = AuditChain.GENESIS;
        Instant intactThrough;
        boolean broken;
        long problems;
        final List<ChainReport.Problem> listed = new ArrayList<>();

        void next(Link link) {
            links++;
            if (link.seq() != seq + 1) {
                problem(new ChainReport.Problem(ChainReport.Kind.LINKS_MISSING, link.seq(), null, link.sealedAt()));
            } else if (!link.previousHash().equals(hash)) {
                problem(new ChainReport.Problem(ChainReport.Kind.LINK_CHANGED, link.seq(), link.entryId(),
                        link.sealedAt()));
            }
            if (link.entry() == null) {
                problem(new ChainReport.Problem(ChainReport.Kind.ENTRY_DELETED, link.seq(), link.entryId(),
                        link.sealedAt()));
            } else if (!AuditChain.linkHash(link.previousHash(), link.seq(), link.entry()).equals(link.hash())) {
                problem(new ChainReport.Problem(ChainReport.Kind.ENTRY_CHANGED, link.seq(), link.entryId(),
                        link.sealedAt()));
            }
            if (!broken) {
                intactThrough = link.sealedAt();
            }
            // go on from the link as stored, so that each later break is reported where it is
            seq = link.seq();
            hash = link.hash();
        }

        void problem(ChainReport.Problem problem) {
            if (problem.kind() != ChainReport.Kind.UNSEALED && !broken) {
                broken = true;
            }
            problems++;
            if (listed.size() < MAX_LISTED) {
                listed.add(problem);
            }
        }
    }
}
