package nl.gesprekscyclus.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.gesprekscyclus.audit.AuditEntry;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.auditsearch.AuditQuery;
import nl.gesprekscyclus.auditsearch.AuditSearch;
import nl.gesprekscyclus.privacy.PrivacyFixture;
import nl.gesprekscyclus.round.Round;
import nl.gesprekscyclus.round.RoundMembership;
import nl.gesprekscyclus.round.RoundSelection;
import nl.gesprekscyclus.round.RoundService;
import nl.gesprekscyclus.test_support.DatabaseTest;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.Login;
import nl.gesprekscyclus.test_support.ProcessDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * One whole review of Sanne de Jong (beleidsadviseur, coordinated by Jeroen van der Meer, managed by Annemarie
 * Bakker) through the services and the real process models: planning with a disagreement, a change of
 * agreements, progress, a low assessment with HR advice, a zienswijze that changes it, voor gezien, sign-off.
 * Runs on H2 and on PostgreSQL.
 */
@DatabaseTest
@Import({ProcessDriver.class, PrivacyFixture.class})
class WholeReviewTests {

    static final int YEAR = LocalDate.now().getYear() + 1;
    static final String KEY = YEAR + "/" + DemoUsers.EMPLOYEE_NUMBER;

    @Autowired
    UserDetailsService users;
    @Autowired
    RoundService rounds;
    @Autowired
    RoundMembership membership;
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
    @Autowired
    ReviewRepository reviews;
    @Autowired
    ResultAgreementRepository resultAgreements;
    @Autowired
    SignatureRepository signatures;
    @Autowired
    ProcessDriver driver;
    @Autowired
    AuditSearch auditSearch;
    @Autowired
    ReviewReadService reading;

    @AfterEach
    void reset() {
        Login.logout();
        driver.resetClock();
    }

    @Test
    void shouldRunAWholeReviewFromPlanningToSignOff() {
        // other tests in this JVM may have been refused on a review id before this review got it (tampered ids)
        Instant started = Instant.now();
        Login.as(users, DemoUsers.HR);
        // tests share one database: another test may have started next year's round already; then Sanne joins it
        Round round = rounds.round(YEAR).orElseGet(() -> rounds.startRound(rounds.defaultCalendar(YEAR),
                new RoundSelection(Set.of(), Set.of(DemoUsers.EMPLOYEE_NUMBER))));
        membership.addEmployee(round.getId(), DemoUsers.EMPLOYEE_NUMBER);
        driver.runDueJobsOf(YEAR + "/" + DemoUsers.EMPLOYEE_NUMBER, "round-" + YEAR);
        Review review = reviews.findAll().stream().filter(r -> r.getProcessKey().equals(KEY)).findFirst().orElseThrow();
        long id = review.getId();
        assertThat(round.getYear()).isEqualTo(YEAR);
        assertThat(review.getJobProfileCode()).isEqualTo("medewerker-ontwikkeling-ii");
        assertThat(review.dates().periodStart()).isEqualTo(LocalDate.of(YEAR, 1, 1));
        assertThat(driver.openTasks(KEY)).containsExactly("draftAgreements");

        // planning: the employee drafts; nobody else may, and the manager's step is not open yet
        Login.as(users, DemoUsers.EMPLOYEE);
        ResultAgreement first = planning.saveResultAgreement(id, null, null, agreement("RG1", 60));
        ResultAgreement second = planning.saveResultAgreement(id, null, null, agreement("RG2", 30));
        assertThatThrownBy(() -> planning.submitDrafts(id)).isInstanceOf(ReviewValidationException.class)
                .satisfies(e -> assertThat(((ReviewValidationException) e).violations())
                        .extracting(v -> v.messageKey()).containsExactly("agreement.weight.sum"));
        planning.saveResultAgreement(id, second.getId(), second.getVersion(), agreement("RG2", 40));
        planning.saveDevelopmentAgreement(id, null, null, new DevelopmentAgreementData("Regie op ketenpartners",
                "cursus", "meer regie", "minder uitvoering", "cursus volgen", "ruimte geven", "budget", null));
        Login.as(users, DemoUsers.COORDINATOR);
        assertThatThrownBy(() -> planning.saveResultAgreement(id, null, null, agreement("RG3", null)))
                .isInstanceOf(AccessDeniedException.class);
        Login.as(users, DemoUsers.MANAGER);
        assertThatThrownBy(() -> planning.setAgreements(id)).isInstanceOf(TaskNotOpenException.class);
        Login.as(users, DemoUsers.EMPLOYEE);
        planning.submitDrafts(id);
        assertThat(driver.openTasks(KEY)).containsExactly("planningInput");

        Login.as(users, DemoUsers.COORDINATOR);
        input.addInput(id, first.getLineage(), null, "Goed meetbaar; let op de planning van de raad.");
        input.submitInput(id);

        Login.as(users, DemoUsers.MANAGER);
        planning.setAgreements(id);
        Login.as(users, DemoUsers.EMPLOYEE);
        planning.disagree(id, "De deadline van de nota is te krap.");
        assertThat(driver.openTasks(KEY)).containsExactly("planningConversation");
        Login.as(users, DemoUsers.MANAGER);
        ResultAgreement reloaded = resultAgreements.findById(first.getId()).orElseThrow();
        planning.saveResultAgreement(id, first.getId(), reloaded.getVersion(),
                new ResultAgreementData("RG1", null, "Nota regionale samenwerking", "Vastgesteld door de raad",
                        LocalDate.of(YEAR, 9, 30), 60));
        planning.setAgreements(id);
        Login.as(users, DemoUsers.EMPLOYEE);
        Signature agreed = planning.agree(id);
        assertThat(agreed.getContentHash()).isEqualTo(SignedContent.sha256(agreed.getSignedContent()));
        assertThat(agreed.getSignedContent()).contains("Vastgesteld door de raad");
        assertThat(driver.openTasks(KEY)).isEmpty();

        // a change by mutual consent: the employee proposes, the manager accepts; version 1 stays readable
        AgreementChange change = changes.propose(id, new AgreementChangeProposal(List.of(
                new AgreementChangeProposal.ResultAgreementChange(first.getLineage(),
                        new ResultAgreementData("RG1", null, "Nota regionale samenwerking", "Vastgesteld door de raad",
                                LocalDate.of(YEAR, 11, 30), 60))), List.of()), "Raad vergadert later");
        assertThat(driver.openTasks(KEY)).containsExactly("decideAgreementChange");
        assertThatThrownBy(() -> changes.decide(change.getId(), true, null)).isInstanceOf(AccessDeniedException.class);
        Login.as(users, DemoUsers.MANAGER);
        changes.decide(change.getId(), true, "Akkoord");
        assertThat(resultAgreements.findByReviewIdOrderByLineageAscVersionNumberAsc(id))
                .filteredOn(a -> a.getLineage().equals(first.getLineage()))
                .extracting(ResultAgreement::getVersionNumber, ResultAgreement::getStatus)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, AgreementStatus.SUPERSEDED),
                        org.assertj.core.groups.Tuple.tuple(2, AgreementStatus.CURRENT));

        // progress, when its window opens
        driver.moveClockTo(review.dates().progressStart());
        driver.runDueJobsOf(KEY);
        assertThat(reviews.findById(id).orElseThrow().getPhase()).isEqualTo(ReviewPhase.PROGRESS);
        assertThat(driver.openTasks(KEY)).containsExactly("selfReflection");
        Login.as(users, DemoUsers.EMPLOYEE);
        assertThatThrownBy(() -> planning.saveResultAgreement(id, null, null, agreement("RG3", null)))
                .isInstanceOf(TaskNotOpenException.class);
        progress.reflect(id, first.getLineage(), ProgressStatus.AT_RISK, "Afhankelijk van de raad");
        assertThatThrownBy(() -> progress.submitReflection(id)).isInstanceOf(ReviewValidationException.class);
        progress.reflect(id, second.getLineage(), ProgressStatus.ON_TRACK, null);
        progress.submitReflection(id);
        Login.as(users, DemoUsers.COORDINATOR);
        input.addInput(id, null, null, "Loopt goed.");
        input.submitInput(id);
        Login.as(users, DemoUsers.MANAGER);
        progress.recordConversation(id, LocalDate.now(), "Besproken: nota loopt vertraging op.");

        // assessment
        driver.moveClockTo(review.dates().assessmentStart());
        driver.runDueJobsOf(KEY);
        assertThat(driver.openTasks(KEY)).containsExactly("selfAssessment");
        Login.as(users, DemoUsers.EMPLOYEE);
        assessment.scoreAgreement(id, first.getLineage(), "behaald", null);
        assessment.rateCompetency(id, "visie", "B", "Ik zie kansen");
        assessment.submitSelfAssessment(id);
        Login.as(users, DemoUsers.COORDINATOR);
        assessment.rateCompetency(id, "visie", "C", "Als input");
        input.submitInput(id);
        Login.as(users, DemoUsers.MANAGER);
        assessment.scoreAgreement(id, first.getLineage(), "deels-behaald", "Nota te laat");
        assertThatThrownBy(() -> assessment.writeAssessment(id, "matig", "Te laat"))
                .isInstanceOf(ReviewValidationException.class);
        assessment.scoreAgreement(id, second.getLineage(), "behaald", null);
        for (String c : List.of("ondernemingszin", "creativiteit", "visie", "omgevingsbewustzijn", "regisseren")) {
            assessment.rateCompetency(id, c, "C", null);
        }
        assessment.writeAssessment(id, "matig", "Resultaten deels behaald");
        assertThat(driver.openTasks(KEY)).containsExactly("hrAdvice");
        Login.as(users, DemoUsers.EMPLOYEE);
        assertThatThrownBy(() -> assessment.giveHrAdvice(id, "zelf")).isInstanceOf(AccessDeniedException.class);
        Login.as(users, DemoUsers.HR);
        assessment.giveHrAdvice(id, "Verbeterplan opstellen; voortgangsverslag bevestigt de vertraging.");
        // issue 17: the advice goes to the manager first; nothing is handed over until the manager has weighed it
        assertThat(driver.openTasks(KEY)).containsExactly("weighHrAdvice");
        Login.as(users, DemoUsers.EMPLOYEE);
        assertThatThrownBy(() -> assessment.weighHrAdvice(id, false, null, null))
                .isInstanceOf(AccessDeniedException.class);
        Login.as(users, DemoUsers.MANAGER);
        assertThatThrownBy(() -> assessment.weighHrAdvice(id, true, null, "anders"))
                .isInstanceOf(ReviewValidationException.class);
        Assessment weighed = assessment.weighHrAdvice(id, false, null, null);
        assertThat(weighed.getOverallJudgement()).isEqualTo("matig");
        assertThat(weighed.getHrAdviceWeighedAt()).isNotNull();
        assertThat(driver.openTasks(KEY)).containsExactly("respond");

        // handed over: the employee reads the assessment, not HR's advice to the manager; the manager does
        Login.as(users, DemoUsers.EMPLOYEE);
        ReviewDossier handedOver = reading.dossier(id);
        assertThat(handedOver.assessment().getReasons()).isEqualTo("Resultaten deels behaald");
        assertThat(handedOver.assessment().getHrAdvice()).isNull();
        assertThat(handedOver.assessment().getHrAdvisedAt()).isNotNull();
        assertThat(handedOver.withheld()).contains(Withheld.HR_ADVICE);
        Login.as(users, DemoUsers.MANAGER);
        assertThat(reading.dossier(id).assessment().getHrAdvice()).startsWith("Verbeterplan opstellen");
        Login.as(users, DemoUsers.EMPLOYEE);
        assessment.respond(id, "De vertraging lag bij de raad, niet bij mij.", true);
        Login.as(users, DemoUsers.MANAGER);
        Assessment decided = assessment.decideOnResponse(id, true, "voldoende", "Vertraging buiten invloed");
        assertThat(decided.getOverallJudgement()).isEqualTo("voldoende");
        assertThat(decided.getConsequence()).isEqualTo("periodiek");
        Login.as(users, DemoUsers.EMPLOYEE);
        Signature seen = assessment.acknowledge(id);
        assertThat(seen.getSignedContent()).contains("voldoende").contains("De vertraging lag bij de raad");
        Login.as(users, DemoUsers.MANAGER);
        assessment.signOff(id);
        driver.runDueJobsOf(KEY);

        Review closed = reviews.findById(id).orElseThrow();
        assertThat(closed.getPhase()).isEqualTo(ReviewPhase.CLOSED);
        assertThat(closed.getClosedAt()).isNotNull();
        assertThat(driver.openTasks(KEY)).isEmpty();
        assertThat(signatures.findByReviewIdOrderById(id)).extracting(Signature::getKind).containsExactly(
                SignatureKind.AGREE, SignatureKind.AGREE, SignatureKind.ASSESS, SignatureKind.WEIGH,
                SignatureKind.DECIDE, SignatureKind.ACKNOWLEDGE, SignatureKind.SIGN_OFF);
        // HR's advice is advice to the manager (Ommen's policy): not part of what the employee signed as seen
        assertThat(signatures.findByReviewIdOrderById(id)).filteredOn(sig -> sig.getKind() == SignatureKind.ACKNOWLEDGE)
                .allSatisfy(sig -> assertThat(sig.getSignedContent()).doesNotContain("Verbeterplan"));
        // nothing changes after sign-off, not even by the manager
        assertThatThrownBy(() -> assessment.scoreAgreement(id, first.getLineage(), "behaald", null))
                .isInstanceOf(ReviewClosedException.class);
        assertThatThrownBy(() -> changes.propose(id, new AgreementChangeProposal(List.of(), List.of()), "x"))
                .isInstanceOf(ReviewClosedException.class);

        // audit completeness: every write above left an entry about Sanne's file, with who did it
        Login.as(users, DemoUsers.HR);
        List<AuditEntry> trail = auditSearch.page(new AuditQuery(started, null, null, null, id, null), 0, 1000);
        assertThat(trail).extracting(AuditEntry::action).contains("review.result-agreement.save",
                "review.development-agreement.save", "review.drafts.submit", "review.coordinator-input.add",
                "review.coordinator-input.submit", "review.agreements.set", "review.agreements.disagree",
                "review.agreements.agree", "review.change.propose", "review.change.accept", "review.reflection.save",
                "review.reflection.submit", "review.progress-report.save", "review.score.save", "review.rating.save",
                "review.self-assessment.submit", "review.assessment.write", "review.hr-advice.give",
                "review.hr-advice.weigh", "review.response.submit", "review.response.decide", "review.assessment.acknowledge",
                "review.assessment.sign-off", "review.close");
        assertThat(trail).allSatisfy(e -> assertThat(e.subjectEmployeeId()).as(e.action())
                .isEqualTo(review.getEmployeeId()));
        assertThat(trail).filteredOn(e -> e.action().equals("review.assessment.write"))
                .extracting(AuditEntry::actor).containsOnly(DemoUsers.MANAGER);
        assertThat(trail).filteredOn(e -> e.action().equals("review.response.submit"))
                .extracting(AuditEntry::actor).containsOnly(DemoUsers.EMPLOYEE);
        assertThat(trail).filteredOn(e -> e.action().equals("review.hr-advice.give"))
                .extracting(AuditEntry::actor).containsOnly(DemoUsers.HR);
        // and every refused attempt, also by someone who had no business there
        assertThat(trail).filteredOn(e -> e.outcome().equals(AuditTrail.REFUSED))
                .extracting(AuditEntry::actor, AuditEntry::action).contains(
                        org.assertj.core.groups.Tuple.tuple(DemoUsers.COORDINATOR, "write draftAgreements"),
                        org.assertj.core.groups.Tuple.tuple(DemoUsers.EMPLOYEE, "write hrAdvice"),
                        org.assertj.core.groups.Tuple.tuple(DemoUsers.MANAGER, "review.write-after-close"));

        // the trail says who did what to whose file, never what was written: HR reads it without a dossier
        // opening, ADMIN reads it and may see no review content, and it is kept after the review is deleted
        List<AuditEntry> everything = auditSearch.page(new AuditQuery(started, null, null, null, null, null), 0,
                5000);
        Set<String> writtenCodes = Set.of("matig", "voldoende", "behaald", "deels-behaald", "B", "C", "RG1", "RG2",
                "conversation");
        List<String> writtenTexts = List.of("geen periodiek", "periodiek", "Resultaat RG", "Meetbaar criterium",
                "Nota regionale samenwerking", "Vastgesteld door de raad", "Regie op ketenpartners", "meer regie",
                "Goed meetbaar", "deadline van de nota", "Raad vergadert later", "Akkoord", "Afhankelijk van de raad",
                "Loopt goed", "nota loopt vertraging", "Ik zie kansen", "Als input", "Nota te laat",
                "Resultaten deels behaald", "Verbeterplan", "De vertraging lag bij de raad",
                "Vertraging buiten invloed");
        assertThat(everything).extracting(AuditEntry::action).contains("review.assessment.write",
                "review.response.submit", "review.response.decide", "review.score.save", "review.rating.save");
        assertThat(everything).allSatisfy(e -> {
            String said = (e.record() == null ? "" : e.record()) + " " + (e.detail() == null ? "" : e.detail());
            assertThat(List.of(said.split("[^\\p{L}\\p{N}-]+"))).as("%s: %s", e.action(), said)
                    .doesNotContainAnyElementsOf(writtenCodes);
            assertThat(writtenTexts).as("%s: %s", e.action(), said)
                    .noneMatch(text -> said.toLowerCase().contains(text.toLowerCase()));
        });
    }

    private static ResultAgreementData agreement(String area, Integer weight) {
        return new ResultAgreementData(area, null, "Resultaat " + area, "Meetbaar criterium voor " + area,
                LocalDate.of(YEAR, 6, 30), weight);
    }

}
