package nl.gesprekscyclus.review;

/**
 * What a signature means. AGREE: the employee agrees with the agreements. ASSESS: the manager makes the
 * assessment final. DECIDE: the manager's decision on a zienswijze. ACKNOWLEDGE: "voor gezien" — the
 * employee has seen the assessment, which is not agreeing with it. SIGN_OFF: the manager closes the review.
 */
public enum SignatureKind {
    AGREE, ASSESS, DECIDE, ACKNOWLEDGE, SIGN_OFF
}
