package nl.gesprekscyclus.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import nl.gesprekscyclus.privacy.PrivacyFixture;
import nl.gesprekscyclus.test_support.DatabaseTest;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.Login;
import nl.gesprekscyclus.test_support.ProcessDriver;
import nl.gesprekscyclus.test_support.ReviewScenario;
import nl.gesprekscyclus.test_support.TestPeople;
import nl.gesprekscyclus.test_support.TestYears;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The authorization matrix for a review while the employee drafts (src/test/resources/access/
 * review-while-drafting.csv): every service action, for every party, on the real services; plus the same
 * actions on a review id that is not the person's (IDOR). Refused means AccessDeniedException; not-now means
 * the user is told the step is not open and nothing is written.
 */
@DatabaseTest
@Import({ProcessDriver.class, PrivacyFixture.class})
class ReviewAccessMatrixTests {

    static final int YEAR = TestYears.NEXT;
    /** Pieter Hoekstra, coordinated by Jeroen van der Meer, managed by Annemarie Bakker. */
    static final String PIETER = TestPeople.PIETER.personnelNumber();
    static final Map<String, String> LOGIN_OF_PARTY = Map.of("EMPLOYEE", "hoekstra", "COORDINATOR",
            DemoUsers.COORDINATOR, "MANAGER", DemoUsers.MANAGER, "HR", DemoUsers.HR, "OTHER", "dijkstra", "ADMIN",
            DemoUsers.ADMIN);

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    ReviewReadService reading;
    @Autowired
    PlanningService planning;
    @Autowired
    CoordinatorInputService input;
    @Autowired
    ProgressService progress;
    @Autowired
    AssessmentService assessment;
    @Autowired
    AgreementChangeService changes;

    @AfterEach
    void reset() {
        Login.logout();
    }

    record Case(String action, String party, String expected) {
    }

    @Test
    void shouldAllowAndRefuseExactlyWhatTheTableSays() throws IOException {
        long id = startReview();
        Map<String, LongConsumer> actions = actions();
        List<Case> cases = readTable();
        assertThat(cases).extracting(Case::action).allMatch(actions::containsKey);
        assertThat(actions.keySet()).allMatch(a -> cases.stream().anyMatch(c -> c.action().equals(a)));

        List<String> wrong = new ArrayList<>();
        // first everything that must not change anything, then the allowed actions in the table's order
        List<Case> ordered = new ArrayList<>(cases.stream().filter(c -> !c.expected().equals("allowed")).toList());
        ordered.addAll(cases.stream().filter(c -> c.expected().equals("allowed")).toList());
        for (Case c : ordered) {
            Login.as(users, LOGIN_OF_PARTY.get(c.party()));
            String outcome = outcome(() -> actions.get(c.action()).accept(id));
            if (!outcome.equals(c.expected())) {
                wrong.add(c.action() + " by " + c.party() + ": expected " + c.expected() + ", got " + outcome);
            }
        }
        assertThat(wrong).as("cases that differ from the table").isEmpty();
        System.out.printf("authorization matrix: %d cases checked%n", cases.size());
    }

    @Test
    void shouldRefuseEveryActionOnSomeoneElsesReviewIdWhateverTheStep() {
        long id = startReview();
        // a guessed id: the employee's own review id plus one, and an id that does not exist
        for (long tampered : List.of(id + 1, id + 1_000_000)) {
            for (Map.Entry<String, LongConsumer> action : actions().entrySet()) {
                Login.as(users, "hoekstra");
                String outcome = outcome(() -> action.getValue().accept(tampered));
                assertThat(outcome).as(action.getKey() + " on review " + tampered).isIn("refused", "invalid");
            }
        }
    }

    private Map<String, LongConsumer> actions() {
        ResultAgreementData data = new ResultAgreementData("RG1", null, "Beleidsnota", "Vastgesteld",
                LocalDate.of(YEAR, 6, 30), null);
        Map<String, LongConsumer> a = new LinkedHashMap<>();
        a.put("read review", reading::dossier);
        a.put("read agreement history", id -> reading.history(id, "none"));
        a.put("save result agreement", id -> planning.saveResultAgreement(id, null, null, data));
        a.put("submit drafts", planning::submitDrafts);
        a.put("set agreements", planning::setAgreements);
        a.put("agree", planning::agree);
        a.put("disagree", id -> planning.disagree(id, "reden"));
        a.put("give input", id -> input.addInput(id, null, null, "inbreng"));
        a.put("submit input", input::submitInput);
        a.put("reflect", id -> progress.reflect(id, "none", ProgressStatus.ON_TRACK, null));
        a.put("record progress conversation", id -> progress.recordConversation(id, LocalDate.now(), "verslag"));
        a.put("score agreement", id -> assessment.scoreAgreement(id, "none", "behaald", null));
        a.put("rate competency", id -> assessment.rateCompetency(id, "visie", "B", null));
        a.put("write assessment", id -> assessment.writeAssessment(id, "goed", "redenen"));
        a.put("give hr advice", id -> assessment.giveHrAdvice(id, "advies"));
        a.put("respond", id -> assessment.respond(id, "zienswijze", false));
        a.put("decide on response", id -> assessment.decideOnResponse(id, false, null, "redenen"));
        a.put("acknowledge", assessment::acknowledge);
        a.put("sign off", assessment::signOff);
        a.put("propose change", id -> changes.propose(id, new AgreementChangeProposal(List.of(
                new AgreementChangeProposal.ResultAgreementChange(null, data)), List.of()), "reden"));
        return a;
    }

    private static String outcome(Runnable action) {
        try {
            action.run();
            return "allowed";
        } catch (AccessDeniedException e) {
            return "refused";
        } catch (TaskNotOpenException e) {
            return "not-now";
        } catch (ReviewClosedException e) {
            return "closed";
        } catch (ReviewValidationException e) {
            return "invalid";
        }
    }

    private static List<Case> readTable() throws IOException {
        try (InputStream in = ReviewAccessMatrixTests.class.getResourceAsStream("/access/review-while-drafting.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            String[] parties = lines.get(0).split(";");
            List<Case> cases = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(";");
                for (int i = 1; i < cells.length; i++) {
                    cases.add(new Case(cells[0], parties[i], cells[i]));
                }
            }
            return cases;
        }
    }

    private long startReview() {
        return ReviewScenario.of(context, TestPeople.PIETER).inYear(YEAR).started().id();
    }
}
