package nl.gesprekscyclus.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.cycle.FeedbackSettings;
import org.junit.jupiter.api.Test;

/** The rules of a feedback request and an answer, each refusal on its own (docs/feedback.md). */
class FeedbackRulesTests {

    static final LocalDate TODAY = LocalDate.of(2068, 5, 10);
    static final Set<String> COMPETENCIES = Set.of("Samenwerken", "Klantgerichtheid");
    static final Set<String> AGREEMENTS = Set.of("lineage-1");
    static final FeedbackRules.Parties PARTIES = new FeedbackRules.Parties(1L, 1L, 2L);
    static final FeedbackSettings SETTINGS = new FeedbackSettings(8, 3);
    static final Map<Long, FeedbackRules.Colleague> PEOPLE = new HashMap<>();

    static {
        PEOPLE.put(1L, new FeedbackRules.Colleague("Wies Werknemer", true));
        PEOPLE.put(2L, new FeedbackRules.Colleague("Lotte Leider", true));
        PEOPLE.put(9L, new FeedbackRules.Colleague("Vera Vertrokken", false));
        LongStream.rangeClosed(10, 20).forEach(i -> PEOPLE.put(i, new FeedbackRules.Colleague("Collega " + i, true)));
    }

    private static FeedbackRequestData request(List<FeedbackRequestData.Item> items, LocalDate due, Boolean anonymous,
            List<Long> askees) {
        return new FeedbackRequestData(items, "Hoe werkt zij samen?", due, anonymous, askees);
    }

    private static List<FeedbackRequestData.Item> competency() {
        return List.of(new FeedbackRequestData.Item(FeedbackItemKind.COMPETENCY, "Samenwerken"));
    }

    private static List<String> check(FeedbackRequestData data) {
        return FeedbackRules.check(data, 2068, TODAY, COMPETENCIES, AGREEMENTS, PARTIES, PEOPLE, SETTINGS).stream()
                .map(v -> v.field() + " " + v.messageKey()).toList();
    }

    @Test
    void shouldAcceptANamedRequestToOneColleagueAndAnAnonymousOneToThree() {
        assertThat(check(request(competency(), TODAY, false, List.of(10L)))).isEmpty();
        assertThat(check(request(List.of(new FeedbackRequestData.Item(FeedbackItemKind.AGREEMENT, "lineage-1")),
                LocalDate.of(2068, 12, 31), true, List.of(10L, 11L, 12L)))).isEmpty();
    }

    @Test
    void shouldRefuseAskingOneselfTheEmployeeTheManagerSomeoneWhoLeftOrUnknownOrTwice() {
        FeedbackRules.Parties managerAsks = new FeedbackRules.Parties(2L, 1L, 2L);
        assertThat(FeedbackRules.check(request(competency(), TODAY, false, List.of(2L, 1L)), 2068, TODAY,
                COMPETENCIES, AGREEMENTS, managerAsks, PEOPLE, SETTINGS)).extracting(Violation::messageKey)
                .containsExactly("feedback.askee.self", "feedback.askee.employee");
        assertThat(check(request(competency(), TODAY, false, List.of(1L)))).containsExactly("askees feedback.askee.self");
        assertThat(check(request(competency(), TODAY, false, List.of(2L, 9L, 99L, 10L, 10L)))).containsExactly(
                "askees feedback.askee.manager", "askees feedback.askee.left", "askees feedback.askee.unknown",
                "askees feedback.askee.twice");
        assertThat(FeedbackRules.check(request(competency(), TODAY, false, List.of(9L)), 2068, TODAY, COMPETENCIES,
                AGREEMENTS, PARTIES, PEOPLE, SETTINGS).get(0).message(java.util.Locale.forLanguageTag("nl")))
                .isEqualTo("Vera Vertrokken is niet meer in dienst en kan geen feedback geven.");
    }

    @Test
    void shouldRefuseMoreThanTheMaximumNoneAndFewerThanTheAnonymousMinimum() {
        assertThat(check(request(competency(), TODAY, false, LongStream.rangeClosed(10, 18).boxed().toList())))
                .containsExactly("askees feedback.askees.tooMany");
        assertThat(check(request(competency(), TODAY, false, LongStream.rangeClosed(10, 17).boxed().toList())))
                .isEmpty();
        assertThat(check(request(competency(), TODAY, false, List.of()))).containsExactly(
                "askees feedback.askees.required");
        assertThat(check(request(competency(), TODAY, true, List.of(10L, 11L)))).containsExactly(
                "askees feedback.askees.tooFewAnonymous");
        assertThat(FeedbackRules.check(request(competency(), TODAY, false, List.of(10L, 11L, 12L)), 2068, TODAY,
                COMPETENCIES, AGREEMENTS, PARTIES, PEOPLE, new FeedbackSettings(2, 2))).extracting(Violation::messageKey)
                .containsExactly("feedback.askees.tooMany");
    }

    @Test
    void shouldRefuseADueDateInThePastOrAfterTheReviewYearOrMissing() {
        assertThat(check(request(competency(), TODAY.minusDays(1), false, List.of(10L))))
                .containsExactly("dueOn feedback.due.past");
        assertThat(check(request(competency(), LocalDate.of(2069, 1, 1), false, List.of(10L))))
                .containsExactly("dueOn feedback.due.afterYear");
        assertThat(check(request(competency(), null, false, List.of(10L)))).containsExactly("dueOn feedback.due.required");
    }

    @Test
    void shouldRefuseNoItemsAnItemOfAnotherReviewTwiceAndNoChoiceOfNamedOrAnonymous() {
        assertThat(check(request(List.of(), TODAY, false, List.of(10L)))).containsExactly("items feedback.items.required");
        assertThat(check(request(List.of(new FeedbackRequestData.Item(FeedbackItemKind.COMPETENCY, "Vliegen"),
                new FeedbackRequestData.Item(FeedbackItemKind.AGREEMENT, "Samenwerken"),
                new FeedbackRequestData.Item(FeedbackItemKind.COMPETENCY, "Samenwerken"),
                new FeedbackRequestData.Item(FeedbackItemKind.COMPETENCY, "Samenwerken")), TODAY, false, List.of(10L))))
                .containsExactly("items feedback.item.unknown", "items feedback.item.unknown",
                        "items feedback.item.twice");
        assertThat(check(request(competency(), TODAY, null, List.of(10L)))).containsExactly(
                "anonymous feedback.anonymous.required");
        assertThat(check(new FeedbackRequestData(competency(), " ", TODAY, false, List.of(10L))))
                .containsExactly("question field.required");
    }

    @Test
    void shouldWantEveryItemAnsweredWithALevelOfTheScaleOnlyOnACompetencyOrAText() {
        Map<Long, FeedbackItemKind> items = Map.of(1L, FeedbackItemKind.COMPETENCY, 2L, FeedbackItemKind.AGREEMENT);
        Set<String> levels = Set.of("A", "B", "C");
        assertThat(FeedbackRules.checkAnswer(List.of(new FeedbackAnswerData(1, "B", null),
                new FeedbackAnswerData(2, null, "Goed gedaan")), items, levels)).isEmpty();
        assertThat(FeedbackRules.checkAnswer(List.of(new FeedbackAnswerData(1, "Z", "tekst"),
                new FeedbackAnswerData(2, "A", null), new FeedbackAnswerData(3, null, "ander verzoek")), items, levels))
                .extracting(v -> v.field() + " " + v.messageKey()).containsExactly("level.1 feedback.answer.levelUnknown",
                        "level.2 feedback.answer.levelUnknown", "answers feedback.answer.itemUnknown");
        assertThat(FeedbackRules.checkAnswer(List.of(new FeedbackAnswerData(1, null, " ")), items, levels))
                .extracting(v -> v.field() + " " + v.messageKey())
                .containsExactly("answer.1 feedback.answer.empty", "answer.2 feedback.answer.empty");
        assertThat(FeedbackRules.checkDecline(null)).isEmpty();
        assertThat(FeedbackRules.checkDecline("x".repeat(FeedbackRules.MAX_REASON + 1))).extracting(Violation::messageKey)
                .containsExactly("field.too-long");
    }
}
