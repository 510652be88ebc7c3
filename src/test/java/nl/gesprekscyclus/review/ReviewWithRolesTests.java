package nl.gesprekscyclus.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.document.DocumentKind;
import nl.gesprekscyclus.document.ReviewDocuments;
import nl.gesprekscyclus.privacy.PrivacyFixture;
import nl.gesprekscyclus.test_support.DatabaseTest;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.Login;
import nl.gesprekscyclus.test_support.MatrixPeople;
import nl.gesprekscyclus.test_support.ProcessDriver;
import nl.gesprekscyclus.workrole.RoleAssignmentService;
import nl.gesprekscyclus.workrole.RoleAssignmentService.Request;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Roles in the review (issue 18, item 3), through the services and the real process: the matrix's employee Wies
 * Werknemer fills two roles in 2052, projectleider from January to June (assigned by her manager Lotte Leider) and
 * contractmanager from March on (assigned by the functioneel beheerder); her coordinator's proposal of a third role
 * stays open and so stays out of the review. Planning with an agreement linked to each role and one to a
 * resultaatgebied, progress, an assessment that rates the roles' competencies beside the normfunctie's (a competency
 * both name rated once, against the higher level), and the signed documents. Years 2052 and 2053 are this class's.
 */
@DatabaseTest
@Import({ProcessDriver.class, PrivacyFixture.class})
class ReviewWithRolesTests {

    static final int YEAR = 2052;
    static final String WIES = MatrixPeople.EMPLOYEE_NUMBER;
    static final String KEY = YEAR + "/" + WIES;
    /** The normfunctie of the matrix's beleidsadviseur (Medewerker ontwikkeling II). */
    static final List<String> PROFILE = List.of("ondernemingszin", "creativiteit", "visie", "omgevingsbewustzijn",
            "regisseren");

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    RoleAssignmentService roles;
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
    ReviewReadService reading;
    @Autowired
    ReviewDocuments documents;
    @Autowired
    ResultAgreementRepository resultAgreements;
    @Autowired
    ProcessDriver driver;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        Login.logout();
        driver.resetClock();
    }

    @Test
    void shouldTakeAReviewWithTwoRolesThroughAllThreePhases() throws IOException {
        MatrixPeople.ensure(context);
        as("MANAGER");
        roles.assign(WIES, new Request("projectleider", day(1, 1), day(6, 30), 40));
        as("ADMIN");
        roles.assign(WIES, new Request("contractmanager", day(3, 1), day(12, 31), null));
        as("COORDINATOR");
        roles.propose(WIES, new Request("opdrachtgever", day(1, 1), day(12, 31), null));
        long id = MatrixPeople.review(context, YEAR, WIES);
        Review review = reading(id, "EMPLOYEE").review();

        // the review's roles: the two assigned, with their stretches; the open proposal is not one of them
        ReviewDossier dossier = reading(id, "EMPLOYEE");
        assertThat(dossier.roles()).extracting(ReviewRole::code, ReviewRole::name, ReviewRole::stretches)
                .containsExactly(
                        tuple("projectleider", "Projectleider",
                                List.of(new ReviewRole.Stretch(day(1, 1), day(6, 30), 40))),
                        tuple("contractmanager", "Contractmanager",
                                List.of(new ReviewRole.Stretch(day(3, 1), day(12, 31), null))));
        assertThat(dossier.roles()).allSatisfy(r -> assertThat(r.role()).isNotNull());
        // what the review rates: the normfunctie's, then the roles' new ones; shared ones once, at the higher level
        Map<String, ReviewCompetency> rated = dossier.reviewCompetencies().stream()
                .collect(Collectors.toMap(ReviewCompetency::competency, c -> c));
        assertThat(dossier.reviewCompetencies()).extracting(ReviewCompetency::competency).containsExactly(
                "ondernemingszin", "creativiteit", "visie", "omgevingsbewustzijn", "regisseren",
                "plannen-en-organiseren", "initiatief", "netwerken");
        // the normfunctie and contractmanager both expect regisseren at A (the higher-level rule on its own:
        // ReviewCompetencyMergeTests)
        assertThat(rated.get("regisseren").origins()).extracting(ReviewCompetency.Origin::roleCode,
                ReviewCompetency.Origin::level).containsExactly(tuple(null, "A"), tuple("contractmanager", "A"));
        assertThat(rated.get("regisseren").expectedLevel()).isEqualTo("A");
        assertThat(rated.get("initiatief").origins()).extracting(ReviewCompetency.Origin::roleName)
                .containsExactly("Projectleider");
        assertThat(dossier.competencies()).extracting(c -> c.code()).contains("netwerken", "initiatief");

        // planning: an agreement per role and one on a resultaatgebied; a role she does not fill is refused whole
        as("EMPLOYEE");
        ResultAgreement project = planning.saveResultAgreement(id, null, null, ResultAgreementData.forRole(
                "projectleider", "Project wijkvernieuwing opgeleverd", "Opgeleverd binnen budget", day(6, 30), 40));
        ResultAgreement contract = planning.saveResultAgreement(id, null, null, ResultAgreementData.forRole(
                "contractmanager", "Contracten groenbeheer op orde", "Alle contracten getoetst", day(11, 30), 30));
        ResultAgreement policy = planning.saveResultAgreement(id, null, null, new ResultAgreementData("RG1", null,
                "Nota regionale samenwerking", "Vastgesteld door de raad", day(9, 30), 30));
        for (String notHeld : List.of("opdrachtgever", "clustercoordinator", "bestaat-niet")) {
            assertThatThrownBy(() -> planning.saveResultAgreement(id, null, null, ResultAgreementData.forRole(notHeld,
                    "Iets", "Iets meetbaars", day(6, 30), null))).as(notHeld)
                    .isInstanceOfSatisfying(ReviewValidationException.class, e -> assertThat(e.violations())
                            .containsExactly(Violation.of("resultArea", "agreement.role.not-held")));
        }
        assertThatThrownBy(() -> planning.saveResultAgreement(id, null, null, new ResultAgreementData("RG1", null,
                "Iets", "Iets meetbaars", day(6, 30), null, "projectleider")))
                .isInstanceOfSatisfying(ReviewValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.of("resultArea", "agreement.link.both")));
        assertThatThrownBy(() -> planning.saveResultAgreement(id, project.getId(), project.getVersion(),
                ResultAgreementData.forRole("opdrachtgever", "Project wijkvernieuwing opgeleverd",
                        "Opgeleverd binnen budget", day(6, 30), 40))).isInstanceOf(ReviewValidationException.class);
        assertThat(resultAgreements.findByReviewIdOrderByLineageAscVersionNumberAsc(id)).hasSize(3)
                .extracting(a -> a.data().roleCode(), ResultAgreement::roleName).containsOnly(
                        tuple("projectleider", "Projectleider"), tuple("contractmanager", "Contractmanager"),
                        tuple(null, null));
        planning.submitDrafts(id);
        as("COORDINATOR");
        assertThat(reading.dossier(id).roles()).as("the coordinator reads the review, so its roles")
                .extracting(ReviewRole::code).containsExactly("projectleider", "contractmanager");
        input.submitInput(id);
        as("MANAGER");
        planning.setAgreements(id);
        as("EMPLOYEE");
        Signature agreed = planning.agree(id);
        assertThat(agreed.getSignedContent()).contains("\"roleCode\":\"projectleider\"")
                .contains("\"roleName\":\"Contractmanager\"");
        driver.runDueJobsOf(KEY);

        // a change by mutual consent moves the policy agreement to a role; a version keeps its own link
        ResultAgreement current = resultAgreements.findById(policy.getId()).orElseThrow();
        assertThatThrownBy(() -> changes.propose(id, change(policy.getLineage(), "opdrachtgever"), "Andere rol"))
                .isInstanceOfSatisfying(ReviewValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::messageKey).contains("agreement.role.not-held"));
        AgreementChange change = changes.propose(id, change(current.getLineage(), "contractmanager"),
                "Hoort bij het contractmanagement");
        as("MANAGER");
        changes.decide(change.getId(), true, null);
        assertThat(resultAgreements.findByReviewIdOrderByLineageAscVersionNumberAsc(id))
                .filteredOn(a -> a.getLineage().equals(policy.getLineage()))
                .extracting(ResultAgreement::getVersionNumber, ResultAgreement::getStatus, ResultAgreement::resultAreaName,
                        ResultAgreement::roleName)
                .containsExactly(tuple(1, AgreementStatus.SUPERSEDED, "Beleidsontwikkeling", null),
                        tuple(2, AgreementStatus.CURRENT, null, "Contractmanager"));

        // progress
        driver.moveClockTo(review.dates().progressStart());
        driver.runDueJobsOf(KEY);
        as("EMPLOYEE");
        for (ResultAgreement a : List.of(project, contract, policy)) {
            progress.reflect(id, a.getLineage(), ProgressStatus.ON_TRACK, "Loopt.");
        }
        progress.submitReflection(id);
        as("COORDINATOR");
        input.submitInput(id);
        as("MANAGER");
        progress.recordConversation(id, LocalDate.now(), "Besproken, ook de rollen.");

        // assessment: self, informant and manager rate the roles' competencies too
        driver.moveClockTo(review.dates().assessmentStart());
        driver.runDueJobsOf(KEY);
        as("EMPLOYEE");
        assessment.rateCompetency(id, "netwerken", "B", "Als contractmanager");
        assessment.rateCompetency(id, "initiatief", "A", null);
        assertThatThrownBy(() -> assessment.rateCompetency(id, "coaching", "B", null))
                .as("a competency of a role she does not fill").isInstanceOf(ReviewValidationException.class);
        assessment.submitSelfAssessment(id);
        as("COORDINATOR");
        assessment.rateCompetency(id, "plannen-en-organiseren", "B", null);
        input.submitInput(id);
        as("MANAGER");
        for (ResultAgreement a : List.of(project, contract, policy)) {
            assessment.scoreAgreement(id, a.getLineage(), "behaald", null);
        }
        for (String c : PROFILE) {
            assessment.rateCompetency(id, c, "B", null);
        }
        assertThatThrownBy(() -> assessment.writeAssessment(id, "goed", "Sterk jaar"))
                .as("the roles' competencies are not rated yet")
                .isInstanceOfSatisfying(ReviewValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::messageKey).containsExactly("assessment.ratings.missing"));
        for (String c : List.of("plannen-en-organiseren", "initiatief", "netwerken")) {
            assessment.rateCompetency(id, c, "B", null);
        }
        assessment.writeAssessment(id, "goed", "Sterk jaar, ook in de rollen");
        ReviewDossier assessed = reading.dossier(id);
        assertThat(assessed.ratings()).filteredOn(r -> r.getSource() == RatingSource.MANAGER)
                .filteredOn(r -> r.getCompetencyCode().equals("regisseren"))
                .extracting(CompetencyRating::getExpectedLevel).containsExactly("A");
        Signature assessSignature = assessed.signatures().stream().filter(s -> s.getKind() == SignatureKind.ASSESS)
                .findFirst().orElseThrow();
        assertThat(assessSignature.getSignedContent()).contains("\"competency\":\"netwerken\"")
                .contains("\"code\":\"contractmanager\"");
        as("EMPLOYEE");
        assertThat(driver.openTasks(KEY)).containsExactly("respond");
        assessment.noResponse(id);
        assessment.acknowledge(id);
        as("MANAGER");
        assessment.signOff(id);
        driver.runDueJobsOf(KEY);
        assertThat(reading.dossier(id).review().getPhase()).isEqualTo(ReviewPhase.CLOSED);

        // the signed documents show the roles, the agreements' roles and the role competencies by source
        String agreements = text(documents.download(id, DocumentKind.AGREEMENTS).content());
        assertThat(agreements).contains("Rollen").contains("Projectleider").contains("tot en met 30-6-2052")
                .contains("Contractmanager").contains("vanaf 1-3-2052").contains("Project wijkvernieuwing opgeleverd");
        String assessmentPdf = text(documents.download(id, DocumentKind.ASSESSMENT).content());
        assertThat(assessmentPdf).contains("Rollen").contains("Rol: Projectleider").contains("Rol: Contractmanager")
                .contains("Normfunctie, Rol: Contractmanager").contains("Netwerken");
        String source = jdbc.queryForObject("select source_data from review_document where review_id = ? and kind ="
                + " 'ASSESSMENT'", String.class, id);
        assertThat(source).contains("\"source\":\"Rol: Projectleider\"")
                .contains("\"source\":\"Normfunctie, Rol: Contractmanager\"").contains("\"role\":\"Contractmanager\"");

        // roles are part of the review: whoever may not read the review learns nothing of them, the functioneel
        // beheerder who assigned a role included
        for (String outsider : List.of("ADMIN", "OTHER", "HR", "FORMER_MANAGER")) {
            as(outsider);
            assertThatThrownBy(() -> reading.dossier(id)).as(outsider).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> documents.download(id, DocumentKind.ASSESSMENT)).as(outsider)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    /**
     * An agreement of before V22 whose free text names a role the employee fills in the review's year is read as
     * linked to that role; any other text stays the old text only. Neither is rewritten.
     */
    @Test
    void shouldReadAnOldFreeTextThatNamesAHeldRoleAsThatRoleAndKeepTheText() {
        MatrixPeople.ensure(context);
        String bram = MatrixPeople.OTHER_EMPLOYEE_NUMBER;
        as("MANAGER");
        roles.assign(bram, new Request("projectleider", LocalDate.of(2053, 2, 1), LocalDate.of(2053, 12, 31), null));
        long id = MatrixPeople.review(context, 2053, bram);
        Login.as(users, "matrix-buur");
        ResultAgreement named = planning.saveResultAgreement(id, null, null, new ResultAgreementData("RG1", null,
                "Nota", "Vastgesteld", LocalDate.of(2053, 6, 30), null));
        ResultAgreement other = planning.saveResultAgreement(id, null, null, new ResultAgreementData("RG2", null,
                "Evaluatie", "Besproken", LocalDate.of(2053, 6, 30), null));
        // as the old form stored them, typed
        jdbc.update("update result_agreement set work_role = ' PROJECTLEIDER ' where id = ?", named.getId());
        jdbc.update("update result_agreement set work_role = 'Opdrachtgever' where id = ?", other.getId());

        ReviewDossier dossier = reading.dossier(id);
        Map<String, ResultAgreement> byDescription = dossier.resultAgreements().stream()
                .collect(Collectors.toMap(a -> a.data().description(), a -> a));
        assertThat(dossier.roleOf(byDescription.get("Nota").data())).map(ReviewRole::code).contains("projectleider");
        assertThat(byDescription.get("Nota").data().workRole()).isEqualTo(" PROJECTLEIDER ");
        assertThat(dossier.roleOf(byDescription.get("Evaluatie").data())).as("a role Bram does not fill").isEmpty();
        assertThat(byDescription.get("Evaluatie").data().workRole()).isEqualTo("Opdrachtgever");
        assertThat(jdbc.queryForList("select role_code from result_agreement where review_id = ?", String.class, id))
                .containsOnlyNulls();
    }

    private AgreementChangeProposal change(String lineage, String role) {
        return new AgreementChangeProposal(List.of(new AgreementChangeProposal.ResultAgreementChange(lineage,
                ResultAgreementData.forRole(role, "Nota regionale samenwerking", "Vastgesteld door de raad",
                        day(9, 30), 30))), List.of());
    }

    private ReviewDossier reading(long id, String party) {
        as(party);
        return reading.dossier(id);
    }

    private void as(String party) {
        Login.as(users, MatrixPeople.LOGIN.get(party));
    }

    private static LocalDate day(int month, int day) {
        return LocalDate.of(YEAR, month, day);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
