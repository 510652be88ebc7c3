package nl.gesprekscyclus.audit;

import java.time.Instant;
import java.util.List;

/**
 * What {@link AuditChainCheck} found.
 *
 * @param checkedAt when the check ran
 * @param links how many links the chain has
 * @param intactThrough when the last link before the first break was sealed (of the last link when the chain is
 *        whole); null when nothing was sealed before a break, or nothing at all
 * @param headSeq the position of the chain's last link (0 for an empty chain)
 * @param headHash the hash of the chain's last link: written to the log every night, so that a rewritten or cut
 *        chain can be found by comparing with an earlier night's value
 * @param problems the first problems found, in chain order, then the entries never sealed
 * @param problemCount all problems found, also those beyond the list
 */
public record ChainReport(Instant checkedAt, long links, Instant intactThrough, long headSeq, String headHash,
        List<Problem> problems, long problemCount) {

    public boolean intact() {
        return problemCount == 0;
    }

    /**
     * One break.
     *
     * @param seq the position in the chain where it shows (for an unsealed entry: 0)
     * @param entryId the entry concerned, where there is one
     * @param at when the link was sealed, or (unsealed) when the entry was written
     */
    public record Problem(Kind kind, long seq, Long entryId, Instant at) {
    }

    public enum Kind {
        /** The entry differs from what was sealed (or the link's own hash was changed). */
        ENTRY_CHANGED,
        /** The link is there, its entry is not. */
        ENTRY_DELETED,
        /** Positions are missing before this link: links (and usually their entries) were deleted. */
        LINKS_MISSING,
        /** The link does not follow from the one before it: a link was changed or put in. */
        LINK_CHANGED,
        /** The head says the chain is longer than it is: its last links were deleted. */
        TAIL_MISSING,
        /** An entry older than the sealer's grace time has no link: written behind the sealer's back, or it stopped. */
        UNSEALED
    }
}
