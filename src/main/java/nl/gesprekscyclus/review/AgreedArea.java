package nl.gesprekscyclus.review;

/**
 * The resultaatgebied a result agreement version was saved under, as it was then: its code, its name, and the
 * normfunctie and book version the name comes from. Kept on the agreement, so that a later function change (whose
 * profile may have its own "RG1") or a new book version never renames what was agreed.
 */
record AgreedArea(String code, String name, String profileCode, Long bookVersionId) {
}
