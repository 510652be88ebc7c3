package nl.gesprekscyclus.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.function.IntFunction;
import nl.gesprekscyclus.cycle.CycleSettings;
import nl.gesprekscyclus.cycle.RoundCalendar;
import nl.gesprekscyclus.cycle.VlootschouwGrid;
import nl.gesprekscyclus.functionbook.Competency;
import nl.gesprekscyclus.functionbook.LevelScale;
import nl.gesprekscyclus.review.AssessmentService;
import nl.gesprekscyclus.review.CoordinatorInputService;
import nl.gesprekscyclus.review.PlanningService;
import nl.gesprekscyclus.review.ProgressService;
import nl.gesprekscyclus.review.ProgressStatus;
import nl.gesprekscyclus.review.ResultAgreement;
import nl.gesprekscyclus.review.ResultAgreementData;
import nl.gesprekscyclus.review.ReviewDossier;
import nl.gesprekscyclus.review.ReviewReadService;
import nl.gesprekscyclus.round.RoundSelection;
import nl.gesprekscyclus.round.RoundService;
import nl.gesprekscyclus.vlootschouw.VlootschouwService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo only ({@code demo} profile and {@code gesprekscyclus.demo.round.enabled=true}): on a start without a
 * round for this year, plays last year's round to its end and this year's up to today, on the calendar of
 * cycle.yaml, through the real services and engine, as the people concerned, each step at a plausible moment of
 * that calendar ({@link DemoClock}, {@link DemoTime}): a round starts in the first days of the planning window,
 * agreements are made in it, progress conversations in the progress window, assessments in the assessment window;
 * the engine's timers (phase starts, reminders, escalations) fire at their own moments. What lies after today is
 * not done, so the phase this year's reviews are in follows from today's date: on 5 December most are in the
 * assessment, a few stayed behind in an earlier phase (late), some are signed off. Last year's reviews are all
 * signed off, with judgements spread as they are in a municipality, and its round is closed: "Voortgang" compares
 * this year with it.
 * <p>
 * While it plays, both clocks stand in the past. So it plays while the application starts: after the web server
 * started ({@link #getPhase()}), which answers every request with "De demo wordt voorbereid…" until it is ready
 * ({@link DemoPreparationFilter}), and before the engine's job executor starts (on the application's ready event):
 * nobody can log in and see a clock that jumps, and the engine's jobs run here, one at a time, never fought over
 * by the job executor. A start that finds this year's round does nothing.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "gesprekscyclus.demo.round.enabled", havingValue = "true")
class DemoRound implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DemoRound.class);

    /** How far a review is driven, in the order of the year. */
    enum Step {
        NOTHING, AGREED, REFLECTED, DISCUSSED, SELF_ASSESSED, INFORMED, SIGNED;

        boolean reached(Step step) {
            return compareTo(step) >= 0;
        }
    }

    /**
     * Per ten reviews: one stayed in the planning (nothing submitted), one in the progress phase (reflected, no
     * conversation yet), six in the assessment at its different steps, two signed off.
     */
    private static final List<Step> SPREAD = List.of(Step.NOTHING, Step.REFLECTED, Step.DISCUSSED, Step.DISCUSSED,
            Step.SELF_ASSESSED, Step.SELF_ASSESSED, Step.INFORMED, Step.INFORMED, Step.SIGNED, Step.SIGNED);

    /**
     * Last year's overall judgements, per ten reviews: six goed, three voldoende, one uitstekend. None below
     * voldoende: those take P&amp;O's advice and an improvement plan, a story of their own, not a demo's background.
     */
    private static final List<String> LAST_YEAR = List.of("goed", "voldoende", "goed", "goed", "uitstekend", "goed",
            "voldoende", "goed", "goed", "voldoende");

    /**
     * After the web server, which starts at {@code SmartLifecycle.DEFAULT_PHASE - 2048} (Spring Boot's
     * WebServerStartStopLifecycle), so a browser gets the page that says the demo is being prepared instead of no
     * answer for minutes (Middelstad); within the context's refresh, so before the ready event that starts the job
     * executor and before the scheduled jobs are registered.
     */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 512;

    private final RoundService rounds;
    private final PlanningService planning;
    private final CoordinatorInputService input;
    private final ProgressService progress;
    private final AssessmentService assessment;
    private final ReviewReadService reads;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;
    private final DemoClock clock;
    private final DemoTime time;
    private final VlootschouwService vlootschouw;
    /** The overall judgements' codes, lowest first (cycle.yaml). */
    private final java.util.function.Supplier<List<String>> judgements;
    private final List<String> awaitingAssessmentNumbers;
    private final boolean lastYear;
    private Set<Long> awaitingAssessment = Set.of();
    private volatile boolean running;
    private volatile boolean ready;
    private final Map<String, UserDetails> known = new java.util.HashMap<>();

    DemoRound(RoundService rounds, PlanningService planning, CoordinatorInputService input, ProgressService progress,
            AssessmentService assessment, ReviewReadService reads, UserDetailsService users, JdbcTemplate jdbc,
            DemoClock clock, DemoTime time, VlootschouwService vlootschouw, CycleSettings settings,
            @Value("${gesprekscyclus.demo.round.awaiting-assessment:}") List<String> awaitingAssessmentNumbers,
            @Value("${gesprekscyclus.demo.round.last-year:true}") boolean lastYear) {
        this.time = time;
        this.vlootschouw = vlootschouw;
        this.judgements = () -> settings.overallJudgements().stream().map(j -> j.code()).toList();
        this.lastYear = lastYear;
        this.awaitingAssessmentNumbers = awaitingAssessmentNumbers.stream().map(String::strip)
                .filter(n -> !n.isEmpty()).toList();
        this.rounds = rounds;
        this.planning = planning;
        this.input = input;
        this.progress = progress;
        this.assessment = assessment;
        this.reads = reads;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void start() {
        run();
        running = true;
    }

    /** True once the rounds are played (or found): from then on the demo takes requests. */
    boolean ready() {
        return ready;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /** Synchronized: a second caller waits until the rounds are ready, and then finds them. */
    synchronized void run() {
        try {
            List<String> hr = jdbc.queryForList("select username from user_account where extra_roles like '%HR%'"
                    + " and enabled = true order by username", String.class);
            if (hr.isEmpty()) {
                return;
            }
            as(hr.get(0));
            int year = today().getYear();
            if (rounds.round(year).isPresent()) {
                return;
            }
            long began = System.nanoTime();
            // last year's round, complete, so Voortgang compares the years; a large demo may leave it out to be
            // ready sooner (Middelstad: ten of its fourteen minutes of preparation)
            if (lastYear && rounds.round(year - 1).isEmpty()) {
                log.info("Demo: playing last year's round ({}) on its calendar to its end", year - 1);
                RoundCalendar calendar = rounds.defaultCalendar(year - 1);
                List<Long> ids = play(calendar, i -> Step.SIGNED, i -> LAST_YEAR.get(i % LAST_YEAR.size()));
                // every review signed off: P&O closes the round a few days after the assessment window
                actAt(workday(calendar.assessment().end().plusDays(3)), 10);
                as(hr.get(0));
                rounds.closeRound(year - 1);
                log.info("Demo: the round of {} is closed ({} reviews; by judgement: {})", year - 1, ids.size(),
                        jdbc.queryForList("select a.overall_judgement || ' ' || count(*) from assessment a join review r"
                                + " on r.id = a.review_id where r.review_year = ? group by a.overall_judgement"
                                + " order by a.overall_judgement", String.class, year - 1));
            }
            log.info("Demo: starting the round of {} on its calendar and playing it up to today", year);
            List<Long> ids = play(rounds.defaultCalendar(year), null, i -> "goed");
            moveTo(clock.today()); // the timers due since the last step (reminders, escalations) at their moments
            log.info("Demo: the round of {} is ready ({} reviews; by phase: {}), in {} s", year, ids.size(),
                    jdbc.queryForList("select phase || ' ' || count(*) from review where review_year = ?"
                            + " group by phase order by phase", String.class, year),
                    Duration.ofNanos(System.nanoTime() - began).toSeconds());
        } catch (RuntimeException e) {
            log.warn("Demo: the demo round could not be prepared completely: {}", e.toString());
        } finally {
            clock.actToday();
            if (Duration.between(Instant.now(), clock.today()).abs().compareTo(Duration.ofMinutes(1)) < 0) {
                time.resetEngineClock();
            } else {
                time.runEngineClockAt(clock.today()); // a demo on a configured day: the engine keeps that day
            }
            SecurityContextHolder.clearContext();
            ready = true;
        }
    }

    /**
     * Starts the round of the calendar's year on the first working day of its planning window (or today, on new
     * year's day) and plays it up to today.
     *
     * @param stepOf    how far the i-th review goes; null: this year's {@link #SPREAD}
     * @param judgement the overall judgement of the i-th review, when it is assessed
     * @return the reviews, in the order of their ids
     */
    private List<Long> play(RoundCalendar calendar, IntFunction<Step> stepOf, IntFunction<String> judgement) {
        actAt(workday(calendar.planning().start().plusDays(1)), 9);
        rounds.startRound(calendar, RoundSelection.everyone());
        time.runDueJobs(); // the round's batches and the reviews' starts
        List<Long> ids = jdbc.queryForList("select id from review where review_year = ? order by id", Long.class,
                calendar.year());
        awaitingAssessment = stepOf == null ? awaitingAssessment(calendar.year()) : Set.of();
        drive(ids, calendar, stepOf == null ? i -> step(ids, i) : stepOf, judgement);
        return ids;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.today(), clock.getZone());
    }

    /**
     * Both clocks stand at this hour of this day, if it is not after today; the jobs due by then have run.
     *
     * @return false when the moment lies after today: that step has not been taken yet
     */
    private boolean actAt(LocalDate day, int hour) {
        Instant moment = day.atTime(hour, 0).atZone(clock.getZone()).toInstant();
        if (moment.isAfter(clock.today())) {
            moveTo(clock.today());
            return false;
        }
        moveTo(moment);
        return true;
    }

    /**
     * Both clocks to this moment; on the way every job due by then runs at its own due moment, in their order (a
     * phase starts on its first day, a reminder goes out on its day), as the job executor would have run them; the
     * clocks are set back to that moment before each job, so the time the jobs take does not add up.
     */
    private void moveTo(Instant moment) {
        for (Optional<Instant> due = time.nextJobDueBy(moment); due.isPresent(); due = time.nextJobDueBy(moment)) {
            Instant at = due.get().isAfter(clock.instant()) ? due.get() : clock.instant();
            setClocks(at);
            if (time.runDueJobs(() -> setClocks(at)) == 0) {
                break; // due, yet the engine would not run it now (locked by another node): the job executor will
            }
        }
        setClocks(moment);
    }

    private void setClocks(Instant moment) {
        clock.actAt(moment);
        time.runEngineClockAt(moment);
    }

    private static LocalDate workday(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }

    /**
     * The year in order, each step on its own days of the calendar, spread a little over the reviews; a step
     * whose day is still to come is not taken, nor any after it. The reviews of the demo's walk
     * ({@code gesprekscyclus.demo.round.awaiting-assessment}) stop where their manager assesses next: self-assessed,
     * and the coordinator's input given.
     */
    private void drive(List<Long> ids, RoundCalendar calendar, IntFunction<Step> stepOf,
            IntFunction<String> judgement) {
        RoundCalendar.Phase plan = calendar.planning();
        RoundCalendar.Phase prog = calendar.progress();
        RoundCalendar.Phase assess = calendar.assessment();
        List<Act> planningActs = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            if (stepOf.apply(i).reached(Step.AGREED)) {
                planningActs.add(new Act(workday(plan.start().plusDays(14 + i % 10)), 10 + i % 6,
                        () -> submitDrafts(id)));
                planningActs.add(new Act(workday(plan.end().minusDays(14 - i % 10)), 11 + i % 5,
                        () -> finishPlanning(id)));
            }
        }
        // each phase starts by the engine's own timer on its first day
        if (!play(planningActs) || !actAt(prog.start(), 8)) {
            return;
        }
        List<Act> progressActs = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            Step step = stepOf.apply(i);
            if (step.reached(Step.REFLECTED)) {
                progressActs.add(new Act(workday(prog.start().plusDays(21 + i % 10)), 10 + i % 6, () -> reflect(id)));
            }
            if (step.reached(Step.DISCUSSED)) {
                progressActs.add(new Act(workday(prog.end().minusDays(21 - i % 10)), 13 + i % 4,
                        () -> finishProgress(id)));
            }
        }
        if (!play(progressActs) || !actAt(assess.start(), 8)) {
            return;
        }
        List<Act> assessmentActs = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            Step step = stepOf.apply(i);
            LocalDate day = workday(assess.start().plusDays(7 + i % 5));
            if (step.reached(Step.SELF_ASSESSED)) {
                assessmentActs.add(new Act(day, 10 + i % 6, () -> selfAssess(id)));
            }
            if (step.reached(Step.INFORMED)) {
                assessmentActs.add(new Act(workday(day.plusDays(5)), 14, () -> informantInput(id)));
            }
            if (step.reached(Step.SIGNED)) {
                // the manager, the second assessor, the employee and the signer, each a few days later
                int n = i;
                String overall = judgement.apply(i);
                assessmentActs.add(new Act(workday(day.plusDays(10)), 10, () -> assess(id, n, overall)));
                assessmentActs.add(new Act(workday(day.plusDays(11)), 11, () -> secondOpinion(id)));
                assessmentActs.add(new Act(workday(day.plusDays(14)), 9, () -> acknowledge(id)));
                assessmentActs.add(new Act(workday(day.plusDays(15)), 15, () -> signOff(id)));
            }
        }
        play(assessmentActs);
    }

    /** One step of one review, at an hour of a day. */
    private record Act(LocalDate day, int hour, Runnable action) {
    }

    /**
     * The steps in the order of their moments, each followed by the jobs it made due (a stored document, the
     * next phase).
     *
     * @return false when it stopped at a step after today
     */
    private boolean play(List<Act> acts) {
        acts.sort(java.util.Comparator.comparing(Act::day).thenComparing(Act::hour));
        for (Act act : acts) {
            if (!actAt(act.day(), act.hour())) {
                return false;
            }
            quietly(act.action());
            time.runDueJobs();
        }
        return true;
    }

    /** How far the i-th review is driven. */
    private Step step(List<Long> ids, int i) {
        return awaitingAssessment.contains(ids.get(i)) ? Step.INFORMED : SPREAD.get(i % SPREAD.size());
    }

    /** The reviews of the employees named in the setting, by review id. */
    private Set<Long> awaitingAssessment(int year) {
        if (awaitingAssessmentNumbers.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.queryForList("select r.id from review r join employee e on e.id = r.employee_id"
                + " where r.review_year = ? and e.personnel_number in (" + awaitingAssessmentNumbers.stream()
                .map(n -> "?").collect(java.util.stream.Collectors.joining(",")) + ")", Long.class,
                java.util.stream.Stream.concat(java.util.stream.Stream.of(year),
                        awaitingAssessmentNumbers.stream()).toArray()));
    }

    private void submitDrafts(long id) {
        Map<String, String> people = people(id);
        as(people.get("employee"));
        ReviewDossier dossier = reads.dossier(id);
        String area = dossier.jobProfile() == null || dossier.jobProfile().resultAreas().isEmpty() ? "RG1"
                : dossier.jobProfile().resultAreas().get(0).code();
        planning.saveResultAgreement(id, null, null, new ResultAgreementData(area, null,
                "Bijdrage aan het jaarplan van het cluster", "Besproken in het clusteroverleg",
                LocalDate.now(clock).withDayOfYear(1).plusMonths(11), 100));
        planning.submitDrafts(id);
    }

    private void finishPlanning(long id) {
        Map<String, String> people = people(id);
        if (people.get("coordinator") != null) {
            as(people.get("coordinator"));
            input.submitInput(id);
        }
        as(people.get("manager"));
        planning.setAgreements(id);
        as(people.get("employee"));
        planning.agree(id);
    }

    private void reflect(long id) {
        as(people(id).get("employee"));
        for (ResultAgreement a : reads.dossier(id).resultAgreements()) {
            progress.reflect(id, a.getLineage(), ProgressStatus.ON_TRACK, "Loopt volgens plan.");
        }
        progress.submitReflection(id);
    }

    private void finishProgress(long id) {
        Map<String, String> people = people(id);
        if (people.get("coordinator") != null) {
            as(people.get("coordinator"));
            input.submitInput(id);
        }
        as(people.get("manager"));
        progress.recordConversation(id, LocalDate.now(clock), "Besproken: het jaarplan loopt volgens plan.");
    }

    private void selfAssess(long id) {
        as(people(id).get("employee"));
        for (ResultAgreement a : reads.dossier(id).resultAgreements()) {
            assessment.scoreAgreement(id, a.getLineage(), "behaald", null);
        }
        assessment.submitSelfAssessment(id);
    }

    private void informantInput(long id) {
        String coordinator = people(id).get("coordinator");
        if (coordinator != null) {
            as(coordinator);
            input.submitInput(id);
        }
    }

    /**
     * The manager scores the results and rates each competency so that the ratings carry the overall judgement:
     * "goed" at the level the profile expects (one a level above in every other review), "uitstekend" results
     * exceeded and every other competency a level above, "voldoende" at the expected level but for one a level
     * below.
     */
    private void assess(long id, int n, String judgement) {
        as(people(id).get("manager"));
        ReviewDossier dossier = reads.dossier(id);
        boolean excellent = judgement.equals("uitstekend");
        for (ResultAgreement a : dossier.resultAgreements()) {
            assessment.scoreAgreement(id, a.getLineage(), excellent ? "overtroffen" : "behaald", null);
        }
        List<LevelScale.Level> levels = dossier.scale().highestFirst();
        Map<String, String> expected = new java.util.HashMap<>();
        // the normfunctie's competencies and those of the person's roles, at the level the review expects
        dossier.reviewCompetencies().forEach(c -> expected.put(c.competency(), c.expectedLevel()));
        boolean oneAbove = judgement.equals("goed") && n % 2 == 1;
        boolean oneBelow = judgement.equals("voldoende");
        List<Competency> competencies = dossier.competencies();
        for (int k = 0; k < competencies.size(); k++) {
            Competency c = competencies.get(k);
            int rank = dossier.scale().rank(expected.get(c.code()));
            if (rank < 0) {
                rank = levels.size() / 2;
            }
            if ((oneAbove || excellent && k % 2 == 0) && rank > 0) {
                rank--; // highest first: a lower rank is a higher level
                oneAbove = false;
            } else if (oneBelow && k == competencies.size() - 1 && rank < levels.size() - 1) {
                rank++;
            }
            assessment.rateCompetency(id, c.code(), levels.get(rank).code(), null);
        }
        assessment.writeAssessment(id, judgement, switch (judgement) {
            case "uitstekend" -> "De afspraken zijn ruim overtroffen; op meerdere competenties is een hoger niveau"
                    + " getoond dan de functie vraagt.";
            case "voldoende" -> "De afspraken zijn behaald; één competentie is nog niet op het verwachte niveau en"
                    + " krijgt aandacht in de afspraken van volgend jaar.";
            default -> "De afspraken zijn behaald; de competenties zijn op het verwachte niveau getoond.";
        });
        placeOnTheGrid(id, n, judgement);
    }

    /**
     * Potential per ten reviews, as a step index from the lowest: most grow in their job, some have reached their
     * limit, a few grow on (steps above the grid's last are its last).
     */
    private static final int[] POTENTIAL = {1, 1, 0, 2, 1, 0, 1, 2, 3, 1};

    /**
     * The manager places the employee on the vlootschouw grid as they write the assessment, when the municipality has
     * one: prestatie follows the overall judgement (its place on the scale, stretched over the grid's steps), potentieel
     * the {@link #POTENTIAL} spread over the reviews' ids. So the demo's grid, its calibration sessions and the OR report have something
     * to show, this year and last.
     */
    private void placeOnTheGrid(long id, int n, String judgement) {
        Optional<VlootschouwGrid> grid = vlootschouw.grid();
        if (grid.isEmpty()) {
            return;
        }
        List<String> scale = judgements.get();
        int rank = Math.max(0, scale.indexOf(judgement));
        List<VlootschouwGrid.Step> performance = grid.get().performance();
        List<VlootschouwGrid.Step> potential = grid.get().potential();
        int p = Math.round((float) rank * (performance.size() - 1) / Math.max(1, scale.size() - 1));
        // by the review's id, scattered: the reviews that get this far sit at the same places of SPREAD
        int q = Math.min(POTENTIAL[Math.floorMod(Long.hashCode(id * 0x9E3779B97F4A7C15L), POTENTIAL.length)],
                potential.size() - 1);
        vlootschouw.place(id, performance.get(p).code(), potential.get(q).code(),
                "Besproken bij de beoordeling: " + (q == 0 ? "blijft in deze functie goed op zijn plaats."
                        : q >= 2 ? "kan doorgroeien; ontwikkelafspraken in het volgende jaar." : "groeit in de functie."));
    }

    /** A policy with a second assessor (Middelstad: the afdelingshoofd): read before the hand-over. */
    private void secondOpinion(long id) {
        String second = people(id).get("second");
        if (second != null) {
            as(second);
            assessment.giveSecondOpinion(id, true, null);
        }
    }

    private void acknowledge(long id) {
        as(people(id).get("employee"));
        assessment.noResponse(id);
        assessment.acknowledge(id);
    }

    private void signOff(long id) {
        as(people(id).get("signer"));
        assessment.signOff(id);
    }

    /** Usernames of the employee, manager, coordinator, second assessor and signer of a review. */
    private Map<String, String> people(long id) {
        Map<String, String> people = new java.util.HashMap<>();
        jdbc.query("select 'employee', u.username from review r join user_account u on u.employee_id = r.employee_id"
                + " where r.id = ? union all select 'manager', u.username from review r join user_account u"
                + " on u.employee_id = r.manager_id where r.id = ? union all select 'coordinator', u.username"
                + " from review r join user_account u on u.employee_id = r.coordinator_id where r.id = ?"
                + " union all select 'second', u.username from review r join user_account u"
                + " on u.employee_id = r.second_assessor_id where r.id = ? union all select 'signer', u.username"
                + " from review r join user_account u on u.employee_id = coalesce(r.sign_off_by_id, r.manager_id)"
                + " where r.id = ?",
                rs -> {
                    people.put(rs.getString(1), rs.getString(2));
                }, id, id, id, id, id);
        return people;
    }

    private void as(String username) {
        // loaded once per person: nobody's roles change while the rounds are played (about 7% of the time)
        UserDetails user = known.computeIfAbsent(username, users::loadUserByUsername);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** One review that cannot be driven further (e.g. someone without an account) stays where it is. */
    private static void quietly(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            log.debug("Demo: a review stays where it is: {}", e.toString());
        }
    }
}
