package nl.gesprekscyclus.review;

/**
 * The function a signature was given on, by name: what the signed document shows next to the codes, so that the
 * signature's hash covers it too. {@code functionBook} names the book version the codes are read from.
 */
record SignedFunction(String jobTitle, String jobProfile, String functionBook) {
}
