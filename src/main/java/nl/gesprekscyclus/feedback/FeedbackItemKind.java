package nl.gesprekscyclus.feedback;

/** What a feedback item is about: a competency the review rates, or one of its result agreements. */
public enum FeedbackItemKind {
    COMPETENCY,
    AGREEMENT
}
