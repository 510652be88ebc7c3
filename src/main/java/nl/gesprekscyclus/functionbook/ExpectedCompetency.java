package nl.gesprekscyclus.functionbook;

/** A competency of a profile or module with the level expected on the book's scale. */
public record ExpectedCompetency(String competency, String level) {
}
