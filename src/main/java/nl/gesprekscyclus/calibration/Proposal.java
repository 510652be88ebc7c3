package nl.gesprekscyclus.calibration;

import java.time.Instant;

/** A judgement proposal as screens and the inzage show it; status PROPOSED, CONFIRMED or DECLINED. */
public record Proposal(long id, long sessionId, long reviewId, String oldJudgement, String proposedJudgement,
        String reason, String proposedBy, Instant proposedAt, String status, String decidedBy, String decisionReason,
        Instant decidedAt) {
}
