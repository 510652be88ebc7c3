package nl.gesprekscyclus.feedback;

/**
 * A colleague's answer on one item of the request.
 *
 * @param level the observed level's code (competencies only), or null
 */
public record FeedbackAnswerData(long itemId, String level, String text) {
}
