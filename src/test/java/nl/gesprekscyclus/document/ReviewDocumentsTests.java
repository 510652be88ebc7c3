package nl.gesprekscyclus.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.functionbook.ExpectedCompetency;
import nl.gesprekscyclus.functionbook.FunctionBooks;
import nl.gesprekscyclus.functionbook.JobProfile;
import nl.gesprekscyclus.organisation.EmployeeData;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.organisation.OrganisationService;
import nl.gesprekscyclus.privacy.PrivacyFixture;
import nl.gesprekscyclus.review.AssessmentService;
import nl.gesprekscyclus.review.CoordinatorInputService;
import nl.gesprekscyclus.review.DevelopmentAgreementData;
import nl.gesprekscyclus.review.DossierOpenings;
import nl.gesprekscyclus.review.ResultAgreement;
import nl.gesprekscyclus.review.ResultAgreementData;
import nl.gesprekscyclus.review.ReviewClosedException;
import nl.gesprekscyclus.review.ReviewDossier;
import nl.gesprekscyclus.review.ReviewPhase;
import nl.gesprekscyclus.review.ReviewReadService;
import nl.gesprekscyclus.review.ReviewRecords;
import nl.gesprekscyclus.review.Signature;
import nl.gesprekscyclus.round.RoundProcess;
import nl.gesprekscyclus.round.RoundService;
import nl.gesprekscyclus.security.TestAccounts;
import nl.gesprekscyclus.substitution.SubstitutionService;
import nl.gesprekscyclus.test_support.DatabaseTest;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.Login;
import nl.gesprekscyclus.test_support.ProcessDriver;
import nl.gesprekscyclus.test_support.ReviewScenario;
import nl.gesprekscyclus.test_support.TestPeople;
import nl.gesprekscyclus.test_support.TestYears;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
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
 * The signed documents of one review (Stefan Schipper, beheerder, coordinated by Scholten, managed by Bakker),
 * driven through all phases with the real services and process models: the agreements PDF after the agreement,
 * the assessment PDF after the sign-off, both stored by their process step; what they say, that they cannot be
 * changed, and who may download them. Runs on H2 and PostgreSQL.
 */
@DatabaseTest
@Import({ProcessDriver.class, PrivacyFixture.class})
class ReviewDocumentsTests {

    static final int YEAR = TestYears.NEXT;
    static final String EMPLOYEE = TestPeople.STEFAN.login();
    static final String COORDINATOR = TestPeople.STEFAN.coordinator();
    static final String OTHER_EMPLOYEE = "vos";
    static final String ZIENSWIJZE = "<img src=x onerror=alert(1)> De score op “beheerplan” klopt niet & dat zeg ik.";

    /** The review driven once for all tests of this class (they share one database). */
    private static Long reviewId;
    private static Signature agreed;

    @Autowired
    DossierOpenings openings;
    @Autowired
    UserDetailsService users;
    @Autowired
    RoundService rounds;
    @Autowired
    CoordinatorInputService input;
    @Autowired
    AssessmentService assessment;
    @Autowired
    FunctionBooks books;
    @Autowired
    ReviewRecords records;
    @Autowired
    ReviewDocuments documents;
    @Autowired
    DocumentArchive archive;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessDriver driver;
    @Autowired
    ReviewReadService reading;
    @Autowired
    OrganisationService organisation;
    @Autowired
    OrganisationDirectory directory;
    @Autowired
    ApplicationContext context;
    @Autowired
    SubstitutionService substitutions;
    @Autowired
    Clock clock;

    @AfterEach
    void reset() {
        Login.logout();
        driver.resetClock();
    }

    @Test
    void shouldStoreTheAgreementsWhenTheEmployeeAgreedAndTheAssessmentWhenItIsSignedOff() throws IOException {
        long id = signedOffReview();

        assertThat(records.review(id).orElseThrow().getPhase()).isEqualTo(ReviewPhase.CLOSED);
        Login.as(users, EMPLOYEE);
        assertThat(documents.available(id)).extracting(StoredDocument::kind)
                .containsExactly(DocumentKind.AGREEMENTS, DocumentKind.ASSESSMENT);

        String agreements = text(documents.download(id, DocumentKind.AGREEMENTS));
        assertThat(agreements).contains("Gemeente Ommen", "Vastgestelde afspraken " + YEAR, "Stefan Schipper (100020)",
                "Beheerder", "Annemarie Bakker", "Beheerplan sportvelden", "Meldingen binnen 5 werkdagen afgehandeld",
                "versie 1", "Bijscholing beheer", "Akkoord met de afspraken");
        assertThat(normalised(agreements)).contains(agreed.getContentHash());
        assertThat(agreements).doesNotContain("Eindoordeel");
    }

    @Test
    void shouldShowTheWholeAssessmentWithEscapedZienswijzeAndEverySignatureHash() throws IOException {
        long id = signedOffReview();
        Login.as(users, DemoUsers.MANAGER);
        DocumentFile file = documents.download(id, DocumentKind.ASSESSMENT);
        assertThat(file.fileName()).isEqualTo("beoordeling-" + YEAR + "-100020.pdf");

        String text = text(file);
        JobProfile profile = profile();
        // words as read, whichever line the table's layout breaks them over (a longer signer narrows the columns)
        assertThat(text.replaceAll("\\s+", " ")).contains("Beoordeling " + YEAR, "Stefan Schipper", profile.name(),
                "Scholten",
                "Beheerplan sportvelden", "versie 1", "Eigen score", "behaald", "overtroffen", "Nota op tijd",
                "Verwacht niveau", "Informant", "goed", "periodiek", "Zorgvuldig en betrouwbaar",
                "Besluit op de zienswijze", "De beoordeling blijft ongewijzigd", "Score is onderbouwd",
                "Beoordeling vastgesteld", "Voor gezien getekend", "Afgesloten");
        // signed off by the substitute, for the manager
        assertThat(text.replaceAll("\\s+", " ")).contains("Anouk Vos namens Annemarie Bakker");
        assertThat(documents.lines(id)).extracting(DocumentLine::signedBy)
                .containsExactly("Stefan Schipper", "Anouk Vos namens Annemarie Bakker");
        // people's text is shown as text, never read as markup
        assertThat(text.replaceAll("\\s+", " ")).contains("<img src=x onerror=alert(1)> De score op “beheerplan” klopt niet & dat zeg ik.");
        assertThat(normalised(text)).contains(records.complete(id).dossier().signatures().stream()
                .filter(s -> s.getKind() != nl.gesprekscyclus.review.SignatureKind.AGREE)
                .map(Signature::getContentHash).toArray(String[]::new));

        // page 1 as a picture: for the README, and to look at
        try (PDDocument pdf = Loader.loadPDF(file.content())) {
            assertThat(pdf.getNumberOfPages()).isBetween(2, 4);
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 110, ImageType.RGB);
            Path png = Path.of("target/screenshots/pdf-assessment-page1.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(page, "png", png.toFile());
            assertThat(page.getWidth()).isGreaterThan(800);
            ImageIO.write(new PDFRenderer(pdf).renderImageWithDPI(1, 110, ImageType.RGB), "png",
                    png.resolveSibling("pdf-assessment-page2.png").toFile());
        }
    }

    @Test
    void shouldRefuseAnyChangeToAStoredDocumentAndKeepItsHashes() {
        long id = signedOffReview();
        Login.as(users, EMPLOYEE);
        StoredDocument stored = documents.available(id).get(1);

        assertThatThrownBy(() -> jdbc.update("update review_document set content_hash = 'x' where review_id = ?", id))
                .hasMessageContaining("review_document is immutable");
        assertThatThrownBy(() -> jdbc.update("delete from review_document where review_id = ?", id))
                .hasMessageContaining("review_document is immutable");
        // nor can the data it was made from change: the review is closed for everyone, the manager too
        Login.as(users, DemoUsers.MANAGER);
        String lineage = records.complete(id).dossier().resultAgreements().get(0).getLineage();
        assertThatThrownBy(() -> assessment.scoreAgreement(id, lineage, "niet-behaald", "achteraf"))
                .isInstanceOf(ReviewClosedException.class);

        DocumentFile file = documents.download(id, DocumentKind.ASSESSMENT);
        assertThat(DocumentArchive.sha256(file.content())).isEqualTo(stored.contentHash()).isEqualTo(file.contentHash());
        assertThat(archive.check(id, DocumentKind.ASSESSMENT)).contains(new DocumentArchive.Check(true, true));
        assertThat(archive.currentSourceHash(id, DocumentKind.ASSESSMENT)).isEqualTo(stored.sourceHash());
        // the step may run again (a retried job): the stored document stays as it was
        assertThat(archive.store(id, DocumentKind.ASSESSMENT, java.time.Instant.now())).isEqualTo(stored);
    }

    @Test
    void shouldLetTheEmployeeTheManagerAndHrDownloadAndRefuseEveryoneElse() {
        long id = signedOffReview();

        // HR reads content only through a dossier opening with a reason (docs/access-rules.md)
        Login.as(users, DemoUsers.HR);
        assertThatThrownBy(() -> documents.download(id, DocumentKind.ASSESSMENT)).isInstanceOf(AccessDeniedException.class);
        openings.open(id, "Beoordeling nalezen voor het bezwaar van de medewerker");
        for (String allowed : List.of(EMPLOYEE, DemoUsers.MANAGER, DemoUsers.HR)) {
            Login.as(users, allowed);
            assertThat(new String(documents.download(id, DocumentKind.ASSESSMENT).content(), 0, 5)).as(allowed)
                    .isEqualTo("%PDF-");
        }
        assertThat(audit.latest("document.download")).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo(DemoUsers.HR);
            assertThat(e.detail()).isEqualTo("ASSESSMENT by HR");
        });

        // Anouk Vos signed it off as the manager's substitute, and the substitution is over: that signature was the
        // manager's, so she is no former signer and keeps nothing of it
        Login.as(users, OTHER_EMPLOYEE);
        assertThatThrownBy(() -> documents.download(id, DocumentKind.ASSESSMENT)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.available(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(documents.signedEarlier()).isEmpty();
        assertThatThrownBy(() -> documents.download(-1L, DocumentKind.ASSESSMENT)).isInstanceOf(AccessDeniedException.class);
        // the coordinator sees the review screen, never the signed assessment
        Login.as(users, COORDINATOR);
        assertThat(documents.available(id)).isEmpty();
        assertThatThrownBy(() -> documents.download(id, DocumentKind.AGREEMENTS)).isInstanceOf(AccessDeniedException.class);
        assertThat(audit.latest("download document")).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo(COORDINATOR);
            assertThat(e.outcome()).isEqualTo(AuditTrail.REFUSED);
        });
        Login.logout();
        assertThatThrownBy(() -> documents.available(id)).isInstanceOf(
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    /**
     * Issue 16: the employee moves to another manager after the assessment was written. The new manager decides,
     * signs off and reads the whole year; the former manager can no longer open the review, but keeps the signed
     * assessment of the step they signed, and nothing else of it (not the agreements, not the review's list).
     */
    @Test
    void shouldLeaveTheFormerManagerOnlyTheSignedAssessmentAfterTheEmployeeMoved() throws IOException {
        Login.as(users, DemoUsers.ADMIN);
        saveEmployee(null, "464001", "Frits", "Vorig", "100001");
        saveEmployee(null, "464002", "Nina", "Nieuw", "100001");
        saveEmployee(null, "464003", "Joep", "Jaar", "464001");
        TestAccounts.ensure(context, "t16-vorig", person("464001"), List.of());
        TestAccounts.ensure(context, "t16-nieuw", person("464002"), List.of());
        TestAccounts.ensure(context, "t16-jaar", person("464003"), List.of());

        long id = drive(TestPeople.JOEP, "t16-nieuw", null, null, () -> {
            Login.as(users, DemoUsers.ADMIN);
            EmployeeSummary joep = organisation.employee(person("464003"));
            organisation.saveEmployee(joep.id(), joep.version(), data("464003", "Joep", "Jaar", "464002"));
            // what the organisation's change does for the open round of this year (RoundOrganisationListener;
            // RoundTests sees it happen there): this class's round is next year's, so the test tells it
            Login.as(users, DemoUsers.HR);
            context.getBean(RoundProcess.class).employeeChanged(rounds.round(YEAR).orElseThrow(), "464003");
            driver.runDueJobs();
            // the new manager has the open step and the whole year: the agreements, the progress conversation
            // and the assessment the former manager wrote
            Login.as(users, "t16-nieuw");
            ReviewDossier dossier = reading.dossier(driver.reviewId(YEAR + "/464003"));
            assertThat(dossier.resultAgreements()).extracting(a -> a.data().description())
                    .contains("Beheerplan sportvelden");
            assertThat(dossier.progressReport().getReport()).isEqualTo("Loopt volgens plan.");
            assertThat(dossier.assessment().getReasons()).isEqualTo("Zorgvuldig en betrouwbaar");
        });

        Login.as(users, "t16-vorig");
        assertThatThrownBy(() -> reading.dossier(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.available(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.download(id, DocumentKind.AGREEMENTS))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(documents.signedEarlier()).singleElement().satisfies(earlier -> {
            assertThat(earlier.reviewId()).isEqualTo(id);
            assertThat(earlier.employee()).isEqualTo("Joep Jaar");
            assertThat(earlier.stored().kind()).isEqualTo(DocumentKind.ASSESSMENT);
        });
        assertThat(text(documents.download(id, DocumentKind.ASSESSMENT))).contains("Joep Jaar",
                "Zorgvuldig en betrouwbaar", "Beoordeling vastgesteld");
        assertThat(audit.latest("document.download")).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("t16-vorig");
            assertThat(e.detail()).isEqualTo("ASSESSMENT by FORMER_SIGNER");
        });
        // the new manager has it on the review screen, so it is not "earlier" for them
        Login.as(users, "t16-nieuw");
        assertThat(documents.available(id)).extracting(StoredDocument::kind)
                .containsExactly(DocumentKind.AGREEMENTS, DocumentKind.ASSESSMENT);
        assertThat(documents.signedEarlier()).isEmpty();
        // someone who never signed a step of it still gets nothing
        Login.as(users, OTHER_EMPLOYEE);
        assertThatThrownBy(() -> documents.download(id, DocumentKind.ASSESSMENT))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void saveEmployee(Long id, String number, String first, String last, String manager) {
        if (directory.employeeByPersonnelNumber(number).isEmpty()) {
            organisation.saveEmployee(id, null, data(number, first, last, manager));
        }
    }

    private static EmployeeData data(String number, String first, String last, String manager) {
        return new EmployeeData(number, first, null, last, last.toLowerCase() + ".t16@ommen.nl", "beheerder",
                "regie-en-coordinatie", manager, null, false, LocalDate.of(2015, 1, 1), true);
    }

    private long person(String number) {
        return directory.employeeByPersonnelNumber(number).orElseThrow().id();
    }

    // ------------------------------------------------------------------ the review, driven once

    private synchronized long signedOffReview() {
        if (reviewId != null) {
            return reviewId;
        }
        // the manager is away on the day of the sign-off: Anouk Vos (100023) signs it off for her
        reviewId = drive(TestPeople.STEFAN, DemoUsers.MANAGER, "100023", OTHER_EMPLOYEE, () -> {
        });
        return reviewId;
    }

    /**
     * Drives a review of this class's round from drafting to closed with the real services: the person's review
     * (employee, coordinator or none, and the manager who assesses) through planning and progress
     * ({@link ReviewScenario}), then the assessment as this class's documents show it; the manager who decides and
     * signs off after {@code afterAssessment} ran (the same person, unless that moves the employee to another
     * manager), and the signer's substitute (personnel number and login) who signs off for them, or null when they
     * sign themselves.
     */
    private long drive(TestPeople.Person person, String signer, String substitute, String substituteLogin,
            Runnable afterAssessment) {
        String employee = person.login();
        String coordinator = person.coordinator();
        String assessor = person.manager();
        JobProfile profile = profile();
        List<String> areas = profile.resultAreas().stream().map(JobProfile.ResultArea::code).toList();
        ReviewScenario review = ReviewScenario.of(context, person).inYear(YEAR).withAgreements(
                        new ResultAgreementData(areas.get(0), null, "Beheerplan sportvelden",
                                "Vastgesteld door het college", LocalDate.of(YEAR, 6, 30), 60),
                        new ResultAgreementData(areas.get(Math.min(1, areas.size() - 1)), null,
                                "Meldingen afhandelen", "Meldingen binnen 5 werkdagen afgehandeld",
                                LocalDate.of(YEAR, 12, 1), 40))
                .withDevelopmentAgreement(new DevelopmentAgreementData("Bijscholing beheer", "cursus assetmanagement",
                        null, null, "cursus volgen", "tijd geven", null, LocalDate.of(YEAR, 10, 1)))
                .withProgressReport("Loopt volgens plan.")
                .agreed();
        long id = review.id();
        String key = review.key();
        if (person.equals(TestPeople.STEFAN)) {
            agreed = review.agreeSignature();
        }
        // the PDF is not made in the employee's transaction, but by the process step right after it
        Login.as(users, employee);
        assertThat(documents.available(id)).isEmpty();
        review.planned();
        Login.as(users, employee);
        assertThat(documents.available(id)).extracting(StoredDocument::kind).containsExactly(DocumentKind.AGREEMENTS);

        review.inAssessment();
        ResultAgreement first = review.agreements().get(0);
        ResultAgreement second = review.agreements().get(1);
        List<String> competencies = profile.competencies().stream().map(ExpectedCompetency::competency).distinct()
                .toList();
        Login.as(users, employee);
        assessment.scoreAgreement(id, first.getLineage(), "overtroffen", null);
        assessment.scoreAgreement(id, second.getLineage(), "behaald", null);
        assessment.rateCompetency(id, competencies.get(0), "C", "Zelf");
        assessment.submitSelfAssessment(id);
        if (coordinator != null) {
            Login.as(users, coordinator);
            assessment.rateCompetency(id, competencies.get(0), "B", "Als informant");
            input.submitInput(id);
        }
        Login.as(users, assessor);
        assessment.scoreAgreement(id, first.getLineage(), "behaald", "Nota op tijd, niet meer dan dat");
        assessment.scoreAgreement(id, second.getLineage(), "behaald", null);
        for (String c : competencies) {
            assessment.rateCompetency(id, c, "B", null);
        }
        assessment.writeAssessment(id, "goed", "Zorgvuldig en betrouwbaar");
        driver.runDueJobsOf(key);
        afterAssessment.run();
        Login.as(users, employee);
        assessment.respond(id, ZIENSWIJZE, true);
        Login.as(users, signer);
        assessment.decideOnResponse(id, false, null, "Score is onderbouwd");
        Login.as(users, employee);
        assessment.acknowledge(id);
        // the signer is away on the day of the sign-off when the review names a substitute: the substitute signs it
        // off for them (issue 16, item 3), and the substitution ends the same day (the signature keeps for whom)
        Login.as(users, signer);
        SubstitutionService.Line away = substitute == null ? null : substitutions.set(null, person(substitute),
                LocalDate.now(clock), LocalDate.now(clock), "vakantie");
        if (substitute != null) {
            Login.as(users, substituteLogin);
        }
        assessment.signOff(id);
        if (away != null) {
            Login.as(users, signer);
            substitutions.end(away.id());
        }
        assertThat(documents.available(id)).hasSize(1);
        driver.runDueJobsOf(key);
        Login.logout();
        return id;
    }

    private JobProfile profile() {
        return books.current().book().jobProfile(books.current().book().jobTitle("beheerder").orElseThrow().jobProfile())
                .orElseThrow();
    }

    private static String text(DocumentFile file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.content())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    /** Text without line breaks and spaces: a hash may wrap over two lines in a table cell. */
    private static String normalised(String text) {
        return text.replaceAll("\\s+", "");
    }
}
