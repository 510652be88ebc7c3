package nl.gesprekscyclus.review;

import java.util.Optional;

/**
 * What a calibration session (issue 20, item 2) has to say about a review's overall judgement before it is handed
 * over: a proposal the manager has not decided on yet, or the judgement they confirmed. The assessment stays the
 * manager's: they write the judgement themselves, and this only keeps them from handing over past an open proposal
 * or past what they confirmed. Implemented by the calibration feature; the review does not know sessions.
 */
public interface CalibratedJudgements {

    /** The state of the calibration of one review's judgement. */
    record Calibrated(boolean undecided, String confirmedJudgement) {
    }

    /** Empty when no session proposed anything for this review, or every proposal was declined. */
    Optional<Calibrated> of(long reviewId);
}
