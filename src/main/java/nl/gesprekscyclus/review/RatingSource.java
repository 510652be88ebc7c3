package nl.gesprekscyclus.review;

/** Who gave a rating or score: the employee about themselves, an informant (input only), or the manager. */
public enum RatingSource {
    SELF, INFORMANT, MANAGER
}
