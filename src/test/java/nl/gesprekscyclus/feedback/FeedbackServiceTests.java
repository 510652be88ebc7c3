package nl.gesprekscyclus.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.gesprekscyclus.auditsearch.AuditQuery;
import nl.gesprekscyclus.auditsearch.AuditSearch;
import nl.gesprekscyclus.base.i18n.Messages;
import nl.gesprekscyclus.monitoring.MonitoringScope;
import nl.gesprekscyclus.monitoring.MonitoringService;
import nl.gesprekscyclus.privacy.PersonalDataExport;
import nl.gesprekscyclus.review.DossierOpenings;
import nl.gesprekscyclus.test_support.AccessProbe;
import nl.gesprekscyclus.test_support.DatabaseTest;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.FeedbackPeople;
import nl.gesprekscyclus.test_support.InzageZip;
import nl.gesprekscyclus.test_support.Login;
import nl.gesprekscyclus.test_support.MatrixPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Feedback from colleagues on the real services (issue 19, item 2): bad requests refused in Dutch with nothing stored
 * or sent; anonymous answers hidden below the minimum and, from it, shown only aggregated, tied to their givers by no
 * service result, inzage download of the asked employee or audit search (the giver's own inzage has them); named
 * answers and a decline; every relation let in or refused. The matrix employee's review of 2068, with the application's
 * own clock (a due date in 2068 is in the future).
 */
@DatabaseTest
class FeedbackServiceTests {

    static final int YEAR = 2068;
    static final LocalDate DUE = LocalDate.of(YEAR, 6, 1);
    static final String REASON = "Klacht over de feedback onderzoeken op verzoek van de medewerker";

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    FeedbackService feedback;
    @Autowired
    PersonalDataExport export;
    @Autowired
    AuditSearch auditSearch;
    @Autowired
    DossierOpenings openings;
    @Autowired
    MonitoringService monitoring;
    @Autowired
    JdbcTemplate jdbc;

    long reviewId;
    FeedbackOverview.Option competency;

    @BeforeEach
    void review() {
        FeedbackPeople.ensure(context);
        reviewId = MatrixPeople.review(context, YEAR, MatrixPeople.EMPLOYEE_NUMBER);
        as("EMPLOYEE");
        competency = feedback.of(reviewId).options().stream().filter(o -> o.kind() == FeedbackItemKind.COMPETENCY)
                .findFirst().orElseThrow();
        Login.logout();
    }

    @AfterEach
    void logout() {
        Login.logout();
    }

    private void as(String party) {
        Login.as(users, MatrixPeople.LOGIN.get(party));
    }

    private long id(String number) {
        return FeedbackPeople.id(context, number);
    }

    private FeedbackRequestData request(String question, boolean anonymous, List<String> numbers) {
        return new FeedbackRequestData(List.of(new FeedbackRequestData.Item(competency.kind(), competency.subject())),
                question, DUE, anonymous, numbers.stream().map(this::id).toList());
    }

    private FeedbackOverview.Request find(long requestId) {
        return feedback.of(reviewId).requests().stream().filter(r -> r.id() == requestId).findFirst().orElseThrow();
    }

    /** Logs in as the colleague and answers the request with this text and the scale's highest level. */
    private void answer(String login, long requestId, String text) {
        Login.as(users, login);
        GivingRequest g = feedback.mine().stream().filter(m -> m.status() == AskeeStatus.OPEN
                && m.question().endsWith("#" + requestId)).findFirst().orElseThrow();
        feedback.answer(g.askeeId(), g.items().stream().map(i -> new FeedbackAnswerData(i.id(),
                i.kind() == FeedbackItemKind.COMPETENCY ? g.levels().get(0).code() : null, text)).toList());
    }

    /** Asks and tags the question with the request's id, so each colleague finds this request among theirs. */
    private long ask(boolean anonymous, List<String> numbers) {
        long id = feedback.ask(reviewId, request("Hoe ervaart u de samenwerking?", anonymous, numbers));
        jdbc.update("update feedback_request set question = ? where id = ?", "Hoe ervaart u de samenwerking? #" + id,
                id);
        return id;
    }

    private long rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    @Test
    void shouldRefuseBadRequestsInDutchAndStoreOrSendNothing() {
        as("EMPLOYEE");
        long requests = rows("feedback_request");
        long askees = rows("feedback_askee");
        long notifications = rows("notification");
        Map<FeedbackRequestData, String> bad = new LinkedHashMap<>();
        bad.put(request("Vraag", false, List.of(MatrixPeople.EMPLOYEE_NUMBER)),
                "U kunt uzelf niet om feedback vragen.");
        bad.put(request("Vraag", false, List.of(FeedbackPeople.NAMED.get(0), FeedbackPeople.LEFT)),
                "Vera Vertrokken is niet meer in dienst en kan geen feedback geven.");
        bad.put(request("Vraag", false, List.of(MatrixPeople.MANAGER_NUMBER)),
                "Lotte Leider is de leidinggevende in deze gesprekscyclus en beoordeelt zelf; vraag collega's.");
        List<String> nine = new ArrayList<>(FeedbackPeople.ANONYMOUS);
        nine.addAll(FeedbackPeople.NAMED);
        nine.add("420005");
        nine.add("420006");
        bad.put(request("Vraag", false, nine), "U kunt hoogstens 8 collega's om feedback vragen.");
        bad.put(new FeedbackRequestData(List.of(new FeedbackRequestData.Item(competency.kind(), competency.subject())),
                "Vraag", LocalDate.now().minusDays(1), false, List.of(id(FeedbackPeople.NAMED.get(0)))),
                "Deze datum is al voorbij: kies vandaag of een latere dag.");
        bad.put(new FeedbackRequestData(List.of(new FeedbackRequestData.Item(competency.kind(), competency.subject())),
                "Vraag", LocalDate.of(YEAR + 1, 1, 5), false, List.of(id(FeedbackPeople.NAMED.get(0)))),
                "De feedback moet uiterlijk 31 december 2068 binnen zijn, in het jaar van deze gesprekscyclus.");
        bad.put(new FeedbackRequestData(List.of(), "Vraag", DUE, false, List.of(id(FeedbackPeople.NAMED.get(0)))),
                "Kies minstens één competentie of afspraak waarover u feedback vraagt.");
        bad.put(request("Vraag", true, FeedbackPeople.NAMED.subList(0, 2)),
                "Anonieme antwoorden worden pas getoond als er minstens 3 zijn: vraag minstens 3 collega's, of kies"
                        + " antwoorden met naam.");
        bad.forEach((data, message) -> assertThatThrownBy(() -> feedback.ask(reviewId, data))
                .isInstanceOfSatisfying(FeedbackValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.message(Messages.DUTCH)).containsExactly(message)));
        assertThat(List.of(rows("feedback_request"), rows("feedback_askee"), rows("notification")))
                .containsExactly(requests, askees, notifications);
    }

    @Test
    void shouldShowAnonymousAnswersOnlyFromTheMinimumOnAggregatedAndNeverTiedToTheirGivers() {
        as("EMPLOYEE");
        long requestId = ask(true, FeedbackPeople.ANONYMOUS);
        List<String> texts = List.of("Anoniem-A " + System.nanoTime(), "Anoniem-B " + System.nanoTime(),
                "Anoniem-C " + System.nanoTime());
        answer(FeedbackPeople.ANONYMOUS_LOGINS.get(0), requestId, texts.get(0));
        answer(FeedbackPeople.ANONYMOUS_LOGINS.get(1), requestId, texts.get(1));

        as("EMPLOYEE");
        FeedbackOverview.Request two = find(requestId);
        assertThat(two.visible()).isFalse();
        assertThat(two.answered()).isEqualTo(2);
        assertThat(two.toString()).doesNotContain(texts.get(0)).doesNotContain(texts.get(1));
        assertThat(InzageZip.download(export).json()).doesNotContain(texts.get(0)).doesNotContain(texts.get(1));

        answer(FeedbackPeople.ANONYMOUS_LOGINS.get(2), requestId, texts.get(2));
        as("EMPLOYEE");
        FeedbackOverview.Request three = find(requestId);
        assertThat(three.visible()).isTrue();
        assertThat(three.askees()).isEmpty();
        assertThat(three.items()).singleElement().satisfies(i -> {
            assertThat(i.named()).isEmpty();
            assertThat(i.texts()).containsExactlyElementsOf(texts.stream().sorted().toList());
            assertThat(i.levels()).singleElement().satisfies(l -> assertThat(l.count()).isEqualTo(3));
        });
        InzageZip employeeZip = InzageZip.download(export);
        assertThat(employeeZip.jsonOf(reviewId)).contains(texts);
        as("MANAGER");
        String managerSees = feedback.of(reviewId).toString();
        as("HR_OPENED");
        openings.open(reviewId, REASON);
        String hrSees = feedback.of(reviewId).toString();
        List<nl.gesprekscyclus.audit.AuditEntry> audit = auditSearch.page(
                AuditQuery.aboutEmployee(MatrixPeople.id(context, MatrixPeople.EMPLOYEE_NUMBER)), 0, 10_000);
        assertThat(audit).filteredOn(e -> e.action().equals("feedback.answer")
                && e.record().equals("feedback request " + requestId)).hasSize(3)
                .allSatisfy(e -> assertThat(e.actor()).isEqualTo("(anoniem)"));
        // whoever looks: the employee's screen data and inzage, the manager's, HR's and the audit search name no giver
        for (String seen : List.of(three.toString(), employeeZip.json(), managerSees, hrSees, audit.toString())) {
            for (int i = 0; i < FeedbackPeople.ANONYMOUS.size(); i++) {
                assertThat(seen).doesNotContain(FeedbackPeople.ANONYMOUS_NAMES.get(i))
                        .doesNotContain(FeedbackPeople.ANONYMOUS.get(i))
                        .doesNotContain(FeedbackPeople.ANONYMOUS_LOGINS.get(i));
            }
        }
        assertThat(jdbc.queryForList("select remote_address from audit_event where action = 'feedback.answer'"
                + " and record = ?", "feedback request " + requestId)).allSatisfy(r -> assertThat(r.get("remote_address"))
                        .isNull());

        // the giver's own inzage has her answer: her data
        Login.as(users, FeedbackPeople.ANONYMOUS_LOGINS.get(0));
        String givers = InzageZip.download(export).data().path("feedbackGiven").toString();
        assertThat(givers).contains(texts.get(0)).doesNotContain(texts.get(1)).contains("Wies Werknemer");
    }

    @Test
    void shouldShowNamedAnswersWithTheGiverAndADeclineWithItsReasonAndNotifyByBellAndMail() {
        as("MANAGER");
        long requestId = ask(false, FeedbackPeople.NAMED);
        long giver = id(FeedbackPeople.NAMED.get(0));
        assertThat(jdbc.queryForList("select n.kind, n.task_key, count(m.id) as mails from notification n"
                + " left join mail_outbox m on m.notification_id = n.id where n.recipient_employee_id = ?"
                + " and n.task_id in (select 'feedback-' || a.id from feedback_askee a where a.request_id = ?)"
                + " group by n.kind, n.task_key", giver, requestId)).singleElement().satisfies(n -> {
                    assertThat(n.get("kind")).isEqualTo("FEEDBACK_REQUEST");
                    assertThat(n.get("task_key")).isEqualTo(FeedbackService.TASK_KEY);
                    assertThat(((Number) n.get("mails")).longValue()).isEqualTo(1);
                });
        String text = "Named " + System.nanoTime();
        answer(FeedbackPeople.NAMED_LOGINS.get(0), requestId, text);
        Login.as(users, FeedbackPeople.NAMED_LOGINS.get(1));
        long declining = feedback.mine().stream().filter(m -> m.question().endsWith("#" + requestId)).findFirst()
                .orElseThrow().askeeId();
        feedback.decline(declining, "Ik werk niet met haar samen.");
        assertThatThrownBy(() -> feedback.answer(declining, List.of()))
                .isInstanceOfSatisfying(FeedbackValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.message(Messages.DUTCH))
                        .containsExactly("Dit verzoek is al beantwoord of afgezegd."));
        assertThat(feedback.openForMe()).isZero();

        as("EMPLOYEE");
        FeedbackOverview.Request r = find(requestId);
        assertThat(r.askedBy()).isEqualTo("Lotte Leider");
        assertThat(r.items()).singleElement().satisfies(i -> assertThat(i.named()).singleElement()
                .satisfies(a -> {
                    assertThat(a.giver()).isEqualTo(FeedbackPeople.NAMED_NAMES.get(0));
                    assertThat(a.text()).isEqualTo(text);
                }));
        assertThat(r.askees()).extracting(a -> a.name() + " " + a.status() + " " + a.declineReason()).containsExactly(
                "Jet Jansen ANSWERED null", "Kees Kritisch DECLINED Ik werk niet met haar samen.",
                "Lieke Lof OPEN null");
    }

    @Test
    void shouldLetInExactlyTheEmployeeTheManagerAndHerSubstituteToAskAndTheOpenedDossierToRead() {
        as("HR_OPENED");
        openings.open(reviewId, REASON);
        Login.logout();
        Map<String, Runnable> actions = new LinkedHashMap<>();
        actions.put("read", () -> feedback.of(reviewId));
        actions.put("ask", () -> feedback.ask(reviewId, request("Matrix", false, FeedbackPeople.NAMED.subList(2, 3))));
        actions.put("find colleagues", () -> feedback.colleagues(reviewId, "Jet"));
        // R: read only; W: read and ask; -: refused
        Map<String, String> table = new LinkedHashMap<>();
        table.put("EMPLOYEE", "W");
        table.put("MANAGER", "W");
        table.put("SUBSTITUTE", "W");
        table.put("SUBSTITUTE_OUT", "-");
        table.put("COORDINATOR", "-");
        table.put("HR", "-");
        table.put("HR_OPENED", "R");
        table.put("OTHER", "-");
        table.put("ADMIN", "-");
        table.put("FORMER_MANAGER", "-");
        AccessProbe probe = new AccessProbe(context);
        assertThat(probe.walk(table, actions, this::as)).isEmpty();

        // a colleague answers only what was asked of them: another's request is refused like an unknown one
        as("EMPLOYEE");
        long requestId = ask(false, FeedbackPeople.NAMED.subList(0, 1));
        long askee = jdbc.queryForObject("select id from feedback_askee where request_id = ?", Long.class, requestId);
        as("OTHER");
        long refusals = probe.refusalsAudited();
        assertThatThrownBy(() -> feedback.answer(askee, List.of())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feedback.decline(askee, null)).isInstanceOf(AccessDeniedException.class);
        assertThat(probe.refusalsAudited()).isEqualTo(refusals + 2);
        assertThat(jdbc.queryForObject("select status from feedback_askee where id = ?", String.class, askee))
                .isEqualTo("OPEN");
    }

    @Test
    void shouldGiveHrTheNumberOfRequestsPerUnitAndNeverWhoOrWhat() {
        as("EMPLOYEE");
        long requestId = ask(false, FeedbackPeople.NAMED.subList(0, 1));
        jdbc.update("update feedback_request set due_on = ? where id = ?", LocalDate.now().minusDays(2), requestId);
        long round = jdbc.queryForObject("select round_id from review where id = ?", Long.class, reviewId);
        String unit = jdbc.queryForObject("select u.name from employee e join org_unit u on u.id = e.unit_id"
                + " where e.personnel_number = ?", String.class, MatrixPeople.EMPLOYEE_NUMBER);
        long asked = jdbc.queryForObject("select count(*) from feedback_request f join review r on r.id = f.review_id"
                + " where r.round_id = ?", Long.class, round);
        Login.as(users, DemoUsers.HR);
        List<MonitoringService.FeedbackCount> counts = monitoring.feedbackPerUnit(new MonitoringScope(round, null,
                null));
        assertThat(counts).filteredOn(c -> c.unitName().equals(unit)).singleElement().satisfies(c -> {
            assertThat(c.requests()).isEqualTo(asked);
            assertThat(c.overdueAskees()).isGreaterThanOrEqualTo(1);
        });
        assertThat(counts.toString()).doesNotContain("samenwerking").doesNotContain(FeedbackPeople.NAMED_NAMES.get(0));
        as("EMPLOYEE");
        assertThatThrownBy(() -> monitoring.feedbackPerUnit(new MonitoringScope(round, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
