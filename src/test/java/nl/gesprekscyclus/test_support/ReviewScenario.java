package nl.gesprekscyclus.test_support;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.gesprekscyclus.cycle.AssessmentPolicy;
import nl.gesprekscyclus.cycle.CycleSettings;
import nl.gesprekscyclus.cycle.RoundCalendar;
import nl.gesprekscyclus.cycle.RoundShape;
import nl.gesprekscyclus.functionbook.ExpectedCompetency;
import nl.gesprekscyclus.functionbook.JobProfile;
import nl.gesprekscyclus.review.AssessmentService;
import nl.gesprekscyclus.review.CoordinatorInputService;
import nl.gesprekscyclus.review.DevelopmentAgreementData;
import nl.gesprekscyclus.review.PlanningService;
import nl.gesprekscyclus.review.ProgressService;
import nl.gesprekscyclus.review.ProgressStatus;
import nl.gesprekscyclus.review.ResultAgreement;
import nl.gesprekscyclus.review.ResultAgreementData;
import nl.gesprekscyclus.review.ReviewDates;
import nl.gesprekscyclus.review.ReviewDossier;
import nl.gesprekscyclus.review.ReviewPhase;
import nl.gesprekscyclus.review.ReviewReadService;
import nl.gesprekscyclus.review.ReviewRecords;
import nl.gesprekscyclus.review.Signature;
import nl.gesprekscyclus.round.Round;
import nl.gesprekscyclus.round.RoundMembership;
import nl.gesprekscyclus.round.RoundSelection;
import nl.gesprekscyclus.round.RoundService;
import nl.gesprekscyclus.round.TestRounds;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Brings one employee's review of one year to a named {@link Stage}, through the application's own services as the
 * people of the review would act (HR starts the round, the employee drafts and agrees, the coordinator gives input,
 * the manager sets, records, assesses and signs off) and the engine's due jobs, with the engine's clock moved to the
 * progress and assessment windows:
 *
 * <pre>{@code
 * ReviewScenario review = ReviewScenario.of(context, TestPeople.MEHMET).inYear(TestYears.NEXT).agreed();
 * long id = review.id();
 * }</pre>
 *
 * A scenario goes forward only, from where the review stands in the engine: asked again in a shared database (another
 * test of the class, the same fixture in another class) it finds the review and does only the steps that are left, so
 * a test may also stop at a stage, act or assert itself, and go on ({@code review.inAssessment()}). A person's review
 * of a year belongs to one class per database (the class that calls {@link #of}: a fixture shared by several classes
 * owns its reviews for all of them); another class asking for it is refused, and so is a round of a year that another
 * class started under another policy or shape (see {@link TestPeople}, {@link TestYears}). Each call leaves nobody
 * logged in; the engine's clock stays where the scenario moved it (reset it after the test,
 * {@link ProcessDriver#resetClock()}).
 * <p>
 * What it writes unless told otherwise: two result agreements ("Nota regionale samenwerking" in RG1, weight 60, due 30
 * September; "Evaluatie subsidiebeleid" in RG2, weight 40, due 30 November), every agreement on track without a text,
 * the progress report "Besproken: loopt volgens plan.", an assessment "voldoende" ("Afspraken behaald.") with every
 * agreement "behaald" and every competency at the level its profile expects (a role's at the middle of the scale), no
 * zienswijze; the manager signs off. A step the scenario does not drive (HR's advice, a second assessor, a zienswijze,
 * a sign-off by someone else) is the test's own: stop at the stage before it, act, go on.
 */
public final class ReviewScenario {

    /** Where a review stands, in the order of the year; each stage names what was done last. */
    public enum Stage {
        /** Nothing yet: no review of the year. */
        NONE,
        /** The round has the employee's review; drafting is open ("draftAgreements"). */
        STARTED,
        /** The employee handed in the drafts: the coordinator's input is open, or without one the planning conversation. */
        DRAFTS_SUBMITTED,
        /** The coordinator gave input (or there is none): the manager's planning conversation is open. */
        PLANNING_INPUT_GIVEN,
        /** The manager set the agreements: the employee's agreement is open. */
        AGREEMENTS_SET,
        /** The employee agreed; the planning's last step (its document) is a due job. */
        AGREED,
        /** The planning is over (its document made); the review waits for the progress window. */
        PLANNED,
        /** The engine's clock at the progress window: the employee's self-reflection is open. */
        IN_PROGRESS,
        /** The employee reflected on every agreement and handed it in. */
        REFLECTED,
        /** The coordinator gave progress input (or there is none): the progress conversation is open. */
        PROGRESS_INPUT_GIVEN,
        /** The manager recorded the progress conversation; the review waits for the assessment window. */
        PROGRESS_RECORDED,
        /**
         * The engine's clock at the assessment window: the self-assessment is open (the feedback round first, in a
         * round that offers it; the development conversation in a year without a formal assessment).
         */
        IN_ASSESSMENT,
        /** The employee handed in the self-assessment. */
        SELF_ASSESSED,
        /** The coordinator gave assessment input (or there is none): the manager's assessment is open. */
        ASSESSMENT_INPUT_GIVEN,
        /** The manager wrote the assessment: the employee may respond. */
        ASSESSED,
        /** No zienswijze, voor gezien signed: the sign-off is open. */
        ACKNOWLEDGED,
        /** Signed off: closed and read-only, its document made. */
        CLOSED
    }

    /** The stage each open task of the review means (the earliest wins when several are open). */
    private static final Map<String, Stage> STAGE_OF_TASK = Map.ofEntries(Map.entry("draftAgreements", Stage.STARTED),
            Map.entry("planningInput", Stage.DRAFTS_SUBMITTED),
            Map.entry("planningConversation", Stage.PLANNING_INPUT_GIVEN),
            Map.entry("agreeAgreements", Stage.AGREEMENTS_SET), Map.entry("selfReflection", Stage.IN_PROGRESS),
            Map.entry("progressInput", Stage.REFLECTED), Map.entry("progressConversation", Stage.PROGRESS_INPUT_GIVEN),
            Map.entry("feedbackRound", Stage.IN_ASSESSMENT), Map.entry("selfAssessment", Stage.IN_ASSESSMENT),
            Map.entry("developmentPreparation", Stage.IN_ASSESSMENT),
            Map.entry("developmentConversation", Stage.IN_ASSESSMENT),
            Map.entry("acknowledgeDevelopment", Stage.IN_ASSESSMENT), Map.entry("informantInput", Stage.SELF_ASSESSED),
            Map.entry("writeAssessment", Stage.ASSESSMENT_INPUT_GIVEN), Map.entry("hrAdvice", Stage.ASSESSED),
            Map.entry("weighHrAdvice", Stage.ASSESSED), Map.entry("secondAssessment", Stage.ASSESSED),
            Map.entry("respond", Stage.ASSESSED), Map.entry("decideOnResponse", Stage.ASSESSED),
            Map.entry("acknowledge", Stage.ASSESSED), Map.entry("signOff", Stage.ACKNOWLEDGED));

    /** Per context (one database each): the reviews taken, "year/personnel number", and the class that took each. */
    private static final Map<ApplicationContext, Map<String, String>> TAKEN = new WeakHashMap<>();

    private final ApplicationContext context;
    private final TestPeople.Person person;
    private final String owner;
    private final UserDetailsService users;
    private final ProcessDriver driver;
    private int year;
    private AssessmentPolicy policy;
    private RoundShape shape;
    private Function<List<String>, List<ResultAgreementData>> agreementsInAreas = this::defaultAgreements;
    private final List<DevelopmentAgreementData> developmentAgreements = new ArrayList<>();
    private final List<Reflection> reflections = new ArrayList<>();
    private String progressReport = "Besproken: loopt volgens plan.";
    private String competencyLevel;

    private Stage stage;
    private Long id;
    private final List<ResultAgreement> agreements = new ArrayList<>();
    private Signature agreeSignature;

    private record Reflection(ProgressStatus status, String text) {
    }

    private ReviewScenario(ApplicationContext context, TestPeople.Person person, String owner) {
        this.context = context;
        this.person = person;
        this.owner = owner;
        this.users = context.getBean(UserDetailsService.class);
        this.driver = new ProcessDriver(context.getBean(ManagementService.class), context.getBean(RuntimeService.class),
                context.getBean(TaskService.class));
    }

    /** A scenario of this person's review, owned by the calling class. */
    public static ReviewScenario of(ApplicationContext context, TestPeople.Person person) {
        String owner = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass().getName();
        return new ReviewScenario(context, person, owner);
    }

    // ---- the round

    /**
     * The review of this year: in the round of the year if there is one, or a round HR starts for the employee, with
     * cycle.yaml's calendar, policy and shape (through the round screen's service for this year ± 1, beyond that as
     * {@link TestRounds} does).
     */
    public ReviewScenario inYear(int year) {
        this.year = year;
        return this;
    }

    /** The review of a year whose round runs under this assessment policy (the round is made unless it exists). */
    public ReviewScenario inRound(int year, AssessmentPolicy policy) {
        this.year = year;
        this.policy = policy;
        return this;
    }

    /** The same with a shape of the cycle of its own (progress conversations, formal assessment, feedback round). */
    public ReviewScenario inRound(int year, AssessmentPolicy policy, RoundShape shape) {
        inRound(year, policy);
        this.shape = shape;
        return this;
    }

    // ---- what the people write

    /** These result agreements instead of the default two. */
    public ReviewScenario withAgreements(ResultAgreementData... agreements) {
        List<ResultAgreementData> list = List.of(agreements);
        this.agreementsInAreas = areas -> list;
        return this;
    }

    /** Result agreements made from the codes of the resultaatgebieden of the review's own profile, in its order. */
    public ReviewScenario withAgreementsInAreas(Function<List<String>, List<ResultAgreementData>> agreements) {
        this.agreementsInAreas = agreements;
        return this;
    }

    /** A development agreement drafted with the result agreements. */
    public ReviewScenario withDevelopmentAgreement(DevelopmentAgreementData agreement) {
        developmentAgreements.add(agreement);
        return this;
    }

    /**
     * The self-reflection on the next agreement (the first call the first agreement, and so on; the last one given for
     * every agreement after it). Without any: every agreement on track, no text.
     */
    public ReviewScenario reflecting(ProgressStatus status, String text) {
        reflections.add(new Reflection(status, text));
        return this;
    }

    /** The report of the progress conversation. */
    public ReviewScenario withProgressReport(String report) {
        this.progressReport = report;
        return this;
    }

    /** Every competency rated at this level by the manager, instead of at the level the profile expects. */
    public ReviewScenario competenciesRatedAt(String level) {
        this.competencyLevel = level;
        return this;
    }

    // ---- the stages

    public ReviewScenario started() {
        return to(Stage.STARTED);
    }

    public ReviewScenario draftsSubmitted() {
        return to(Stage.DRAFTS_SUBMITTED);
    }

    public ReviewScenario agreed() {
        return to(Stage.AGREED);
    }

    public ReviewScenario planned() {
        return to(Stage.PLANNED);
    }

    public ReviewScenario inAssessment() {
        return to(Stage.IN_ASSESSMENT);
    }

    public ReviewScenario assessed() {
        return to(Stage.ASSESSED);
    }

    public ReviewScenario closed() {
        return to(Stage.CLOSED);
    }

    /** Brings the review to this stage from where it stands (nothing when it is there or further). */
    public ReviewScenario to(Stage target) {
        if (year == 0) {
            throw new IllegalStateException("say the year first: inYear(...) or inRound(...)");
        }
        take();
        try {
            int steps = 0;
            for (Stage next = where(); next.compareTo(target) < 0; next = where()) {
                if (++steps > 2 * Stage.values().length) {
                    throw new IllegalStateException(key() + " stays at " + next + ", open: " + driver.openTasks(key()));
                }
                step(Stage.values()[next.ordinal() + 1]);
            }
        } finally {
            Login.logout();
        }
        return this;
    }

    // ---- what tests read

    public long id() {
        if (id == null) {
            throw new IllegalStateException("no review yet: bring the scenario to a stage first");
        }
        return id;
    }

    /** The business key of the review's process, "year/personnel number". */
    public String key() {
        return year + "/" + person.personnelNumber();
    }

    public int year() {
        return year;
    }

    public TestPeople.Person person() {
        return person;
    }

    /** Where the review stands now, read from the engine (and the review's phase between the tasks). */
    public Stage stage() {
        return where();
    }

    /** The result agreements this scenario drafted, in the order they were saved (empty when it drafted none). */
    public List<ResultAgreement> agreements() {
        return Collections.unmodifiableList(agreements);
    }

    /** The employee's signature under the agreements, when this scenario agreed them. */
    public Signature agreeSignature() {
        return agreeSignature;
    }

    public ProcessDriver driver() {
        return driver;
    }

    // ---- the steps

    private void step(Stage stage) {
        switch (stage) {
            case STARTED -> start();
            case DRAFTS_SUBMITTED -> draft();
            case PLANNING_INPUT_GIVEN, PROGRESS_INPUT_GIVEN, ASSESSMENT_INPUT_GIVEN -> coordinatorInput(stage);
            case AGREEMENTS_SET -> as(person.manager(), () -> bean(PlanningService.class).setAgreements(id));
            case AGREED -> as(person.login(), () -> agreeSignature = bean(PlanningService.class).agree(id));
            case PLANNED -> settle(key());
            case IN_PROGRESS -> enterWindow(dates().progressStart());
            case REFLECTED -> reflect();
            case PROGRESS_RECORDED -> as(person.manager(), () -> bean(ProgressService.class).recordConversation(id,
                    LocalDate.now(bean(Clock.class)), progressReport));
            case IN_ASSESSMENT -> enterWindow(dates().assessmentStart());
            case SELF_ASSESSED -> as(person.login(), () -> bean(AssessmentService.class).submitSelfAssessment(id));
            case ASSESSED -> assess();
            case ACKNOWLEDGED -> acknowledge();
            case CLOSED -> {
                as(person.manager(), () -> bean(AssessmentService.class).signOff(id));
                settle(key());
            }
            default -> throw new IllegalArgumentException(stage.name());
        }
        this.stage = stage;
    }

    private void start() {
        Login.as(users, DemoUsers.HR);
        Round round = round();
        if (!round.selection().personnelNumbers().contains(person.personnelNumber())) {
            // a round starts the reviews of its selection itself; anyone else joins it as a new employee would
            bean(RoundMembership.class).addEmployee(round.getId(), person.personnelNumber());
        }
        settle(key(), "round-" + year);
        Login.logout();
    }

    private Round round() {
        RoundService rounds = bean(RoundService.class);
        int thisYear = LocalDate.now(bean(Clock.class)).getYear();
        if (policy == null && shape == null && Math.abs(year - thisYear) <= 1) {
            return rounds.round(year).orElseGet(() -> rounds.startRound(rounds.defaultCalendar(year),
                    new RoundSelection(Set.of(), Set.of(person.personnelNumber()))));
        }
        CycleSettings settings = bean(CycleSettings.class);
        AssessmentPolicy roundPolicy = policy == null ? settings.assessmentPolicy() : policy;
        RoundShape roundShape = shape == null ? RoundShape.of(settings.cycleShape(), RoundCalendar.of(settings, year))
                : shape;
        Round round = TestRounds.round(context, year, Set.of(person.personnelNumber()), roundPolicy, roundShape);
        // a round keeps what it started with: another class's round of this year would decide the review's line
        if (!round.policy().equals(roundPolicy) || !round.shape().equals(roundShape)) {
            throw new IllegalStateException("the round of " + year + " runs under " + round.policy() + " and "
                    + round.shape() + ", not what " + owner + " asks: take a year of its own (TestYears)");
        }
        return round;
    }

    private void draft() {
        Login.as(users, person.login());
        PlanningService planning = bean(PlanningService.class);
        List<String> areas = dossier().jobProfile().resultAreas().stream().map(JobProfile.ResultArea::code).toList();
        for (ResultAgreementData data : agreementsInAreas.apply(areas)) {
            agreements.add(planning.saveResultAgreement(id, null, null, data));
        }
        for (DevelopmentAgreementData data : developmentAgreements) {
            planning.saveDevelopmentAgreement(id, null, null, data);
        }
        planning.submitDrafts(id);
    }

    private void coordinatorInput(Stage stage) {
        if (person.coordinator() != null) {
            LocalDate window = stage == Stage.PROGRESS_INPUT_GIVEN ? dates().progressStart()
                    : stage == Stage.ASSESSMENT_INPUT_GIVEN ? dates().assessmentStart() : null;
            if (window != null) {
                driver.moveClockForwardTo(window);
            }
            as(person.coordinator(), () -> bean(CoordinatorInputService.class).submitInput(id));
        }
    }

    private void reflect() {
        driver.moveClockForwardTo(dates().progressStart());
        Login.as(users, person.login());
        ProgressService progress = bean(ProgressService.class);
        List<ResultAgreement> current = dossier().resultAgreements();
        for (int i = 0; i < current.size(); i++) {
            Reflection r = reflections.isEmpty() ? new Reflection(ProgressStatus.ON_TRACK, null)
                    : reflections.get(Math.min(i, reflections.size() - 1));
            progress.reflect(id, current.get(i).getLineage(), r.status(), r.text());
        }
        progress.submitReflection(id);
    }

    private void assess() {
        driver.moveClockForwardTo(dates().assessmentStart());
        Login.as(users, person.manager());
        AssessmentService assessment = bean(AssessmentService.class);
        ReviewDossier dossier = dossier();
        for (ResultAgreement a : dossier.resultAgreements()) {
            assessment.scoreAgreement(id, a.getLineage(), "behaald", null);
        }
        Map<String, String> expected = new HashMap<>();
        for (ExpectedCompetency c : dossier.jobProfile().competencies()) {
            expected.putIfAbsent(c.competency(), c.level());
        }
        List<String> scale = dossier.scale().codes();
        for (var competency : dossier.competencies()) {
            String level = competencyLevel != null ? competencyLevel
                    : expected.getOrDefault(competency.code(), scale.get(scale.size() / 2));
            assessment.rateCompetency(id, competency.code(), level, null);
        }
        assessment.writeAssessment(id, "voldoende", "Afspraken behaald.");
        settle(key());
    }

    private void acknowledge() {
        driver.moveClockForwardTo(dates().assessmentStart());
        Login.as(users, person.login());
        AssessmentService assessment = bean(AssessmentService.class);
        List<String> open = driver.openTasks(key());
        if (open.contains("respond")) {
            assessment.noResponse(id);
            open = driver.openTasks(key());
        }
        if (!open.contains("acknowledge")) {
            throw new IllegalStateException(key() + " waits for " + open + ", not for the employee's voor gezien: "
                    + "that step is the test's own (" + owner + ")");
        }
        assessment.acknowledge(id);
    }

    private void enterWindow(LocalDate start) {
        settle(key());
        driver.moveClockTo(start);
        settle(key());
    }

    private void as(String login, Runnable action) {
        Login.as(users, login);
        action.run();
    }

    // ---- where the review stands

    private Stage where() {
        if (id == null) {
            List<Long> ids = bean(JdbcTemplate.class).queryForList("select id from review where process_key = ?",
                    Long.class, key());
            if (ids.isEmpty()) {
                return Stage.NONE;
            }
            id = ids.get(0);
        }
        // tasks the scenario does not drive (an agreement change to decide) say nothing about the stage
        Stage earliest = driver.openTasks(key()).stream().map(STAGE_OF_TASK::get).filter(s -> s != null)
                .min(Enum::compareTo).orElse(null);
        if (earliest != null) {
            return earliest;
        }
        ReviewPhase phase = bean(ReviewRecords.class).review(id).orElseThrow().getPhase();
        return switch (phase) {
            // between the agreement and the progress window: whether the planning's document is made, only a
            // scenario that took the review through it knows; running the due jobs again is harmless
            case PLANNING -> stage == Stage.PLANNED ? Stage.PLANNED : Stage.AGREED;
            case PROGRESS -> Stage.PROGRESS_RECORDED;
            case CLOSED -> Stage.CLOSED;
            default -> throw new IllegalStateException(key() + " is in " + phase + " without an open task");
        };
    }

    /** Refuses a review that another class took in this context (database). */
    private void take() {
        synchronized (TAKEN) {
            String taker = TAKEN.computeIfAbsent(context, c -> new HashMap<>()).putIfAbsent(key(), owner);
            if (taker != null && !taker.equals(owner)) {
                throw new IllegalStateException("the review " + key() + " is " + taker + "'s in this database; take "
                        + "another person or year for " + owner + " (TestPeople, TestYears)");
            }
        }
    }

    // ---- reading

    private ReviewDates dates() {
        return bean(ReviewRecords.class).review(id).orElseThrow().dates();
    }

    private ReviewDossier dossier() {
        return bean(ReviewReadService.class).dossier(id);
    }

    private <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    private List<ResultAgreementData> defaultAgreements(List<String> areas) {
        return List.of(new ResultAgreementData("RG1", null, "Nota regionale samenwerking", "Vastgesteld door de raad",
                LocalDate.of(year, 9, 30), 60), new ResultAgreementData("RG2", null, "Evaluatie subsidiebeleid",
                "Besproken in het college", LocalDate.of(year, 11, 30), 40));
    }

    /**
     * The due jobs of these processes done: run here, or, in a context whose job executor runs (the browser tests'),
     * waited for while the executor runs them (running them here as well raced the executor for the same jobs).
     */
    private void settle(String... businessKeys) {
        if (!context.getEnvironment().getProperty("camunda.bpm.job-execution.enabled", Boolean.class, false)) {
            driver.runDueJobsOf(businessKeys);
            return;
        }
        RuntimeService runtime = bean(RuntimeService.class);
        ManagementService management = bean(ManagementService.class);
        Set<String> keys = Set.of(businessKeys);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            Set<String> instances = runtime.createProcessInstanceQuery().list().stream()
                    .filter(pi -> keys.contains(pi.getBusinessKey())).map(pi -> pi.getId())
                    .collect(Collectors.toSet());
            if (management.createJobQuery().executable().list().stream()
                    .noneMatch(j -> instances.contains(j.getProcessInstanceId()))) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the job executor left due jobs of " + keys + " for a minute");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
