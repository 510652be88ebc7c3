package nl.gesprekscyclus.review;

/**
 * What a signature means. AGREE: the employee agrees with the agreements. ASSESS: the manager makes the
 * assessment final. WEIGH: the manager has weighed HR's advice and keeps or changes the assessment as signed.
 * CONSULT: the second assessor has read the assessment and agrees or comments. DECIDE: the manager's decision on a
 * zienswijze. ACKNOWLEDGE: "voor gezien" — the employee has seen the assessment, which is not agreeing with it.
 * SIGN_OFF: whoever the policy names (the manager, the next level, the gemeentesecretaris) fixes the assessment and
 * closes the review. RECORD_DEVELOPMENT: the manager signs the record of the development conversation (a year without
 * assessment, no judgement in it); ACKNOWLEDGE_DEVELOPMENT: the employee signs it as seen, which closes the review.
 */
public enum SignatureKind {
    AGREE, ASSESS, DECIDE, ACKNOWLEDGE, SIGN_OFF, WEIGH, CONSULT, RECORD_DEVELOPMENT, ACKNOWLEDGE_DEVELOPMENT
}
