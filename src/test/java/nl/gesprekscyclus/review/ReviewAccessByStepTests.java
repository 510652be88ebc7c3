package nl.gesprekscyclus.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import nl.gesprekscyclus.cycle.AssessmentPolicy;
import nl.gesprekscyclus.document.DocumentKind;
import nl.gesprekscyclus.document.ReviewDocuments;
import nl.gesprekscyclus.privacy.PersonalDataExport;
import nl.gesprekscyclus.privacy.PrivacyFixture;
import nl.gesprekscyclus.round.RoundProcess;
import nl.gesprekscyclus.round.TestRounds;
import nl.gesprekscyclus.test_support.AccessProbe;
import nl.gesprekscyclus.test_support.AccessTable;
import nl.gesprekscyclus.test_support.DatabaseTest;
import nl.gesprekscyclus.test_support.InzageZip;
import nl.gesprekscyclus.test_support.Login;
import nl.gesprekscyclus.test_support.MatrixPeople;
import nl.gesprekscyclus.test_support.ProcessDriver;
import nl.gesprekscyclus.test_support.SubstitutePeople;
import nl.gesprekscyclus.workrole.RoleAssignmentService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The authorization matrix of a review at every step of its process: one review of the matrix's own employee
 * (MatrixPeople, round 2042, under a policy with a second assessor and the gemeentesecretaris signing off, and HR's
 * advice for the manager only) is walked from drafting to closed; at each step every service action is called by
 * every relation (src/test/resources/access/review-by-step.csv) and the dossier is read by every reader
 * (review-fields-by-step.csv). Each case runs in a transaction that is rolled back, so an allowed action does not
 * move the review; refusals are recorded in the audit trail in a transaction of their own, and every refused
 * case must add to it. At every step each reader also downloads their inzage ZIP (Mijn gegevens): the employee's
 * holds what the EMPLOYEE column shows and no more, the others' nothing of this review. The manager's substitutes
 * (SubstitutePeople) are two more relations: inside their period exactly the manager's column, outside it OTHER's.
 * The employee fills two roles in 2042 (issue 18), assigned by her former manager and by the ADMIN: the roles are
 * read with the review by exactly its readers, and their assigners get nothing more for it.
 */
@DatabaseTest
@Import({ProcessDriver.class, PrivacyFixture.class})
class ReviewAccessByStepTests {

    static final int YEAR = 2042;
    static final String KEY = YEAR + "/" + MatrixPeople.EMPLOYEE_NUMBER;
    static final String REASON = "Klacht over de beoordeling onderzoeken op verzoek van de medewerker";
    /** The regeling of round 2042: the manager's manager is consulted, the top of the line signs off. */
    static final AssessmentPolicy POLICY = new AssessmentPolicy("nextLevel", "gemeentesecretaris", "none", false);

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
    DevelopmentService development;
    @Autowired
    AssessmentService assessment;
    @Autowired
    FeedbackRoundService feedbackRound;
    @Autowired
    AgreementChangeService changes;
    @Autowired
    ReviewDocuments documents;
    @Autowired
    DossierOpenings openings;
    @Autowired
    ReviewRepository reviews;
    @Autowired
    ProcessDriver driver;

    @Autowired
    PersonalDataExport export;

    long id;
    String lineage;
    int inzageChecked;
    long likeOtherChecked;
    long inzageNanos;
    long changeId = -1;
    AccessProbe probe;
    final Map<String, UserDetails> logins = new HashMap<>();

    @AfterEach
    void reset() {
        Login.logout();
        driver.resetClock();
    }

    /** A step of the walk: the tasks open during it, what is written before its cases, how it ends. */
    record Step(String name, List<String> openTasks, Runnable before, Runnable after) {
    }

    @Test
    void shouldAllowRefuseAndShowExactlyWhatTheTablesSayAtEveryStep() {
        long started = System.nanoTime();
        AccessTable actionsTable = AccessTable.read("/access/review-by-step.csv");
        AccessTable fieldsTable = AccessTable.read("/access/review-fields-by-step.csv");
        assertThat(actionsTable.columns()).containsExactlyElementsOf(MatrixPeople.REVIEW_PARTIES);
        assertThat(fieldsTable.columns()).containsExactlyElementsOf(READERS);
        probe = new AccessProbe(context);
        SubstitutePeople.ensure(context);
        id = reviewThatChangedManager();
        Review line = reviews.findById(id).orElseThrow();
        assertThat(line.getManagerId()).as("Lotte Leider").isEqualTo(
                MatrixPeople.id(context, MatrixPeople.MANAGER_NUMBER));
        assertThat(line.getSecondAssessorId()).as("the manager's manager").isEqualTo(
                MatrixPeople.id(context, MatrixPeople.NEXT_LEVEL_NUMBER));
        assertThat(line.signerId()).as("the gemeentesecretaris").isEqualTo(MatrixPeople.id(context, "100001"));
        as("HR_OPENED");
        openings.open(id, REASON);

        List<Step> steps = steps();
        Map<String, Runnable> actions = actions();
        assertThat(actionsTable.cases()).extracting(AccessTable.Case::where).allMatch(
                s -> steps.stream().anyMatch(step -> step.name().equals(s)), "a step of the walk");
        assertThat(actionsTable.cases()).extracting(AccessTable.Case::what).allMatch(actions::containsKey);
        assertThat(actions.keySet()).allMatch(a -> actionsTable.cases().stream().anyMatch(c -> c.what().equals(a)));
        assertThat(fieldsTable.cases()).extracting(AccessTable.Case::what).allMatch(FIELDS::containsKey);
        assertThat(ZIP_FIELDS.keySet()).containsExactlyElementsOf(FIELDS.keySet());
        assertThat(FIELDS.keySet()).containsAll(TEXTS.keySet());

        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Step step : steps) {
            step.before().run();
            Login.logout();
            assertThat(driver.openTasks(KEY)).as("open at step " + step.name())
                    .containsExactlyInAnyOrderElementsOf(step.openTasks());
            for (AccessTable.Case c : actionsTable.at(step.name())) {
                long audited = probe.refusalsAudited();
                as(c.who());
                String outcome = probe.rolledBack(actions.get(c.what()), ReviewAccessByStepTests::outcome);
                if (!outcome.equals(c.expected())) {
                    wrong.add(c + ": expected " + c.expected() + ", got " + outcome);
                } else if ((outcome.equals("refused") || outcome.equals("closed")) && probe.refusalsAudited() == audited) {
                    wrong.add(c + ": refused but not recorded in the audit trail");
                }
                checked++;
                if (c.who().equals("OTHER")) {
                    likeOtherChecked += checkLikeOther(c, actions.get(c.what()), wrong);
                }
            }
            for (String near : MatrixPeople.LIKE_OTHER) {
                if (dossierAs(near) != null) {
                    wrong.add(step.name() + ": " + near + " reads the review");
                }
                likeOtherChecked++;
            }
            Map<String, ReviewDossier> dossiers = new HashMap<>();
            for (AccessTable.Case c : fieldsTable.at(step.name())) {
                ReviewDossier dossier = dossiers.computeIfAbsent(c.who(), this::dossierAs);
                String seen = dossier == null ? "refused" : FIELDS.get(c.what()).test(dossier) ? "visible" : "hidden";
                if (!seen.equals(c.expected())) {
                    wrong.add(c + ": expected " + c.expected() + ", got " + seen);
                }
                checked++;
            }
            long inzageStarted = System.nanoTime();
            inzageChecked += checkInzage(step, fieldsTable.at(step.name()), wrong);
            inzageNanos += System.nanoTime() - inzageStarted;
            Login.logout();
            step.after().run();
            Login.logout();
        }
        assertThat(wrong).as("cases that differ from the tables").isEmpty();
        assertThat(checked).isEqualTo(actionsTable.cases().size() + fieldsTable.cases().size());
        assertThat(inzageChecked).isEqualTo(steps.size() * (FIELDS.size() + INZAGE_READERS.size()));
        System.out.printf("authorization matrix by step: %d action cases, %d field cases, %d ms%n",
                actionsTable.cases().size(), fieldsTable.cases().size(), (System.nanoTime() - started) / 1_000_000);
        assertThat(likeOtherChecked).isEqualTo(MatrixPeople.LIKE_OTHER.size() * (steps.size()
                + actionsTable.cases().stream().filter(c -> c.who().equals("OTHER")).count()));
        System.out.printf("authorization matrix by step, managers near the review (%s) as OTHER: %d cases%n",
                String.join(", ", MatrixPeople.LIKE_OTHER), likeOtherChecked);
        System.out.printf("inzage by step: %d downloads, %d checks, %d ms of the above%n",
                steps.size() * INZAGE_READERS.size(), inzageChecked, inzageNanos / 1_000_000);
    }

    /**
     * The review of the walk, started while the employee was Olga Oud's and moved to Lotte Leider's before the
     * first step, the way a move in the organisation reaches a running review (the round process's change batch):
     * Olga is its former manager, who had access and lost it.
     */
    private long reviewThatChangedManager() {
        MatrixPeople.ensure(context);
        MatrixPeople.moveEmployee(context, MatrixPeople.FORMER_MANAGER_NUMBER);
        try {
            // issue 18: two roles of the year, assigned by people who get nothing of the review for it: Olga while
            // she was the manager (she is one of LIKE_OTHER at every step), and the ADMIN
            RoleAssignmentService roles = context.getBean(RoleAssignmentService.class);
            as("FORMER_MANAGER");
            roles.assign(MatrixPeople.EMPLOYEE_NUMBER, new RoleAssignmentService.Request("projectleider",
                    LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31), null));
            as("ADMIN");
            roles.assign(MatrixPeople.EMPLOYEE_NUMBER, new RoleAssignmentService.Request("contractmanager",
                    LocalDate.of(YEAR, 3, 1), LocalDate.of(YEAR, 9, 30), 50));
            Login.logout();
            long started = MatrixPeople.review(context, YEAR, MatrixPeople.EMPLOYEE_NUMBER, POLICY);
            assertThat(reviews.findById(started).orElseThrow().getManagerId()).as("Olga Oud")
                    .isEqualTo(MatrixPeople.id(context, MatrixPeople.FORMER_MANAGER_NUMBER));
        } finally {
            MatrixPeople.moveEmployee(context, MatrixPeople.MANAGER_NUMBER);
        }
        as("HR");
        // what RoundOrganisationListener does for this year's round; the matrix's round is 2042's
        context.getBean(RoundProcess.class).employeeChanged(TestRounds.round(context, YEAR, Set.of(), POLICY),
                MatrixPeople.EMPLOYEE_NUMBER);
        Login.logout();
        driver.runDueJobsOf("round-" + YEAR, KEY);
        return driver.reviewId(KEY);
    }

    /** The case of OTHER as each manager near the review: the same outcome, and a refusal audited. */
    private int checkLikeOther(AccessTable.Case c, Runnable action, List<String> wrong) {
        for (String near : MatrixPeople.LIKE_OTHER) {
            long audited = probe.refusalsAudited();
            as(near);
            String outcome = probe.rolledBack(action, ReviewAccessByStepTests::outcome);
            if (!outcome.equals(c.expected())) {
                wrong.add(c.where() + ";" + c.what() + " as " + near + ": expected " + c.expected() + " (as OTHER), got "
                        + outcome);
            } else if ((outcome.equals("refused") || outcome.equals("closed")) && probe.refusalsAudited() == audited) {
                wrong.add(c.where() + ";" + c.what() + " as " + near + ": refused but not recorded in the audit trail");
            }
        }
        return MatrixPeople.LIKE_OTHER.size();
    }

    /**
     * The inzage ZIP at this step, downloaded by every reader who can see the review: the employee's holds each
     * field exactly where the table's EMPLOYEE column says "visible" (and no text of a hidden one anywhere), and
     * says what is withheld; everyone else's holds nothing of this review, since it is not about them.
     *
     * @return how many checks were made
     */
    private int checkInzage(Step step, List<AccessTable.Case> fields, List<String> wrong) {
        int made = 0;
        for (String reader : INZAGE_READERS) {
            as(reader);
            InzageZip zip = InzageZip.download(export);
            if (!reader.equals("EMPLOYEE")) {
                if (zip.review(id).isPresent()) {
                    wrong.add(step.name() + ": the inzage of " + reader + " holds the review");
                }
                TEXTS.values().stream().flatMap(List::stream).filter(zip.json()::contains).forEach(text -> wrong.add(
                        step.name() + ": the inzage of " + reader + " holds " + text));
                made++;
                continue;
            }
            JsonNode review = zip.review(id).orElse(null);
            if (review == null) {
                wrong.add(step.name() + ": the employee's inzage lacks the review");
                return made;
            }
            // her other reviews (other classes' years in the shared database) may hold the same words
            String ownReviewOnly = zip.jsonOf(id);
            for (AccessTable.Case c : fields) {
                if (!c.who().equals("EMPLOYEE")) {
                    continue;
                }
                String seen = ZIP_FIELDS.get(c.what()).test(review) ? "visible" : "hidden";
                if (!seen.equals(c.expected())) {
                    wrong.add("inzage " + c + ": expected " + c.expected() + ", got " + seen);
                }
                if (c.expected().equals("hidden")) {
                    TEXTS.getOrDefault(c.what(), List.of()).stream().filter(ownReviewOnly::contains).forEach(text ->
                            wrong.add("inzage " + c + ": hidden, but " + text + " is in the ZIP"));
                }
                made++;
            }
            // withheld: the manager's assessment until the employee may read it, an input while its task is open
            boolean assessmentShown = fields.stream().anyMatch(c -> c.who().equals("EMPLOYEE")
                    && c.what().equals("assessment") && c.expected().equals("visible"));
            List<String> expected = new ArrayList<>();
            if (!assessmentShown) {
                expected.add("MANAGER_ASSESSMENT");
            }
            INPUT_TASKS.forEach((category, task) -> {
                if (step.openTasks().contains(task)) {
                    expected.add(category);
                }
            });
            // the round's policy keeps HR's advice from the employee, at every step
            expected.add("HR_ADVICE");
            expected.add("MESSAGES_TO_OTHERS");
            List<String> withheld = review.path("withheld").findValuesAsText("category");
            if (!withheld.equals(expected)) {
                wrong.add(step.name() + ": the employee's inzage says withheld " + withheld + ", expected " + expected);
            }
            made++;
        }
        return made;
    }

    private List<Step> steps() {
        Review review = reviews.findById(id).orElseThrow();
        return List.of(
                new Step("drafting", List.of("draftAgreements"), () -> {
                    as("EMPLOYEE");
                    lineage = planning.saveResultAgreement(id, null, null, agreement(LocalDate.of(YEAR, 9, 30)))
                            .getLineage();
                    planning.saveDevelopmentAgreement(id, null, null, development());
                }, () -> {
                    as("EMPLOYEE");
                    planning.submitDrafts(id);
                }),
                new Step("planning-input", List.of("planningInput"), () -> {
                    as("COORDINATOR");
                    input.addInput(id, lineage, null, "Goed meetbaar.");
                }, () -> {
                    as("COORDINATOR");
                    input.submitInput(id);
                }),
                new Step("planning-conversation", List.of("planningConversation"), () -> {
                }, () -> {
                    as("MANAGER");
                    planning.setAgreements(id);
                }),
                new Step("agree", List.of("agreeAgreements"), () -> {
                }, () -> {
                    as("EMPLOYEE");
                    planning.disagree(id, "De deadline is te krap.");
                    as("MANAGER");
                    planning.setAgreements(id);
                    as("EMPLOYEE");
                    planning.agree(id);
                    driver.runDueJobsOf(KEY);
                }),
                new Step("agreed", List.of(), () -> {
                }, () -> {
                }),
                new Step("change-proposed", List.of("decideAgreementChange"), () -> {
                    as("EMPLOYEE");
                    changeId = changes.propose(id, change(), "De raad vergadert later.").getId();
                }, () -> {
                    as("MANAGER");
                    changes.decide(changeId, false, "Liever de oude datum.");
                }),
                new Step("self-reflection", List.of("selfReflection"), () -> {
                    driver.moveClockTo(review.dates().progressStart());
                    driver.runDueJobsOf(KEY);
                    as("EMPLOYEE");
                    progress.reflect(id, lineage, ProgressStatus.ON_TRACK, "Loopt.");
                }, () -> {
                    as("EMPLOYEE");
                    progress.submitReflection(id);
                }),
                new Step("progress-input", List.of("progressInput"), () -> {
                    as("COORDINATOR");
                    input.addInput(id, null, null, "Loopt goed.");
                }, () -> {
                    as("COORDINATOR");
                    input.submitInput(id);
                }),
                new Step("progress-conversation", List.of("progressConversation"), () -> {
                }, () -> {
                    as("MANAGER");
                    progress.recordConversation(id, LocalDate.now(), "Besproken.");
                }),
                new Step("self-assessment", List.of("selfAssessment"), () -> {
                    driver.moveClockTo(review.dates().assessmentStart());
                    driver.runDueJobsOf(KEY);
                    as("EMPLOYEE");
                    assessment.scoreAgreement(id, lineage, "behaald", null);
                    assessment.rateCompetency(id, "visie", "B", null);
                }, () -> {
                    as("EMPLOYEE");
                    assessment.submitSelfAssessment(id);
                }),
                new Step("informant-input", List.of("informantInput"), () -> {
                    as("COORDINATOR");
                    assessment.rateCompetency(id, "visie", "C", null);
                    input.addInput(id, null, "visie", "Als input.");
                }, () -> {
                    as("COORDINATOR");
                    input.submitInput(id);
                }),
                new Step("write-assessment", List.of("writeAssessment"), () -> {
                    as("MANAGER");
                    assessment.scoreAgreement(id, lineage, "deels-behaald", null);
                    for (String c : List.of("ondernemingszin", "creativiteit", "visie", "omgevingsbewustzijn",
                            "regisseren", "plannen-en-organiseren", "initiatief", "netwerken")) {
                        assessment.rateCompetency(id, c, "C", null);
                    }
                }, () -> {
                    as("MANAGER");
                    assessment.writeAssessment(id, "matig", "Resultaten deels behaald");
                }),
                new Step("hr-advice", List.of("hrAdvice"), () -> {
                }, () -> {
                    as("HR");
                    assessment.giveHrAdvice(id, "Verbeterplan opstellen.");
                }),
                new Step("weigh-advice", List.of("weighHrAdvice"), () -> {
                }, () -> {
                    as("MANAGER");
                    assessment.weighHrAdvice(id, false, null, null);
                }),
                new Step("second-assessment", List.of("secondAssessment"), () -> {
                }, () -> {
                    as("SECOND_ASSESSOR");
                    assessment.giveSecondOpinion(id, false, "Visie nog beter onderbouwen.");
                }),
                new Step("respond", List.of("respond"), () -> {
                }, () -> {
                    as("EMPLOYEE");
                    assessment.respond(id, "De vertraging lag bij de raad.", true);
                }),
                new Step("decide", List.of("decideOnResponse"), () -> {
                }, () -> {
                    as("MANAGER");
                    assessment.decideOnResponse(id, false, null, "Blijft matig.");
                }),
                new Step("acknowledge", List.of("acknowledge"), () -> {
                }, () -> {
                    as("EMPLOYEE");
                    assessment.acknowledge(id);
                }),
                new Step("sign-off", List.of("signOff"), () -> {
                }, () -> {
                    as("SIGNER");
                    assessment.signOff(id);
                    driver.runDueJobsOf(KEY);
                }),
                new Step("closed", List.of(), () -> {
                    assertThat(reviews.findById(id).orElseThrow().getPhase()).isEqualTo(ReviewPhase.CLOSED);
                }, () -> {
                }));
    }

    /** Every action of the services on a review, with input that is valid where the test can make it so. */
    private Map<String, Runnable> actions() {
        Map<String, Runnable> a = new LinkedHashMap<>();
        a.put("read review", () -> reading.dossier(id));
        a.put("read agreement history", () -> reading.history(id, lineage));
        a.put("list documents", () -> documents.available(id));
        a.put("download agreements document", () -> documents.download(id, DocumentKind.AGREEMENTS));
        a.put("open dossier", () -> openings.open(id, REASON));
        a.put("save result agreement", () -> planning.saveResultAgreement(id, null, null,
                agreement(LocalDate.of(YEAR, 6, 30))));
        a.put("save development agreement", () -> planning.saveDevelopmentAgreement(id, null, null, development()));
        a.put("submit drafts", () -> planning.submitDrafts(id));
        a.put("set agreements", () -> planning.setAgreements(id));
        a.put("agree", () -> planning.agree(id));
        a.put("disagree", () -> planning.disagree(id, "reden"));
        a.put("give input", () -> input.addInput(id, null, null, "inbreng"));
        a.put("submit input", () -> input.submitInput(id));
        a.put("reflect", () -> progress.reflect(id, lineage, ProgressStatus.AT_RISK, "later"));
        a.put("submit reflection", () -> progress.submitReflection(id));
        a.put("record progress conversation", () -> progress.recordConversation(id, LocalDate.now(), "verslag"));
        // the development conversation of a year without assessment (issue 19): never open in this review, which has
        // an assessment; who may do it in a development year: DevelopmentConversationTests
        a.put("prepare development conversation", () -> development.prepare(id, "voorbereiding"));
        a.put("record development conversation", () -> development.record(id, LocalDate.now(), "terugblik", "pop",
                null));
        a.put("acknowledge development conversation", () -> development.acknowledge(id, null));
        a.put("score agreement", () -> assessment.scoreAgreement(id, lineage, "behaald", null));
        a.put("rate competency", () -> assessment.rateCompetency(id, "visie", "B", null));
        a.put("submit self-assessment", () -> assessment.submitSelfAssessment(id));
        // issue 19: the employee's feedback round; this review's round has none, so it is never open here
        a.put("skip feedback round", () -> feedbackRound.skip(id));
        a.put("write assessment", () -> assessment.writeAssessment(id, "goed", "redenen"));
        a.put("give hr advice", () -> assessment.giveHrAdvice(id, "advies"));
        a.put("weigh hr advice", () -> assessment.weighHrAdvice(id, false, null, null));
        a.put("give second opinion", () -> assessment.giveSecondOpinion(id, true, null));
        a.put("respond", () -> assessment.respond(id, "zienswijze", false));
        a.put("no response", () -> assessment.noResponse(id));
        a.put("decide on response", () -> assessment.decideOnResponse(id, false, null, "redenen"));
        a.put("acknowledge", () -> assessment.acknowledge(id));
        a.put("sign off", () -> assessment.signOff(id));
        a.put("propose change", () -> changes.propose(id, change(), "reden"));
        a.put("decide change", () -> changes.decide(changeId, true, null));
        return a;
    }

    /** The fields of the dossier table, each as "the reader gets at least one of these". */
    static final Map<String, Predicate<ReviewDossier>> FIELDS = fields();

    private static Map<String, Predicate<ReviewDossier>> fields() {
        Map<String, Predicate<ReviewDossier>> f = new LinkedHashMap<>();
        f.put("result agreements", d -> !d.resultAgreements().isEmpty());
        f.put("development agreements", d -> !d.developmentAgreements().isEmpty());
        f.put("planning input", d -> d.coordinatorInputs().stream().anyMatch(i -> i.getPhase() == ReviewPhase.PLANNING));
        f.put("disagreements", d -> !d.disagreements().isEmpty());
        f.put("signatures", d -> !d.signatures().isEmpty());
        f.put("changes", d -> !d.changes().isEmpty());
        f.put("reflections", d -> !d.reflections().isEmpty());
        f.put("progress input", d -> d.coordinatorInputs().stream().anyMatch(i -> i.getPhase() == ReviewPhase.PROGRESS));
        f.put("progress report", d -> d.progressReport() != null);
        f.put("self scores", d -> d.scores().stream().anyMatch(s -> s.getSource() == RatingSource.SELF));
        f.put("self ratings", d -> d.ratings().stream().anyMatch(r -> r.getSource() == RatingSource.SELF));
        f.put("informant ratings", d -> d.ratings().stream().anyMatch(r -> r.getSource() == RatingSource.INFORMANT));
        f.put("assessment input", d -> d.coordinatorInputs().stream()
                .anyMatch(i -> i.getPhase() == ReviewPhase.ASSESSMENT));
        f.put("manager scores", d -> d.scores().stream().anyMatch(s -> s.getSource() == RatingSource.MANAGER));
        f.put("manager ratings", d -> d.ratings().stream().anyMatch(r -> r.getSource() == RatingSource.MANAGER));
        f.put("assessment", d -> d.assessment() != null);
        f.put("hr advice", d -> d.assessment() != null && d.assessment().getHrAdvice() != null);
        f.put("second opinion", d -> d.assessment() != null && d.assessment().getSecondOpinionAgreed() != null);
        f.put("response", d -> d.response() != null);
        f.put("roles", d -> !d.roles().isEmpty());
        return f;
    }

    /** The readers of the fields table: everyone who can read the review at some step. */
    static final List<String> READERS = List.of("EMPLOYEE", "COORDINATOR", "MANAGER", "HR", "HR_OPENED",
            "SECOND_ASSESSOR", "SIGNER", "SUBSTITUTE");

    /** Who downloads their own inzage at every step: the employee, and the others who can read the review. */
    static final List<String> INZAGE_READERS = READERS;

    /** The withheld category of each coordinator input task, as the inzage names it. */
    static final Map<String, String> INPUT_TASKS = inputTasks();

    private static Map<String, String> inputTasks() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("PLANNING_INPUT", "planningInput");
        t.put("PROGRESS_INPUT", "progressInput");
        t.put("ASSESSMENT_INPUT", "informantInput");
        return t;
    }

    /**
     * The fields of the dossier table as the inzage's gegevens.json holds them for one review (read with plain
     * Jackson, not with the code that wrote them): each as "the ZIP has at least one of these".
     */
    static final Map<String, Predicate<JsonNode>> ZIP_FIELDS = zipFields();

    private static Map<String, Predicate<JsonNode>> zipFields() {
        Map<String, Predicate<JsonNode>> f = new LinkedHashMap<>();
        f.put("result agreements", r -> !r.path("result_agreement").isEmpty());
        f.put("development agreements", r -> !r.path("development_agreement").isEmpty());
        f.put("planning input", r -> anyRow(r, "coordinator_input", "phase", "PLANNING"));
        f.put("disagreements", r -> !r.path("disagreement").isEmpty());
        f.put("signatures", r -> !r.path("signature").isEmpty());
        f.put("changes", r -> !r.path("agreement_change").isEmpty());
        f.put("reflections", r -> !r.path("progress_reflection").isEmpty());
        f.put("progress input", r -> anyRow(r, "coordinator_input", "phase", "PROGRESS"));
        f.put("progress report", r -> !r.path("progress_report").isEmpty());
        f.put("self scores", r -> anyRow(r, "agreement_score", "source", "SELF"));
        f.put("self ratings", r -> anyRow(r, "competency_rating", "source", "SELF"));
        f.put("informant ratings", r -> anyRow(r, "competency_rating", "source", "INFORMANT"));
        f.put("assessment input", r -> anyRow(r, "coordinator_input", "phase", "ASSESSMENT"));
        f.put("manager scores", r -> anyRow(r, "agreement_score", "source", "MANAGER"));
        f.put("manager ratings", r -> anyRow(r, "competency_rating", "source", "MANAGER"));
        f.put("assessment", r -> !r.path("assessment").isEmpty());
        f.put("hr advice", r -> anyValue(r, "assessment", "hr_advice"));
        f.put("second opinion", r -> anyValue(r, "assessment", "second_opinion_agreed"));
        f.put("response", r -> !r.path("employee_response").isEmpty());
        f.put("roles", r -> !r.path("roles").isEmpty());
        return f;
    }

    private static boolean anyValue(JsonNode review, String table, String column) {
        for (JsonNode row : review.path(table)) {
            if (!row.path(column).isMissingNode() && !row.path(column).isNull()) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyRow(JsonNode review, String table, String column, String value) {
        for (JsonNode row : review.path(table)) {
            if (row.path(column).asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Texts the walk writes into one field only (as they appear in JSON): where that field is hidden, they must be
     * nowhere in the ZIP, whichever part of it might carry them (a signature, an audit entry, a notification).
     */
    static final Map<String, List<String>> TEXTS = Map.ofEntries(
            Map.entry("result agreements", List.of("Nota regionale samenwerking")),
            Map.entry("development agreements", List.of("Regie op ketenpartners")),
            Map.entry("planning input", List.of("Goed meetbaar.")),
            Map.entry("disagreements", List.of("De deadline is te krap.")),
            Map.entry("changes", List.of("De raad vergadert later.")),
            Map.entry("reflections", List.of("\"Loopt.\"")),
            Map.entry("progress input", List.of("Loopt goed.")),
            Map.entry("progress report", List.of("Besproken.")),
            Map.entry("self scores", List.of("\"behaald\"")),
            Map.entry("assessment input", List.of("Als input.")),
            Map.entry("manager scores", List.of("deels-behaald")),
            Map.entry("assessment", List.of("Resultaten deels behaald", "\"matig\"")),
            Map.entry("hr advice", List.of("Verbeterplan opstellen.")),
            Map.entry("second opinion", List.of("Visie nog beter onderbouwen.")),
            Map.entry("response", List.of("De vertraging lag bij de raad.")));

    /** The dossier as this reader gets it, or null when they are refused. */
    private ReviewDossier dossierAs(String party) {
        as(party);
        try {
            return reading.dossier(id);
        } catch (AccessDeniedException e) {
            return null;
        }
    }

    /** The table's name for what a service answered, beyond allowed and refused. */
    private static String outcome(RuntimeException e) {
        if (e instanceof TaskNotOpenException) {
            return "not-now";
        }
        if (e instanceof ReviewClosedException) {
            return "closed";
        }
        if (e instanceof ReviewValidationException) {
            return "allowed"; // through the gate; only the input was refused
        }
        return e instanceof IllegalArgumentException ? "absent" : null;
    }

    /** Logs in as the relation; the user details are loaded once per party (thousands of cases). */
    private void as(String party) {
        UserDetails user = logins.computeIfAbsent(party, p -> users.loadUserByUsername(MatrixPeople.LOGIN.get(p)));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private static ResultAgreementData agreement(LocalDate deadline) {
        return new ResultAgreementData("RG1", null, "Nota regionale samenwerking", "Vastgesteld door de raad",
                deadline, 100);
    }

    private static DevelopmentAgreementData development() {
        return new DevelopmentAgreementData("Regie op ketenpartners", "cursus", "meer regie", "minder uitvoering",
                "cursus volgen", "ruimte geven", "budget", null);
    }

    private AgreementChangeProposal change() {
        return new AgreementChangeProposal(List.of(new AgreementChangeProposal.ResultAgreementChange(lineage,
                agreement(LocalDate.of(YEAR, 11, 30)))), List.of());
    }
}
