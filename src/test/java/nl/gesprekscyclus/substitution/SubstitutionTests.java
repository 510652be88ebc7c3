package nl.gesprekscyclus.substitution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.gesprekscyclus.audit.AuditEntry;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.document.DocumentKind;
import nl.gesprekscyclus.document.ReviewDocuments;
import nl.gesprekscyclus.privacy.PrivacyFixture;
import nl.gesprekscyclus.review.AgreementChange;
import nl.gesprekscyclus.review.AgreementChangeProposal;
import nl.gesprekscyclus.review.AgreementChangeService;
import nl.gesprekscyclus.review.CoordinatorInputService;
import nl.gesprekscyclus.review.Party;
import nl.gesprekscyclus.review.PlanningService;
import nl.gesprekscyclus.review.ResultAgreement;
import nl.gesprekscyclus.review.ResultAgreementData;
import nl.gesprekscyclus.review.ReviewDossier;
import nl.gesprekscyclus.review.MyTasksService;
import nl.gesprekscyclus.review.ReviewReadService;
import nl.gesprekscyclus.review.ReviewSummary;
import nl.gesprekscyclus.review.ReviewTask;
import nl.gesprekscyclus.review.Signature;
import nl.gesprekscyclus.review.SignatureKind;
import nl.gesprekscyclus.test_support.DatabaseTest;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.Login;
import nl.gesprekscyclus.test_support.MatrixPeople;
import nl.gesprekscyclus.test_support.ProcessDriver;
import nl.gesprekscyclus.test_support.SubstitutePeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Substitutes (issue 16, item 3) on the real services: inside the period the substitute sees the manager's tasks
 * "namens" and does them, and the record and the audit trail say for whom; outside it they are refused like anyone
 * else, and the refusal is audited. Bad periods are refused with a message per field and nothing is stored.
 */
@DatabaseTest
@Import({ProcessDriver.class, PrivacyFixture.class})
class SubstitutionTests {

    /**
     * A year of its own for the matrix's employee, so no other test's round is touched: RoundTests' round of 2047
     * runs under a policy of its own, and a test round of a year is made once and then reused (it was 2047 here,
     * and whichever class ran first in the shared context gave the other its round).
     */
    static final int YEAR = 2051;

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    SubstitutionService substitutions;
    @Autowired
    ReviewReadService reading;
    @Autowired
    MyTasksService myTasks;
    @Autowired
    PlanningService planning;
    @Autowired
    CoordinatorInputService input;
    @Autowired
    AgreementChangeService changes;
    @Autowired
    AuditTrail audit;
    @Autowired
    Clock clock;
    @Autowired
    ReviewDocuments documents;
    @Autowired
    ProcessDriver driver;

    @BeforeEach
    void people() {
        SubstitutePeople.ensure(context);
    }

    @AfterEach
    void reset() {
        Login.logout();
    }

    @Test
    void shouldLetTheSubstituteDoTheManagersStepNamensHerAndRefuseTheOneWhosePeriodHasNotBegun() {
        long id = MatrixPeople.review(context, YEAR, MatrixPeople.EMPLOYEE_NUMBER);
        Login.as(users, "matrix-werknemer");
        ResultAgreement agreement = planning.saveResultAgreement(id, null, null, new ResultAgreementData("RG1", null,
                "Nota", "Vastgesteld", LocalDate.of(YEAR, 6, 30), null));
        planning.submitDrafts(id);
        Login.as(users, "matrix-coordinator");
        input.submitInput(id);

        // outside the period: nothing, like any colleague, and the refusal is audited
        Login.as(users, SubstitutePeople.OUTSIDE_LOGIN);
        assertThat(myTasks.page(MyTasksService.Query.everything(), List.of(), List.of(), 0, 500)).isEmpty();
        long mark = mark();
        assertThatThrownBy(() -> reading.dossier(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> planning.setAgreements(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(refusalsSince(mark, SubstitutePeople.OUTSIDE_LOGIN)).isEqualTo(2);

        // inside the period: the manager's task, labelled for whom, and the review as the manager reads it
        Login.as(users, SubstitutePeople.INSIDE_LOGIN);
        assertThat(myTasks.page(MyTasksService.Query.everything(), List.of(), List.of(), 0, 500)).filteredOn(t -> t.reviewId() == id)
                .extracting(ReviewSummary::openTask, ReviewSummary::onBehalfOf)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ReviewTask.PLANNING_CONVERSATION, "Lotte Leider"));
        ReviewDossier dossier = reading.dossier(id);
        assertThat(dossier.viewer()).isEqualTo(Party.MANAGER);
        assertThat(dossier.myOpenTasks()).containsExactly(ReviewTask.PLANNING_CONVERSATION);
        assertThat(dossier.actingFor().name()).isEqualTo("Lotte Leider");
        planning.setAgreements(id);
        assertThat(latest("review.agreements.set").actor()).isEqualTo(SubstitutePeople.INSIDE_LOGIN);
        assertThat(latest("review.agreements.set").detail()).isEqualTo("namens " + SubstitutePeople.MANAGER_NUMBER);

        // the manager keeps her access
        Login.as(users, "matrix-leider");
        assertThat(reading.dossier(id).viewer()).isEqualTo(Party.MANAGER);

        // a change the employee proposes is decided by the substitute; the signature names both
        Login.as(users, "matrix-werknemer");
        planning.agree(id);
        // the agreements' PDF (made by the step after the agreement): the substitute's download says for whom
        driver.runDueJobsOf(YEAR + "/" + MatrixPeople.EMPLOYEE_NUMBER);
        Login.as(users, SubstitutePeople.INSIDE_LOGIN);
        documents.download(id, DocumentKind.AGREEMENTS);
        assertThat(latest("document.download").actor()).isEqualTo(SubstitutePeople.INSIDE_LOGIN);
        assertThat(latest("document.download").detail())
                .isEqualTo("AGREEMENTS by MANAGER namens " + SubstitutePeople.MANAGER_NUMBER);
        Login.as(users, "matrix-werknemer");
        AgreementChange change = changes.propose(id, new AgreementChangeProposal(List.of(
                new AgreementChangeProposal.ResultAgreementChange(agreement.getLineage(), new ResultAgreementData(
                        "RG1", null, "Nota, herzien", "Vastgesteld", LocalDate.of(YEAR, 9, 30), null))), List.of()),
                "Later klaar");
        Login.as(users, SubstitutePeople.INSIDE_LOGIN);
        changes.decide(change.getId(), true, null);
        ReviewDossier after = reading.dossier(id);
        Signature signed = after.signatures().get(after.signatures().size() - 1);
        assertThat(signed.getKind()).isEqualTo(SignatureKind.AGREE);
        assertThat(signed.getSignerId()).isEqualTo(MatrixPeople.id(context, SubstitutePeople.INSIDE_NUMBER));
        assertThat(signed.getOnBehalfOfId()).isEqualTo(MatrixPeople.id(context, SubstitutePeople.MANAGER_NUMBER));
        assertThat(after.signerName(signed)).isEqualTo("Vera Vervanger namens Lotte Leider");
        assertThat(latest("review.change.accept").detail()).isEqualTo("namens " + SubstitutePeople.MANAGER_NUMBER);
        // the employee's own signature is hers alone
        assertThat(after.signerName(after.signatures().get(0))).isEqualTo("Wies Werknemer");
    }

    /**
     * The picker offers a page of the people in service whose name holds the typed words, in any order, without
     * regard to case or accents; never the whole municipality at once, and nobody who has left.
     */
    @Test
    void shouldOfferAPageOfPeopleInServiceWhoseNameHoldsTheTypedWords() {
        MatrixPeople.ensure(context);
        Login.as(users, "matrix-leider");
        assertThat(substitutions.people("werknemer WIES", 0, 20)).extracting(e -> e.personnelNumber())
                .containsExactly(MatrixPeople.EMPLOYEE_NUMBER);
        assertThat(substitutions.people("bosch", 0, 20)).as("Mark Bosch has left service").isEmpty();
        assertThat(substitutions.people("", 0, 5)).hasSize(5);
        assertThat(substitutions.people("", 5, 5)).hasSize(5).doesNotContainAnyElementsOf(
                substitutions.people("", 0, 5));
    }

    @Test
    void shouldRefuseABadPeriodWithADutchMessagePerFieldAndStoreNothing() {
        LocalDate today = LocalDate.now(clock);
        long vera = MatrixPeople.id(context, SubstitutePeople.INSIDE_NUMBER);
        long lotte = MatrixPeople.id(context, SubstitutePeople.MANAGER_NUMBER);
        Login.as(users, "matrix-leider");
        int before = substitutions.current().size();

        assertThat(violations(() -> substitutions.set(null, vera, today.minusDays(1), today.plusDays(2), null)))
                .containsExactly("from: De vervanging kan niet in het verleden beginnen: kies vandaag of later.");
        assertThat(violations(() -> substitutions.set(null, lotte, today.plusDays(30), today.plusDays(31), null)))
                .containsExactly("substitute: U kunt niet uzelf als vervanger aanwijzen: kies een collega.");
        assertThat(violations(() -> substitutions.set(null, vera, today.plusDays(40), today.plusDays(39), null)))
                .containsExactly("to: De laatste dag ligt vóór de eerste dag.");
        assertThat(violations(() -> substitutions.set(null, vera, today.plusDays(5), today.plusDays(8), null)))
                .singleElement().asString().startsWith("from: Deze periode overlapt met de vervanging door "
                        + "Vera Vervanger van " + java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy").format(today));
        assertThat(substitutions.current()).hasSize(before);

        // someone who is not the manager nor HR is refused, and the refusal is audited
        Login.as(users, "matrix-collega");
        long mark = mark();
        assertThatThrownBy(() -> substitutions.set(lotte, vera, today.plusDays(50), today.plusDays(51), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(refusalsSince(mark, "matrix-collega")).isEqualTo(1);

        // HR names one for a manager who is ill, and ends it again before it began: nothing is left
        Login.as(users, DemoUsers.HR);
        SubstitutionService.Line set = substitutions.set(lotte, vera, today.plusDays(60), today.plusDays(61), "ziek");
        assertThat(set.setBy()).isEqualTo(DemoUsers.HR);
        substitutions.end(set.id());
        Login.as(users, "matrix-leider");
        assertThat(substitutions.current()).hasSize(before);
    }

    private List<String> violations(Runnable call) {
        try {
            call.run();
        } catch (SubstitutionValidationException ex) {
            return ex.violations().stream().map(v -> v.field() + ": " + v.message(java.util.Locale.forLanguageTag("nl")))
                    .toList();
        }
        throw new AssertionError("not refused");
    }

    private long mark() {
        List<AuditEntry> latest = audit.latest(null);
        return latest.isEmpty() ? 0 : latest.get(0).id();
    }

    private long refusalsSince(long mark, String actor) {
        return audit.latest(null).stream().filter(e -> e.id() > mark).filter(e -> e.actor().equals(actor))
                .filter(e -> AuditTrail.REFUSED.equals(e.outcome())).count();
    }

    private AuditEntry latest(String action) {
        return audit.latest(action).get(0);
    }
}
